/** Shared by the admin routes: reading a JSON body against a zod schema. */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { readJsonBody } from '../request-input.js';

/** The body parsed with `schema`; a 400 names the first bad field. */
export async function readBody<Schema extends z.ZodType>(
  context: Context<AppEnv>,
  schema: Schema,
): Promise<z.output<Schema>> {
  return readJsonBody(context, schema);
}
