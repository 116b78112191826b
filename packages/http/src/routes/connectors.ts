/** `/v1/connectors`: register (tested first), read, change and delete knowledge connectors; OAuth authorize. */
import { type Connector, NotFoundError, ValidationError } from '@frontdesk/core';
import { connectorViewSchema } from '@frontdesk/core/wire';
import { authorizeUrl } from '@frontdesk/services/agents/connector-oauth';
import { openConnectorSecrets } from '@frontdesk/services/agents/connector-targets';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { describe, ok, oneErrors } from '../openapi/helpers.js';
import { requirePermission } from '../permissions.js';
import { readBody } from './admin-request.js';
import {
  connectorView,
  createConnectorSchema,
  type oauthSchema,
  updateConnectorSchema,
} from './connector-body.js';
import { type ConnectorTestDependencies, testConnector } from './connector-test.js';
import { sealedCollectionDocs } from './sealed-collection-docs.js';

/** OAuth `state` values live this long. */
const STATE_TTL_MS = 10 * 60 * 1000;

export type ConnectorRouteDependencies = ConnectorTestDependencies;

/** Where the OAuth provider sends the browser back; public (outside `/v1`), checked by `state`. */
export const OAUTH_CALLBACK_PATH = '/oauth/connectors/callback';

function authFields(body: {
  oauth?: z.output<typeof oauthSchema> | undefined;
  service_auth?: { token: string; type: string } | undefined;
}) {
  if (body.service_auth) {
    return {
      authKind: 'service' as const,
      auth: { type: body.service_auth.type },
      secrets: { token: body.service_auth.token },
    };
  }
  if (body.oauth) {
    const { client_id, client_secret, authorize_url, token_url, scope } = body.oauth;
    return {
      authKind: 'oauth' as const,
      auth: {
        authorizeUrl: authorize_url,
        tokenUrl: token_url,
        ...(scope ? { scope } : {}),
        expiresAt: null,
      },
      secrets: { clientId: client_id, clientSecret: client_secret },
    };
  }
  return undefined;
}

const docs = {
  ...sealedCollectionDocs('connector', {
    item: connectorViewSchema,
    create: createConnectorSchema,
    update: updateConnectorSchema,
  }),
  authorize: describe({
    operationId: 'authorizeConnector',
    summary: "Start an OAuth connector's authorization; open `redirect_url` in a browser",
    responses: {
      '200': ok('Where to send the admin.', z.object({ redirect_url: z.string() })),
      ...oneErrors({ '400': 'The connector does not use OAuth.' }),
    },
  }),
  test: describe({
    operationId: 'testConnector',
    summary: 'Send the connector a test query now and say whether it answered in time',
    responses: {
      '200': ok(
        '`ok` true when it answered within `timeout_ms`; otherwise `error` says why. Nothing is changed.',
        z.object({ ok: z.boolean(), elapsed_ms: z.number(), error: z.string().optional() }),
      ),
      ...oneErrors(),
    },
  }),
};

/** The routes under `/v1/connectors`. */
export function connectorRoutes(deps: ConnectorRouteDependencies): Hono<AppEnv> {
  const { store, secrets } = deps;
  const routes = new Hono<AppEnv>();

  async function find(workspaceId: string, id: string): Promise<Connector> {
    const connector = await store.getConnector(workspaceId, id);
    if (!connector) throw new NotFoundError('No such connector.');
    return connector;
  }

  /** OAuth connectors cannot answer before they are authorized, so only the others are tested on a write. */
  async function test(connector: Connector): Promise<void> {
    if (connector.authKind === 'oauth') return;
    const result = await testConnector(connector, deps);
    if (result.ok) return;
    if (result.reason === 'slow') {
      throw new ValidationError(
        `${result.error}; make it faster or raise timeout_ms (at most 20000). Nothing was stored.`,
      );
    }
    throw new ValidationError(`The connector test failed, so nothing was stored. ${result.error}`);
  }

  routes.post('/', docs.create, async (context) => {
    requirePermission(context, 'connectors', 'write');
    const body = await readBody(context, createConnectorSchema);
    const now = deps.clock.now();
    const auth = authFields(body);
    const connector: Connector = {
      id: deps.ids.id('con'),
      workspaceId: context.get('token').workspaceId,
      name: body.name,
      description: body.description,
      url: body.url,
      excludes: body.excludes,
      active: body.active,
      continueOnFailure: body.continue_on_failure,
      timeoutMs: body.timeout_ms,
      ...(body.mcp_tool ? { mcpTool: body.mcp_tool } : {}),
      authKind: auth?.authKind ?? 'none',
      auth: auth?.auth ?? {},
      secret: auth ? secrets.seal(JSON.stringify(auth.secrets)) : null,
      createdAt: now,
      updatedAt: now,
    };
    await test(connector);
    await store.saveConnector(connector);
    return context.json({ success: true, data: connectorView(connector, secrets) }, 201);
  });

  routes.get('/', docs.list, async (context) => {
    requirePermission(context, 'connectors', 'read');
    const list = await store.listConnectors(context.get('token').workspaceId);
    return context.json({ success: true, data: list.map((connector) => connectorView(connector, secrets)) });
  });

  routes.get('/:id', docs.get, async (context) => {
    requirePermission(context, 'connectors', 'read');
    const connector = await find(context.get('token').workspaceId, context.req.param('id'));
    return context.json({ success: true, data: connectorView(connector, secrets) });
  });

  routes.patch('/:id', docs.update, async (context) => {
    requirePermission(context, 'connectors', 'write');
    const existing = await find(context.get('token').workspaceId, context.req.param('id'));
    const body = await readBody(context, updateConnectorSchema);
    const auth = authFields(body);
    if (body.url !== undefined && body.url !== existing.url && existing.secret && !auth) {
      // A write-only secret must not follow a new URL it was never given for.
      const field = existing.authKind === 'oauth' ? 'oauth' : 'service_auth';
      throw new ValidationError(
        `Changing url requires sending the connector credentials again (${field}): a stored secret never follows a new address.`,
      );
    }
    const updated: Connector = {
      ...existing,
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.url !== undefined ? { url: body.url } : {}),
      ...(body.excludes !== undefined ? { excludes: body.excludes } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
      ...(body.continue_on_failure !== undefined ? { continueOnFailure: body.continue_on_failure } : {}),
      ...(body.timeout_ms !== undefined ? { timeoutMs: body.timeout_ms } : {}),
      ...(body.mcp_tool !== undefined ? { mcpTool: body.mcp_tool } : {}),
      ...(auth
        ? { authKind: auth.authKind, auth: auth.auth, secret: secrets.seal(JSON.stringify(auth.secrets)) }
        : {}),
      updatedAt: deps.clock.now(),
    };
    if (body.url !== undefined || body.mcp_tool !== undefined || auth || body.timeout_ms !== undefined)
      await test(updated);
    await store.saveConnector(updated);
    return context.json({ success: true, data: connectorView(updated, secrets) });
  });

  routes.delete('/:id', docs.delete, async (context) => {
    requirePermission(context, 'connectors', 'write');
    const deleted = await store.deleteConnector(context.get('token').workspaceId, context.req.param('id'));
    if (!deleted) throw new NotFoundError('No such connector.');
    return context.json({ success: true, data: { id: context.req.param('id'), deleted: true } });
  });

  routes.post('/:id/test', docs.test, async (context) => {
    requirePermission(context, 'connectors', 'write');
    const connector = await find(context.get('token').workspaceId, context.req.param('id'));
    const result = await testConnector(connector, deps);
    return context.json({
      success: true,
      data: { ok: result.ok, elapsed_ms: result.elapsedMs, ...(result.ok ? {} : { error: result.error }) },
    });
  });

  routes.post('/:id/oauth/authorize', docs.authorize, async (context) => {
    requirePermission(context, 'connectors', 'write');
    const connector = await find(context.get('token').workspaceId, context.req.param('id'));
    if (connector.authKind !== 'oauth') throw new ValidationError('This connector does not use OAuth.');
    const state = deps.ids.id('oauth');
    await store.putMarker({
      key: `oauth-state:${state}`,
      value: JSON.stringify({ workspaceId: connector.workspaceId, connectorId: connector.id }),
      expiresAt: deps.clock.now() + STATE_TTL_MS,
    });
    const clientId = openConnectorSecrets(connector, secrets).clientId ?? '';
    const callback = `${deps.settings.publicUrl}${OAUTH_CALLBACK_PATH}`;
    return context.json({
      success: true,
      data: { redirect_url: authorizeUrl(connector, callback, state, clientId) },
    });
  });
  return routes;
}
