import { describe, expect, it } from 'vitest';
import { MAX_REGEX_INPUT, regexProblem, safeRegexTest } from './regex-guard.js';
import { botRulesSchema } from './rules-schema.js';

describe('regexProblem', () => {
  it.each([
    ['(x)\\1', /backreferences/],
    ['(?<n>x)\\k<n>', /backreferences/],
    ['foo(?=bar)', /lookarounds/],
    ['x'.repeat(201), /at most 200/],
    ['(unclosed', /invalid regex/],
    ['', /needs a pattern/],
  ])('refuses %j', (pattern, problem) => {
    expect(regexProblem(pattern)).toMatch(problem);
  });

  it.each(['^order #\\d{4,}$', '.*refund.*', '(hello|hi) there', '[()*+]+', '\\(a\\)+', '(a+)+$', 'a*b*c*d'])(
    'accepts %j',
    (pattern) => {
      expect(regexProblem(pattern)).toBeUndefined();
    },
  );
});

describe('safeRegexTest', () => {
  it('never matches a refused pattern', () => {
    expect(safeRegexTest('(x)\\1', 'xx')).toBe(false);
  });

  it('matches patterns that stall a backtracking engine in linear time (issue 11: 16 s per message before)', () => {
    const started = performance.now();
    expect(safeRegexTest('a{0,30}a{0,30}a{0,30}a{0,30}b', 'a'.repeat(MAX_REGEX_INPUT))).toBe(false);
    expect(safeRegexTest('a{0,30}a{0,30}a{0,30}a{0,30}a{0,30}b', 'a'.repeat(MAX_REGEX_INPUT))).toBe(false);
    expect(safeRegexTest('(a+)+$', `${'a'.repeat(100)}!`)).toBe(false);
    expect(safeRegexTest('(a|aa)*b', 'a'.repeat(MAX_REGEX_INPUT))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is case-insensitive and finds a match anywhere, like the old engine', () => {
    expect(safeRegexTest('refund|money back', 'I want my MONEY BACK')).toBe(true);
    expect(safeRegexTest('^order #\\d{4,}$', 'Order #12345')).toBe(true);
    expect(safeRegexTest('^order #\\d{4,}$', 'my order #12345')).toBe(false);
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
  it('refuses a regex trigger RE2 cannot run when saved', () => {
    const parsed = botRulesSchema.safeParse({
      triggerType: 'keyword',
      triggerOperator: 'regex',
      triggerValue: '(x)\\1',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['triggerValue']);
  });

  it('refuses a regex RE2 cannot run inside an advanced expression', () => {
    expect(botRulesSchema.safeParse({ triggerType: 'advanced', triggerValue: 'regex:a(?=b)' }).success).toBe(
      false,
    );
    expect(botRulesSchema.safeParse({ triggerType: 'advanced', triggerValue: 'nope:x' }).success).toBe(false);
  });

  it('fills every default for an empty object', () => {
    expect(botRulesSchema.parse({})).toMatchObject({ triggerType: 'all', expire: 0, stopBotFromMe: true });
  });
});
