/**
 * The OpenAPI 3.1 document, generated from the routes the app mounts: each route declares its
 * request and response schemas with `describeRoute` (hono-openapi), and this walks `app.routes`.
 *
 * Why hono-openapi rather than @hono/zod-openapi (both support zod 4): its description is one
 * more handler on a plain Hono route, so the handlers keep their own reading of bodies (bounded
 * JSON depth, the 400 that names the field) and the error envelope unchanged; @hono/zod-openapi
 * would put every route on `OpenAPIHono` with its own validator and error shape. The schemas are
 * turned into JSON Schema by zod itself (`z.toJSONSchema`, see helpers.ts).
 */
import {
  errorEnvelopeSchema,
  messageRequestSchema,
  replyEventSchema,
  successEnvelopeSchema,
} from '@frontdesk/core';
import type { Context, Hono } from 'hono';
import { type GenerateSpecOptions, generateSpecs } from 'hono-openapi';
import { type JsonObject, schema } from './helpers.js';
import { referenceNamedAnswers, withNamedAnswers } from './named-answers.js';
import { securitySchemes } from './security.js';

/** Schemas several routes share, referenced as `#/components/schemas/<name>`. */
const sharedSchemas = {
  MessageRequest: schema(messageRequestSchema, 'input'),
  MessageResponse: schema(successEnvelopeSchema, 'output'),
  ReplyEvent: schema(replyEventSchema, 'output'),
  ErrorEnvelope: schema(errorEnvelopeSchema, 'output'),
};

// biome-ignore lint/suspicious/noExplicitAny: any app, whatever its environment.
type AnyApp = Hono<any, any, any>;

/** Builds the document of every described route of `app`, for a server reachable at `publicUrl`. */
export async function createOpenApiDocument(app: AnyApp, publicUrl: string): Promise<JsonObject> {
  const document = await generateSpecs(app, {
    // Plain JSON, built from zod with `z.toJSONSchema`.
    documentation: {
      info: {
        title: 'Frontdesk API',
        version: '0.1.0',
        description:
          'Every route of a Frontdesk server: the agent endpoint (Enjo-compatible), administration, the staff desk, ' +
          'the website widget, ticket hooks, Slack and Teams, and the public pages. ' +
          'Every error has the same body: `{"success": false, "code", "error", "message", "status"}`. ' +
          'This document is generated from the routes themselves.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: publicUrl }],
      security: [{ bearerAuth: [] }],
      components: { securitySchemes, schemas: sharedSchemas },
    } as JsonObject as GenerateSpecOptions['documentation'],
    // `/openapi.json`, `/widget.js` and `/favicon.ico` are routes like any other.
    excludeStaticFile: false,
    // Each route lists its own 400 with the shared error envelope.
    defaultValidationErrorResponse: false,
  });
  // hono-openapi adds an empty tag list; the document has no tags.
  const {
    tags: _tags,
    paths,
    components,
    ...rest
  } = document as JsonObject & {
    paths: Record<string, JsonObject>;
    components: { schemas?: JsonObject };
  };
  return {
    ...rest,
    paths: referenceNamedAnswers(paths),
    components: { ...components, schemas: withNamedAnswers(components.schemas) },
  };
}

/** The `GET /openapi.json` handler: the document of `app`, generated once on first request. */
export function openApiHandler(app: AnyApp, publicUrl: string): (context: Context) => Promise<Response> {
  let text: Promise<string> | undefined;
  return async () => {
    text ??= createOpenApiDocument(app, publicUrl)
      // Compact: a third of the indented size; `jq` or any viewer shows it indented.
      .then((document) => JSON.stringify(document))
      .catch((error: unknown) => {
        text = undefined; // the next request tries again
        throw error;
      });
    return new Response(await text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  };
}
