import { describe, expect, it } from 'vitest';
import { plainSlackText } from './slack-text.js';

const names: Record<string, string> = { U1: 'Ada Lovelace' };
const nameOf = async (id: string) => names[id];

describe('plainSlackText', () => {
  it('turns mentions, channels, specials and links into words', async () => {
    const text =
      'ask <@U1> and <@U2|bob> in <#C1|general> <!here> <!subteam^S1|@support> <https://x.test|docs> <https://y.test> <mailto:a@b.test|a@b.test>';
    expect(await plainSlackText(text, nameOf)).toBe(
      'ask @Ada Lovelace and @bob in #general @here @support docs (https://x.test) https://y.test a@b.test',
    );
  });

  it('unescapes what Slack escaped and keeps unknown users as their id', async () => {
    expect(await plainSlackText('a &lt;b&gt; &amp; <@U9>', nameOf)).toBe('a <b> & @U9');
  });

  it('keeps the id when the lookup fails', async () => {
    expect(await plainSlackText('<@U1>', () => Promise.reject(new Error('down')))).toBe('@U1');
  });
});
