// What `/shortcut` typing in the reply box matches.
import { describe, expect, it } from 'vitest';
import { matchingReplies, slashWord } from './canned-replies.js';

const reply = (shortcut: string) => ({
  id: shortcut,
  title: shortcut,
  shortcut,
  body: `Body of ${shortcut}`,
  language: null,
  createdDate: '',
  lastModifiedDate: '',
});

describe('slashWord', () => {
  it('finds the /word before the caret at the start or after a space, not inside a URL', () => {
    expect(slashWord('/res', 4)).toEqual({ start: 0, word: 'res' });
    expect(slashWord('Hi /Reset', 9)).toEqual({ start: 3, word: 'reset' });
    expect(slashWord('see https://a.example/path', 26)).toBeUndefined();
    expect(slashWord('/reset and more', 15)).toBeUndefined();
  });
});

describe('matchingReplies', () => {
  it('lists replies starting with the word, the exact one first', () => {
    const replies = [reply('reset-de'), reply('reset'), reply('refund'), reply('hello')];
    expect(matchingReplies(replies, 'reset').map((item) => item.shortcut)).toEqual(['reset', 'reset-de']);
    expect(matchingReplies(replies, 're').map((item) => item.shortcut)).toEqual([
      'reset-de',
      'reset',
      'refund',
    ]);
    expect(matchingReplies(replies, 'zzz')).toEqual([]);
  });
});
