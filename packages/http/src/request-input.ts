/** Reads a request's JSON body or query string against a zod schema; any problem is a 400 naming the field. */
import { JsonTooDeepError, parseJsonBounded, ValidationError } from '@frontdesk/core';
import type { Context } from 'hono';
import type { z } from 'zod';

export interface RequestInputOptions {
  /**
   * The name for a problem with the input as a whole (no field path), e.g. `body` or `query`;
   * without it the message stands alone.
   */
  whole?: string;
}

/** The body parsed with `schema`; bad JSON or a schema failure is a `ValidationError` (400) naming the first bad field. */
export async function readJsonBody<T extends z.ZodType>(
  context: Context,
  schema: T,
  options: RequestInputOptions = {},
): Promise<z.output<T>> {
  let json: unknown;
  try {
    json = parseJsonBounded(await context.req.text());
  } catch (error) {
    if (error instanceof JsonTooDeepError) throw new ValidationError(error.message);
    throw new ValidationError('The request body must be JSON.');
  }
  return parseInput(json, schema, options.whole, 'body');
}

/** The query string parsed with `schema`; a failure is a `ValidationError` (400) naming the first bad parameter. */
export function readQuery<T extends z.ZodType>(
  context: Context,
  schema: T,
  options: RequestInputOptions = {},
): z.output<T> {
  return parseInput(context.req.query(), schema, options.whole, 'query');
}

/** `input` parsed with `schema`; a failure is a `ValidationError` (400) naming the first bad field. */
export function parseInput<T extends z.ZodType>(
  input: unknown,
  schema: T,
  whole: string | undefined,
  kind: string,
): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) throw new ValidationError(whole === undefined ? `invalid ${kind}` : `${whole}: invalid`);
  const field = issue.path.length ? issue.path.join('.') : whole;
  throw new ValidationError(field === undefined ? issue.message : `${field}: ${issue.message}`);
}
