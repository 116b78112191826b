/** Regex triggers that cannot hang the server: checked when saved, run on a bounded input. */

/** Longest pattern accepted. */
export const MAX_PATTERN_LENGTH = 200;
/** Only this many leading characters of a message are matched against a regex. */
export const MAX_REGEX_INPUT = 500;
/** Unbounded quantifiers multiply backtracking; more than this many are refused. */
const MAX_UNBOUNDED_QUANTIFIERS = 2;

/*
 * Why not a linear-time engine: the core depends on zod only (DESIGN), and the npm RE2 ports need
 * a native build or a wasm blob. The rules below keep V8's backtracking polynomial and small:
 * no backreferences or lookarounds, no quantifier on a group (star height 1), at most two
 * unbounded quantifiers, and at most MAX_REGEX_INPUT characters of input.
 */

/** Why a pattern is refused, or undefined when it is accepted. */
export function regexProblem(pattern: string): string | undefined {
  if (pattern.length === 0) return 'a regex trigger needs a pattern';
  if (pattern.length > MAX_PATTERN_LENGTH) return `a regex may have at most ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'backreferences are not allowed in a regex trigger';
  if (/\(\?<?[=!]/.test(pattern)) return 'lookarounds are not allowed in a regex trigger';
  if (/\)\s*(?:[*+?]|\{\d)/.test(stripEscapesAndClasses(pattern))) {
    return 'a quantifier on a group (nested repetition) is not allowed in a regex trigger';
  }
  const unbounded = stripEscapesAndClasses(pattern).match(/[*+]|\{\d+,\}/g)?.length ?? 0;
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
    return `a regex trigger may repeat without bound at most ${MAX_UNBOUNDED_QUANTIFIERS} times`;
  }
  try {
    new RegExp(pattern, 'iu');
  } catch (error) {
    return `invalid regex: ${(error as Error).message}`;
  }
  return undefined;
}

/** The pattern with escapes and character classes replaced by a plain atom, so `\)` or `[*]` do not count. */
function stripEscapesAndClasses(pattern: string): string {
  return pattern.replace(/\\./g, 'a').replace(/\[(?:\\.|[^\]\\])*\]/g, 'a');
}

const compiled = new Map<string, RegExp | null>();

/** Tests `text` against a pattern that passed `regexProblem`; a refused pattern never matches. */
export function safeRegexTest(pattern: string, text: string): boolean {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = regexProblem(pattern) ? null : new RegExp(pattern, 'iu');
    if (compiled.size > 1000) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex?.test(text.slice(0, MAX_REGEX_INPUT)) ?? false;
}
