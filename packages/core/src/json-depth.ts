/** JSON nesting depth, checked before parsing: deep bodies would overflow recursive code later (merge patch, schemas). */

/** Deepest nesting of arrays and objects accepted in a request body. */
export const MAX_JSON_DEPTH = 64;

/** True when `text` nests `[` / `{` deeper than `maxDepth` (strings skipped); one linear pass, no parse. */
export function jsonTooDeep(text: string, maxDepth: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92)
        index++; // backslash: skip the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) {
      inString = true;
    } else if (code === 123 || code === 91) {
      if (++depth > maxDepth) return true;
    } else if (code === 125 || code === 93) {
      depth--;
    }
  }
  return false;
}

/** `JSON.parse` that refuses bodies nested deeper than MAX_JSON_DEPTH; throws a SyntaxError-like error either way. */
export function parseJsonBounded(text: string, maxDepth: number = MAX_JSON_DEPTH): unknown {
  if (jsonTooDeep(text, maxDepth)) throw new JsonTooDeepError(maxDepth);
  return JSON.parse(text);
}

/** The body nests deeper than allowed. */
export class JsonTooDeepError extends Error {
  constructor(readonly maxDepth: number) {
    super(`The JSON body is nested deeper than ${maxDepth} levels.`);
    this.name = 'JsonTooDeepError';
  }
}
