/** Shared by the admin routes: who may change settings, and reading a JSON body against a zod schema. */
import { PermissionError } from '@frontdesk/core';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { readJsonBody } from '../request-input.js';

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
  return readJsonBody(context, schema);
}
