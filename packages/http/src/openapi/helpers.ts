/** Small builders for OpenAPI 3.1 fragments, all generated from zod schemas with `z.toJSONSchema`. */
import type { MiddlewareHandler } from 'hono';
import { type DescribeRouteOptions, describeRoute } from 'hono-openapi';
import { z } from 'zod';

/** A plain JSON object, the building block of the document. */
export type JsonObject = Record<string, unknown>;

/** JSON Schema 2020-12, which OpenAPI 3.1 uses as is; without `$schema`, which OpenAPI does not want. */
export function schema(type: z.ZodType, io: 'input' | 'output' = 'input'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

/** A required JSON request body validated by `type`. */
export function jsonBody(type: z.ZodType): JsonObject {
  return { required: true, content: { 'application/json': { schema: schema(type, 'input') } } };
}

/** A success answer `{ success: true, data }`, `data` as the route answers it (any object when not given). */
export function ok(description: string, data?: z.ZodType): JsonObject {
  const body = z.object({ success: z.literal(true), data: data ?? z.record(z.string(), z.unknown()) });
  return { description, content: { 'application/json': { schema: schema(body, 'output') } } };
}

/** A JSON answer whose whole body is `type` (e.g. a paged list). */
export function answer(description: string, type: z.ZodType): JsonObject {
  return { description, content: { 'application/json': { schema: schema(type, 'output') } } };
}

/** An error answer with the shared error envelope. */
export function error(description: string): JsonObject {
  return {
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
  };
}

/** The error answers every token route can give; `extra` adds or overrides statuses. */
export function errorResponses(extra: Record<string, string> = {}): JsonObject {
  const all: Record<string, string> = {
    '401': 'Missing, malformed, revoked, expired or unknown token.',
    '403': 'The token may not do this.',
    ...extra,
  };
  return Object.fromEntries(Object.entries(all).map(([status, text]) => [status, error(text)]));
}

/** Errors of routes on one item: the token errors and 404. */
export const oneErrors = (extra: Record<string, string> = {}): JsonObject =>
  errorResponses({ '404': "Not in this token's workspace.", ...extra });

/** Errors of routes that change one item: 400 for a bad body as well. */
export const writeErrors = (extra: Record<string, string> = {}): JsonObject =>
  oneErrors({ ...BODY_ERRORS, ...extra });

/** What a JSON body can get wrong: its fields (400) or its size (413, over 64 KB under `/v1`). */
export const BODY_ERRORS = {
  '400': 'The body is invalid; the message names the field.',
  '413': 'The body is larger than 64 KB.',
};

/** A required string path parameter (hono-openapi adds plain ones itself; this is for a description). */
export function pathParameter(name: string): JsonObject {
  return { name, in: 'path', required: true, schema: { type: 'string' } };
}

/** One optional query parameter per property of the query schema `type`. */
export function queryParameters(type: z.ZodType): JsonObject[] {
  return Object.entries((schema(type, 'input').properties ?? {}) as JsonObject).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    schema: property,
  }));
}

/** The route's OpenAPI operation, as its first handler; the document is generated from these. */
export function describe(operation: JsonObject): MiddlewareHandler {
  return describeRoute(operation as DescribeRouteOptions);
}

/** A token-less `GET` answering `type`. */
export function publicGet(
  operationId: string,
  summary: string,
  type: string,
  extra: JsonObject = {},
): JsonObject {
  return {
    operationId,
    summary,
    security: [],
    ...extra,
    responses: { '200': { description: summary, content: { [type]: { schema: { type: 'string' } } } } },
  };
}
