import { describe, expect, it } from 'vitest';
import { followUpQuery, isFollowUp } from './follow-up.js';

describe('isFollowUp', () => {
  it('tells follow-ups from questions that stand alone', () => {
    expect(isFollowUp('How do I export my notes as PDF files?')).toBe(false);
    expect(isFollowUp('Can I get my money back after 30 days?')).toBe(false);
    for (const text of ['refunds?', 'what about refunds?', 'And on Android?', 'and how long does it take?']) {
      expect(isFollowUp(text)).toBe(true);
    }
    expect(isFollowUp('where is that?')).toBe(true);
    expect(isFollowUp("it didn't work")).toBe(true);
    expect(isFollowUp('How do I turn that setting off for everyone?')).toBe(true);
  });
});

describe('followUpQuery', () => {
  it('adds the last user turns with words in them, newest first and weighing less', () => {
    const history = [
      { role: 'user' as const, text: 'How do I export my notes?' },
      { role: 'assistant' as const, text: 'Go to Settings → Export.' },
      { role: 'user' as const, text: 'thanks' },
      { role: 'user' as const, text: 'Can I get a refund?' },
      { role: 'user' as const, text: 'How do I reset my password?' },
      { role: 'user' as const, text: 'and 2FA?' },
    ];
    expect(followUpQuery('what about on mobile?', history)).toEqual([
      { text: 'what about on mobile?', weight: 1 },
      { text: 'and 2FA?', weight: 0.6 },
      { text: 'How do I reset my password?', weight: 0.35 },
      { text: 'Can I get a refund?', weight: 0.2 },
    ]);
  });
});
