/** Reads a request's query string against a zod schema; a 400 names the first bad parameter. */
import { ValidationError } from '@frontdesk/core';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../app-env.js';

export function readQuery<Schema extends z.ZodType>(
  context: Context<AppEnv>,
  schema: Schema,
): z.output<Schema> {
  const parsed = schema.safeParse(context.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ValidationError(`${field}${issue?.message ?? 'invalid query'}`);
  }
  return parsed.data;
}
