/** Reads a request's query string against a zod schema; a 400 names the first bad parameter. */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { readQuery as readRequestQuery } from '../../request-input.js';

/** The query parsed with `schema`; a problem with no parameter path is named `query`. */
export function readQuery<Schema extends z.ZodType>(
  context: Context<AppEnv>,
  schema: Schema,
): z.output<Schema> {
  return readRequestQuery(context, schema, { whole: 'query' });
}
