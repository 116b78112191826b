import { describe, expect, it } from 'vitest';
import { smallTalkKind, smallTalkReply } from './small-talk.js';

describe('smallTalkKind', () => {
  it('recognises greetings, thanks, goodbyes and acknowledgements', () => {
    expect(['hi', 'Hello!', 'hey there', 'Good morning', 'hi team'].map(smallTalkKind)).toEqual(
      Array(5).fill('greeting'),
    );
    expect(['thanks!', 'thank you', 'Thanks a lot', 'ok thanks', 'ty'].map(smallTalkKind)).toEqual(
      Array(5).fill('thanks'),
    );
    expect(smallTalkKind('bye!')).toBe('goodbye');
    expect(smallTalkKind('got it, that helps')).toBe('acknowledgement');
  });

  it('leaves questions alone, even when they open with a greeting', () => {
    expect(smallTalkKind('hi, how do I reset my password?')).toBeNull();
    expect(smallTalkKind('thanks but it did not work')).toBeNull();
    expect(smallTalkKind('help')).toBeNull();
    expect(smallTalkKind('')).toBeNull();
  });
});

describe('smallTalkReply', () => {
  it('is short and friendly', () => {
    expect(smallTalkReply('thanks')).toMatch(/welcome/i);
    expect(smallTalkReply('greeting').length).toBeLessThan(120);
  });
});
