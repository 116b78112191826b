/** `GET /oauth/connectors/callback`: the OAuth provider's redirect; exchanges the code and stores the tokens sealed. */
import { ValidationError } from '@frontdesk/core';
import { completeAuthorization } from '@frontdesk/services/agents/connector-oauth';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { describe, error } from '../openapi/helpers.js';
import { escapeHtml } from '../pages/html.js';
import { type ConnectorRouteDependencies, OAUTH_CALLBACK_PATH } from './connectors.js';

const page = (description: string) => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});

const describeCallback = describe({
  operationId: 'connectorOAuthCallback',
  summary: 'Where the OAuth provider sends the browser back; stores the connector tokens',
  security: [],
  parameters: [
    { name: 'code', in: 'query', required: true, schema: { type: 'string' } },
    { name: 'state', in: 'query', required: true, schema: { type: 'string' } },
  ],
  responses: {
    '200': page('A page saying the connector is authorized.'),
    '400': error('A missing, unknown or expired state, or the connector is gone.'),
    '502': page('A page saying the provider refused the code.'),
  },
});

/** Public route: the `state` issued by `/authorize` (single use, ten minutes) names the connector. */
export function connectorOAuthCallbackRoutes(deps: ConnectorRouteDependencies): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(OAUTH_CALLBACK_PATH, describeCallback, async (context) => {
    const code = context.req.query('code');
    const state = context.req.query('state');
    if (!code || !state) throw new ValidationError('The callback needs code and state.');
    const key = `oauth-state:${state}`;
    const marker = await deps.store.getMarker(key, deps.clock.now());
    if (!marker) throw new ValidationError('Unknown or expired OAuth state; start the authorization again.');
    await deps.store.deleteMarker(key);
    const { workspaceId, connectorId } = JSON.parse(marker.value) as {
      workspaceId: string;
      connectorId: string;
    };
    const connector = await deps.store.getConnector(workspaceId, connectorId);
    if (!connector) throw new ValidationError('The connector no longer exists.');
    try {
      await completeAuthorization(connector, code, `${deps.settings.publicUrl}${OAUTH_CALLBACK_PATH}`, deps);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The operator's browser lands here: a page that says what failed, not a JSON envelope.
      return context.html(
        `<!doctype html><title>Not connected</title><p>The connector could not be authorized: ${escapeHtml(error.message)}</p>`,
        502,
      );
    }
    return context.html(
      '<!doctype html><title>Connected</title><p>The connector is authorized. You can close this tab.</p>',
    );
  });
  return routes;
}
