// Connectors as the tests arrange them: a row stored directly, and the API body of an OAuth connector.
import type { Connector } from '@frontdesk/core';
import { OAUTH_CLIENT_SECRET } from '../fakes/connector-server.js';

/** A connector row as the store keeps it: active, no auth, five seconds, nothing excluded; `fields` on top. */
export function connectorRow(fields: Partial<Connector> & Pick<Connector, 'id' | 'name' | 'url'>): Connector {
  const now = Date.now();
  return {
    workspaceId: 'ws_default',
    description: '',
    timeoutMs: 5000,
    excludes: [],
    active: true,
    continueOnFailure: false,
    authKind: 'none',
    auth: {},
    secret: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

/** The `POST /v1/connectors` body of "Private wiki", signed in with OAuth at the fake connector server `baseUrl`. */
export function oauthWiki(baseUrl: string) {
  return {
    name: 'Private wiki',
    url: `${baseUrl}/oauth`,
    oauth: {
      client_id: 'client-1',
      client_secret: OAUTH_CLIENT_SECRET,
      authorize_url: `${baseUrl}/oauth/authorize`,
      token_url: `${baseUrl}/oauth/token`,
    },
  };
}
