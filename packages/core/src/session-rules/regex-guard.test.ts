import { describe, expect, it } from 'vitest';
import { MAX_REGEX_INPUT, regexProblem, safeRegexTest } from './regex-guard.js';
import { botRulesSchema } from './rules-schema.js';

describe('regexProblem', () => {
  it.each([
    ['(a+)+$', /nested repetition/],
    ['(a|aa)*b', /nested repetition/],
    ['(x)\\1', /backreferences/],
    ['(?<n>x)\\k<n>', /backreferences/],
    ['foo(?=bar)', /lookarounds/],
    ['a*b*c*d', /at most 2/],
    ['x'.repeat(201), /at most 200/],
    ['(unclosed', /invalid regex/],
    ['', /needs a pattern/],
  ])('refuses %j', (pattern, problem) => {
    expect(regexProblem(pattern)).toMatch(problem);
  });

  it.each(['^order #\\d{4,}$', '.*refund.*', '(hello|hi) there', '[()*+]+', '\\(a\\)+'])(
    'accepts %j',
    (pattern) => {
      expect(regexProblem(pattern)).toBeUndefined();
    },
  );
});

describe('safeRegexTest', () => {
  it('never matches a refused pattern', () => {
    expect(safeRegexTest('(a+)+$', 'aaaa')).toBe(false);
  });

  it('answers quickly on inputs that make unguarded patterns backtrack', () => {
    const started = performance.now();
    // Two unbounded quantifiers over the same characters is the worst an accepted pattern can do.
    expect(safeRegexTest('\\d*\\d*x', '1'.repeat(100_000))).toBe(false);
    expect(safeRegexTest('.*a.*b$', 'a'.repeat(100_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('only looks at the first characters of a long message', () => {
    expect(safeRegexTest('needle', `${'x'.repeat(MAX_REGEX_INPUT)}needle`)).toBe(false);
    expect(safeRegexTest('needle', 'needle in a haystack')).toBe(true);
  });
});

describe('botRulesSchema', () => {
  it('refuses a dangerous regex trigger when saved', () => {
    const parsed = botRulesSchema.safeParse({
      triggerType: 'keyword',
      triggerOperator: 'regex',
      triggerValue: '(a+)+$',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['triggerValue']);
  });

  it('refuses a dangerous regex inside an advanced expression', () => {
    expect(botRulesSchema.safeParse({ triggerType: 'advanced', triggerValue: 'regex:(a+)+' }).success).toBe(
      false,
    );
    expect(botRulesSchema.safeParse({ triggerType: 'advanced', triggerValue: 'nope:x' }).success).toBe(false);
  });

  it('fills every default for an empty object', () => {
    expect(botRulesSchema.parse({})).toMatchObject({ triggerType: 'all', expire: 0, stopBotFromMe: true });
  });
});
