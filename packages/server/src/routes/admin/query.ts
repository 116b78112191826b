/** Reads a request's query string against a zod schema; a 400 names the first bad parameter. */
import { ValidationError } from '@frontdesk/core';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../../app-env.js';

/** The query parsed with `schema`. */
export function readQuery<Schema extends z.ZodType>(
  context: Context<AppEnv>,
  schema: Schema,
): z.output<Schema> {
  const parsed = schema.safeParse(context.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(`${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
