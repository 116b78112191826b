/** The OpenAPI paths of the public, token-less routes: health, this document, pages, the console and the widget script. */
import type { JsonObject, Paths } from './helpers.js';

/** A token-less `GET` answering `type`. */
function publicGet(operationId: string, summary: string, type: string, extra: JsonObject = {}): JsonObject {
  return {
    get: {
      operationId,
      summary,
      security: [],
      ...extra,
      responses: { '200': { description: summary, content: { [type]: {} } } },
    },
  };
}

/** Paths for `/healthz`, `/openapi.json`, `/`, `/kb`, `/console`, `/widget.js`. */
export function publicPaths(): Paths {
  return {
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'Liveness and readiness (the store is reachable)',
        security: [],
        responses: {
          '200': { description: 'Ready.', content: { 'application/json': { example: { status: 'ok' } } } },
          '503': {
            description: 'The store is unreachable.',
            content: { 'application/json': { example: { status: 'unavailable' } } },
          },
        },
      },
    },
    '/openapi.json': publicGet('getOpenApi', 'This OpenAPI 3.1 document', 'application/json'),
    '/': publicGet('homePage', 'The home page', 'text/html'),
    '/kb': publicGet('knowledgeBase', 'The demo knowledge base: a list of its articles', 'text/html'),
    '/kb/': {
      get: {
        operationId: 'knowledgeBaseSlash',
        summary: 'Redirects to `/kb`',
        security: [],
        responses: { '301': { description: 'To `/kb`.' } },
      },
    },
    '/kb/{article}': publicGet(
      'knowledgeBaseArticle',
      'A knowledge base article (the path may hold slashes)',
      'text/html',
      {
        parameters: [
          {
            name: 'path',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            example: 'billing/refunds',
          },
        ],
      },
    ),
    '/console': publicGet('console', 'The staff console (it asks for a token)', 'text/html'),
    '/console/': publicGet('consoleSlash', 'The staff console', 'text/html'),
    '/console/console.js': publicGet(
      'consoleScript',
      "The staff console's script: gzip or brotli from Accept-Encoding, an ETag, and immutable caching under `?v=<version>`",
      'text/javascript',
    ),
    '/favicon.ico': publicGet('favicon', 'The icon every page links to', 'image/x-icon'),
    '/widget.js': publicGet(
      'widgetScript',
      'The website widget script to embed on a page',
      'text/javascript',
    ),
  };
}
