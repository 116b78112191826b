/** Shared by the admin routes: who may change settings, and reading a JSON body against a zod schema. */
import { PermissionError, ValidationError } from '@frontdesk/core';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../app-env.js';

/** Settings change only with an owner or admin token. */
export function requireAdmin(context: Context<AppEnv>): void {
  const { role } = context.get('token');
  if (role !== 'owner' && role !== 'admin')
    throw new PermissionError('Only owner and admin tokens may change settings.');
}

/** The body parsed with `schema`; a 400 names the first bad field. */
export async function readBody<Schema extends z.ZodType>(
  context: Context<AppEnv>,
  schema: Schema,
): Promise<z.output<Schema>> {
  let json: unknown;
  try {
    json = JSON.parse(await context.req.text());
  } catch {
    throw new ValidationError('The request body must be JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ValidationError(`${field}${issue?.message ?? 'invalid body'}`);
  }
  return parsed.data;
}
