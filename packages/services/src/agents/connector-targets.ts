/** Turns stored connectors into targets the agents can query, opening their sealed secrets only per request. */
import { type ConnectorTarget, serviceAuthorization } from '@frontdesk/agents';
import type { Connector, Store } from '@frontdesk/core';
import type { SecretBox } from '../secrets/secret-box.js';
import { accessToken, type OAuthDependencies } from './connector-oauth.js';

/** The secrets sealed in a connector's `secret` column. */
export interface ConnectorSecrets {
  token?: string;
  clientId?: string;
  clientSecret?: string;
  accessToken?: string;
  refreshToken?: string;
}

export function openConnectorSecrets(connector: Connector, secrets: SecretBox): ConnectorSecrets {
  return connector.secret ? (JSON.parse(secrets.open(connector.secret)) as ConnectorSecrets) : {};
}

/** A connector as a target; service tokens and OAuth access tokens (refreshed when due) go in `Authorization`. */
export function connectorTarget(connector: Connector, deps: OAuthDependencies): ConnectorTarget {
  return {
    name: connector.name,
    url: connector.url,
    excludes: connector.excludes,
    continueOnFailure: connector.continueOnFailure,
    timeoutMs: connector.timeoutMs,
    ...(connector.mcpTool ? { mcpTool: connector.mcpTool } : {}),
    async authorization() {
      if (connector.authKind === 'service') {
        const token = openConnectorSecrets(connector, deps.secrets).token ?? '';
        const type = (connector.auth.type as 'bearer' | 'basic' | 'noscheme' | undefined) ?? 'noscheme';
        return serviceAuthorization(type, token);
      }
      if (connector.authKind === 'oauth') return `Bearer ${await accessToken(connector, deps)}`;
      return undefined;
    },
  };
}

/** The active connectors among `ids` in the workspace, in the order named; unknown ids are skipped. */
export async function connectorTargets(
  store: Store,
  workspaceId: string,
  ids: readonly string[],
  deps: OAuthDependencies,
): Promise<ConnectorTarget[]> {
  const connectors = await Promise.all(ids.map((id) => store.getConnector(workspaceId, id)));
  return connectors
    .filter((connector): connector is Connector => connector?.active === true)
    .map((connector) => connectorTarget(connector, deps));
}
