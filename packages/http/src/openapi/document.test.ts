/** `/openapi.json` describes every route the app mounts, with the zod schemas the routes validate with. */
import { widgetMessageRequestSchema } from '@frontdesk/core';
import { adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTokenSchema } from '../routes/admin/account-schemas.js';
import { agentRouteBodySchema as botAgentBodySchema } from '../routes/bot-agent.js';
import { createConnectorSchema } from '../routes/connector-body.js';
import { staffReplySchema, ticketUpdateSchema } from '../routes/desk-schemas.js';
import { createSchema as createIntegrationSchema } from '../routes/integrations.js';
import { callbackSchema } from '../routes/ticket-hooks.js';
import { schema } from './helpers.js';

interface Operation {
  security?: unknown[];
  responses?: Record<string, unknown>;
  requestBody?: { content: Record<string, { schema: unknown }> };
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
}

const handler = { handleRequest: async () => new Response('ok') };
/** A Slack adapter with "Add to Slack" configured, so its install and connection routes are mounted too. */
const slack = {
  ...handler,
  handleInstall: async () => new Response(null, { status: 302 }),
  handleOAuthRedirect: async () => new Response(null, { status: 302 }),
  createInstallLink: async () => ({ path: '/slack/install?link=x', expiresAt: 0 }),
  listConnections: async () => [],
  routeChannel: async () => ({}),
  unrouteChannel: async () => {},
};

/** A Teams adapter with its registration and routing API, so those routes are mounted too. */
const teams = {
  ...handler,
  registerApp: async () => ({}) as never,
  listApps: async () => [],
  removeApp: async () => {},
  routeChannel: async () => ({}) as never,
  unrouteChannel: async () => {},
};

/** The whole app with every optional part mounted, and the document it serves. */
async function served(): Promise<{
  routes: Array<{ method: string; path: string }>;
  document: OpenApiDocument;
}> {
  const { app } = await adminTestApp({ slack, teams });
  const response = await app.request('/openapi.json');
  expect(response.status).toBe(200);
  return { routes: app.routes, document: (await response.json()) as OpenApiDocument };
}

/** Hono's `/v1/bots/:botId`, `:slug{pattern}` and `/kb/*` as OpenAPI paths (`{botId}`, `{slug}`, `{article}`). */
function openApiPath(path: string): string {
  return path.replace(/:(\w+)(?:\{[^}]*\})?/g, '{$1}').replace(/\/\*$/, '/{article}');
}

const bodyOf = (document: OpenApiDocument, path: string, method: string) =>
  document.paths[path]?.[method]?.requestBody?.content['application/json']?.schema;

describe('/openapi.json', () => {
  it('describes every route the app mounts, with its method', async () => {
    const { routes, document } = await served();
    expect(document.openapi).toBe('3.1.0');
    // `ALL` entries are middleware (token checks, CORS, body limits), not routes.
    const mounted = routes.filter((route) => route.method !== 'ALL');
    expect(mounted.length).toBeGreaterThan(90);
    // A described route is listed twice: its description, then its handler.
    const missing = [...new Set(mounted.map((route) => `${route.method} ${openApiPath(route.path)}`))].filter(
      (entry) => {
        const [method, path] = entry.split(' ') as [string, string];
        return !document.paths[path]?.[method.toLowerCase()];
      },
    );
    // Only the trailing-slash aliases are left out (`hide`), each named in its main route's summary;
    // a route without a description is missing too, and fails here.
    expect(missing).toEqual(['GET /kb/', 'GET /console/']);
  });

  it('gives every operation an id, a summary and its answers', async () => {
    const { document } = await served();
    const incomplete = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => {
          const described = operation as Operation & { operationId?: string; summary?: string };
          const statuses = Object.keys(described.responses ?? {});
          return (
            !described.operationId || !described.summary || !statuses.some((status) => /^[23]/.test(status))
          );
        })
        .map(([method]) => `${method} ${path}`),
    );
    expect(incomplete).toEqual([]);
    const ids = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((operation) => (operation as { operationId?: string }).operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents no route the app does not mount', async () => {
    const { routes, document } = await served();
    const mounted = new Set(
      routes.map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`),
    );
    const extra = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .map((method) => `${method} ${path}`)
        .filter((entry) => !mounted.has(entry)),
    );
    expect(extra).toEqual([]);
  });

  it('takes request bodies from the zod schemas the routes validate with', async () => {
    const { document } = await served();
    for (const [path, method, type] of [
      ['/v1/tokens', 'post', createTokenSchema],
      ['/v1/bots/{botId}/agent', 'put', botAgentBodySchema],
      ['/v1/integrations', 'post', createIntegrationSchema],
      ['/v1/connectors', 'post', createConnectorSchema],
      ['/v1/tickets/{ticketId}', 'patch', ticketUpdateSchema],
      ['/v1/conversations/{conversationId}/replies', 'post', staffReplySchema],
      ['/widget/v1/messages', 'post', widgetMessageRequestSchema],
      ['/hooks/webhook/{integrationId}', 'post', callbackSchema],
    ] as const) {
      const expected = z.toJSONSchema(type, { io: 'input', unrepresentable: 'any' }) as Record<
        string,
        unknown
      >;
      delete expected.$schema;
      expect(bodyOf(document, path, method), `${method} ${path}`).toEqual(expected);
      expect(bodyOf(document, path, method)).toEqual(schema(type));
    }
  });

  it('names the answers many routes share, and refers to them', async () => {
    const { document } = await served();
    const schemas = (document.components as unknown as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['Bot', 'Ticket', 'Conversation', 'Message']),
    );
    const answer = (path: string) => JSON.stringify(document.paths[path]?.get?.responses?.['200']);
    expect(answer('/v1/bots')).toContain('"items":{"$ref":"#/components/schemas/Bot"}');
    expect(answer('/v1/tickets/{ticketId}')).toContain(
      '"data":{"$ref":"#/components/schemas/TicketWithMessages"}',
    );
    expect(JSON.stringify(schemas.TicketWithMessages)).toContain(
      '"items":{"$ref":"#/components/schemas/Message"}',
    );
  });

  it('names how each kind of caller proves itself', async () => {
    const { document } = await served();
    expect(Object.keys(document.components.securitySchemes)).toEqual(
      expect.arrayContaining(['bearerAuth', 'visitorToken', 'slackSignature', 'botFrameworkJwt']),
    );
    expect(document.paths['/widget/v1/messages']?.post?.security).toEqual([{ visitorToken: [] }]);
    expect(document.paths['/slack/events']?.post?.security).toEqual([{ slackSignature: [] }]);
    expect(document.paths['/api/messages']?.post?.security).toEqual([{ botFrameworkJwt: [] }]);
    expect(document.paths['/hooks/jira/{integrationId}']?.post?.security).toEqual([]);
    // `/v1` routes use the document-wide bearer token.
    expect(document.paths['/v1/tickets']?.get?.security).toBeUndefined();
  });
});
