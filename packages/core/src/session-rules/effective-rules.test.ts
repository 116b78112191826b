import { describe, expect, it } from 'vitest';
import { effectiveRules } from './effective-rules.js';

describe('effectiveRules', () => {
  it("takes the bot's own rules over the workspace's, and the workspace's over the built-in ones", () => {
    const rules = effectiveRules({ expire: 3600, keywordFinish: 'stop' }, { keywordFinish: 'bye' });
    expect(rules).toMatchObject({ expire: 3600, keywordFinish: 'bye', triggerType: 'all' });
  });

  it("leaves out defaults that no longer fit the bot's own rules", () => {
    // The bot's pattern was saved while the defaults made it a plain keyword; a regex default now would not compile it.
    const rules = effectiveRules(
      { triggerType: 'keyword', triggerOperator: 'regex', triggerValue: '^start' },
      { triggerValue: 'order (' },
    );
    expect(rules).toMatchObject({ triggerType: 'all', triggerOperator: 'contains', triggerValue: 'order (' });
  });

  it('reads bots saved with every rule as their own', () => {
    expect(effectiveRules({ expire: 60 }, { expire: 0, keepOpen: false }).expire).toBe(0);
  });
});
