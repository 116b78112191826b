/** The OpenAPI operations of a collection whose items carry sealed secrets: integrations and connectors. */
import { deletedSchema } from '@frontdesk/core/wire';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import {
  BODY_ERRORS,
  describe,
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  writeErrors,
} from '../openapi/helpers.js';

/** List, create, get, update and delete of `noun`, shown as `item` (secrets masked). */
export function sealedCollectionDocs(
  noun: string,
  schemas: { item: z.ZodType; create: z.ZodType; update: z.ZodType },
): Record<'list' | 'create' | 'get' | 'update' | 'delete', MiddlewareHandler> {
  const name = noun[0]?.toUpperCase() + noun.slice(1);
  const item = `The ${noun}, secrets masked.`;
  return {
    list: describe({
      operationId: `list${name}s`,
      summary: `The workspace's ${noun}s, secrets masked`,
      responses: { '200': ok('The list.', z.array(schemas.item)), ...errorResponses() },
    }),
    create: describe({
      operationId: `create${name}`,
      summary: `Create a ${noun}; its secrets are sealed`,
      requestBody: jsonBody(schemas.create),
      responses: {
        '201': ok(item, schemas.item),
        ...errorResponses(BODY_ERRORS),
      },
    }),
    get: describe({
      operationId: `get${name}`,
      summary: `A ${noun}`,
      responses: { '200': ok(item, schemas.item), ...oneErrors() },
    }),
    update: describe({
      operationId: `update${name}`,
      summary: `Change a ${noun}`,
      requestBody: jsonBody(schemas.update),
      responses: { '200': ok(item, schemas.item), ...writeErrors() },
    }),
    delete: describe({
      operationId: `delete${name}`,
      summary: `Delete a ${noun}`,
      responses: { '200': ok('Deleted.', deletedSchema), ...oneErrors() },
    }),
  };
}
