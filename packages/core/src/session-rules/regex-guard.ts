/** Regex triggers that cannot hang the server: matched by RE2 (linear time), checked when saved, on a bounded input. */
import { RE2JS } from 're2js';

/** Longest pattern accepted. */
export const MAX_PATTERN_LENGTH = 200;
/** Only this many leading characters of a message are matched against a regex. */
export const MAX_REGEX_INPUT = 500;

/*
 * Why RE2: a backtracking engine (V8's RegExp) can take exponential time on patterns that look
 * harmless (`a{0,30}` four times, then `b`), and no syntax check catches every such pattern.
 * RE2 matches in time linear in the input whatever the pattern, and refuses what needs
 * backtracking (backreferences, lookarounds). re2js is the pure-JS port: no native build.
 */

/** Why a pattern is refused, or undefined when it is accepted. */
export function regexProblem(pattern: string): string | undefined {
  if (pattern.length === 0) return 'a regex trigger needs a pattern';
  if (pattern.length > MAX_PATTERN_LENGTH) return `a regex may have at most ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'backreferences are not allowed in a regex trigger';
  if (/\(\?<?[=!]/.test(pattern)) return 'lookarounds are not allowed in a regex trigger';
  try {
    RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    return `invalid regex: ${(error as Error).message}`;
  }
  return undefined;
}

const compiled = new Map<string, RE2JS | null>();

/** Tests `text` against a pattern that passed `regexProblem`; a refused pattern never matches. */
export function safeRegexTest(pattern: string, text: string): boolean {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = regexProblem(pattern) ? null : RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    if (compiled.size > 1000) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex?.test(text.slice(0, MAX_REGEX_INPUT)) ?? false;
}
