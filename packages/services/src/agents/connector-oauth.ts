/** OAuth 2.0 for connectors: the authorize redirect, the code exchange, and refreshing tokens before they expire. */
import { AgentError, type Clock, type Connector, type Store, ValidationError } from '@frontdesk/core';
import { isOutboundError, outboundFetch } from '@frontdesk/outbound';
import type { SecretBox } from '../secrets/secret-box.js';
import { type ConnectorSecrets, openConnectorSecrets } from './connector-targets.js';

export interface OAuthDependencies {
  store: Store;
  secrets: SecretBox;
  clock: Clock;
}

/** Tokens are refreshed when they have less than this left. */
const REFRESH_MARGIN_MS = 60_000;

/** Where the operator's browser goes to grant access; `state` names the connector. */
export function authorizeUrl(
  connector: Connector,
  callbackUrl: string,
  state: string,
  clientId: string,
): string {
  const url = new URL(String(connector.auth.authorizeUrl));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('redirect_uri', callbackUrl);
  url.searchParams.set('state', state);
  if (typeof connector.auth.scope === 'string') url.searchParams.set('scope', connector.auth.scope);
  return url.toString();
}

async function requestTokens(connector: Connector, secrets: ConnectorSecrets, form: Record<string, string>) {
  let response: Response;
  try {
    response = await outboundFetch(String(connector.auth.tokenUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        ...form,
        client_id: secrets.clientId ?? '',
        client_secret: secrets.clientSecret ?? '',
      }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    if (!isOutboundError(error)) throw error;
    throw new ValidationError(`The token endpoint of connector "${connector.name}": ${error.message}`);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new ValidationError(
      `The token endpoint of connector "${connector.name}" answered HTTP ${response.status}.`,
    );
  }
  return body as { access_token: string; refresh_token?: string; expires_in?: number };
}

/** Stores new tokens, sealed, with their expiry. */
async function saveTokens(
  connector: Connector,
  secrets: ConnectorSecrets,
  tokens: { access_token: string; refresh_token?: string; expires_in?: number },
  deps: OAuthDependencies,
): Promise<Connector> {
  const now = deps.clock.now();
  const sealed = deps.secrets.seal(
    JSON.stringify({
      ...secrets,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token ?? secrets.refreshToken,
    }),
  );
  const expiresAt = typeof tokens.expires_in === 'number' ? now + tokens.expires_in * 1000 : null;
  const updated = { ...connector, secret: sealed, auth: { ...connector.auth, expiresAt }, updatedAt: now };
  await deps.store.saveConnector(updated);
  return updated;
}

/** Exchanges the code from the callback for tokens and stores them. */
export async function completeAuthorization(
  connector: Connector,
  code: string,
  callbackUrl: string,
  deps: OAuthDependencies,
): Promise<Connector> {
  const secrets = openConnectorSecrets(connector, deps.secrets);
  const tokens = await requestTokens(connector, secrets, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: callbackUrl,
  });
  return saveTokens(connector, secrets, tokens, deps);
}

/** A valid access token, refreshed first when it expires within a minute. */
export async function accessToken(connector: Connector, deps: OAuthDependencies): Promise<string> {
  const secrets = openConnectorSecrets(connector, deps.secrets);
  if (!secrets.accessToken)
    throw new AgentError(`Connector "${connector.name}" has not been authorized yet.`);
  const expiresAt = typeof connector.auth.expiresAt === 'number' ? connector.auth.expiresAt : null;
  if (expiresAt === null || expiresAt - deps.clock.now() > REFRESH_MARGIN_MS) return secrets.accessToken;
  if (!secrets.refreshToken) return secrets.accessToken;
  const tokens = await requestTokens(connector, secrets, {
    grant_type: 'refresh_token',
    refresh_token: secrets.refreshToken,
  });
  await saveTokens(connector, secrets, tokens, deps);
  return tokens.access_token;
}
