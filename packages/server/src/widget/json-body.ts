/** Reads a JSON request body against a zod schema; any problem is a 400 naming the field. */
import { ValidationError } from '@frontdesk/core';
import type { Context } from 'hono';
import type { z } from 'zod';

export async function readJsonBody<T extends z.ZodType>(context: Context, schema: T): Promise<z.output<T>> {
  let json: unknown;
  try {
    json = JSON.parse(await context.req.text());
  } catch {
    throw new ValidationError('The request body must be JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || 'body';
    throw new ValidationError(`${path}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
