/**
 * A connector's edit form as plain values, and the PATCH body it becomes: only what changed, and
 * secrets only when typed (they are write-only; the form never has the stored ones).
 */
import type { Connector } from './knowledge-api.js';

/** Sign-in kinds the form offers: none, the three token schemes, OAuth. */
export type AuthChoice = 'none' | 'bearer' | 'basic' | 'noscheme' | 'oauth';

export interface ConnectorDraft {
  name: string;
  description: string;
  url: string;
  mcpTool: string;
  /** Result fields left out of passages, comma-separated. */
  excludes: string;
  timeout: string;
  continueOnFailure: boolean;
  active: boolean;
  auth: AuthChoice;
  token: string;
  authorizeUrl: string;
  tokenUrl: string;
  scope: string;
  clientId: string;
  clientSecret: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function authOf(connector: Connector): AuthChoice {
  if (connector.oauth) return 'oauth';
  const type = connector.service_auth?.type;
  return type === 'bearer' || type === 'basic' || type === 'noscheme' ? type : 'none';
}

/** The form's starting values: the connector as stored, every secret field empty. */
export function draftOf(connector: Connector): ConnectorDraft {
  return {
    name: connector.name,
    description: connector.description,
    url: connector.url,
    mcpTool: connector.mcp_tool ?? '',
    excludes: connector.excludes.join(', '),
    timeout: String(connector.timeout_ms),
    continueOnFailure: connector.continue_on_failure,
    active: connector.active,
    auth: authOf(connector),
    token: '',
    authorizeUrl: text(connector.oauth?.authorize_url),
    tokenUrl: text(connector.oauth?.token_url),
    scope: text(connector.oauth?.scope),
    clientId: '',
    clientSecret: '',
  };
}

const excludesOf = (draft: ConnectorDraft) =>
  draft.excludes
    .split(/[,\n]/)
    .map((each) => each.trim())
    .filter(Boolean);

/** True when the address differs from the stored one. */
export const addressChanged = (connector: Connector, draft: ConnectorDraft) =>
  draft.url.trim() !== connector.url;

/** True when saving sends new OAuth settings, which signs the connector out until it is authorized again. */
export function oauthChanged(connector: Connector, draft: ConnectorDraft): boolean {
  if (draft.auth !== 'oauth') return false;
  if (!connector.oauth) return true;
  return (
    addressChanged(connector, draft) ||
    Boolean(draft.clientId.trim() || draft.clientSecret) ||
    draft.authorizeUrl.trim() !== text(connector.oauth.authorize_url) ||
    draft.tokenUrl.trim() !== text(connector.oauth.token_url) ||
    draft.scope.trim() !== text(connector.oauth.scope)
  );
}

/**
 * Why a secret must be typed before saving, or undefined. The server refuses a new address
 * without the secret too; asking first keeps the stored one from ever being offered to it.
 */
export function secretNeeded(connector: Connector, draft: ConnectorDraft): string | undefined {
  if (draft.auth === 'none') return undefined;
  if (draft.auth === 'oauth') {
    if (!oauthChanged(connector, draft) || (draft.clientId.trim() && draft.clientSecret)) return undefined;
    return addressChanged(connector, draft)
      ? 'The address changed, so enter the OAuth client ID and secret again: the stored ones are never sent to a new address.'
      : 'New OAuth settings need the client ID and secret again.';
  }
  if (draft.token) return undefined;
  if (!connector.service_auth) return 'Enter the token: this connector has none stored for this sign-in.';
  if (addressChanged(connector, draft))
    return 'The address changed, so enter the token again: the stored token is never sent to a new address unless you type it here.';
  if (draft.auth !== connector.service_auth.type) return 'Enter the token again to change how it is sent.';
  return undefined;
}

/** The PATCH body: each changed setting under its API name; `{}` when nothing changed. */
export function connectorPatch(connector: Connector, draft: ConnectorDraft): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const name = draft.name.trim();
  if (name !== connector.name) body.name = name;
  if (draft.description !== connector.description) body.description = draft.description;
  if (addressChanged(connector, draft)) body.url = draft.url.trim();
  const tool = draft.mcpTool.trim();
  if (tool !== (connector.mcp_tool ?? '')) body.mcp_tool = tool || null;
  const excludes = excludesOf(draft);
  if (excludes.join('\n') !== connector.excludes.join('\n')) body.excludes = excludes;
  // A number the server refuses is sent as typed, so its 400 names timeout_ms.
  const timeout = draft.timeout.trim() === '' ? Number.NaN : Number(draft.timeout);
  if (timeout !== connector.timeout_ms) body.timeout_ms = Number.isNaN(timeout) ? draft.timeout : timeout;
  if (draft.continueOnFailure !== connector.continue_on_failure)
    body.continue_on_failure = draft.continueOnFailure;
  if (draft.active !== connector.active) body.active = draft.active;
  if (draft.auth === 'oauth' && oauthChanged(connector, draft)) {
    body.oauth = {
      client_id: draft.clientId.trim(),
      client_secret: draft.clientSecret,
      authorize_url: draft.authorizeUrl.trim(),
      token_url: draft.tokenUrl.trim(),
      ...(draft.scope.trim() ? { scope: draft.scope.trim() } : {}),
    };
  } else if (draft.auth !== 'none' && draft.auth !== 'oauth' && draft.token) {
    body.service_auth = { type: draft.auth, token: draft.token };
  }
  return body;
}

/** True when saving `body` makes the server send the connector a test query first (never an OAuth one: it waits for authorization). */
export const testedOnSave = (draft: ConnectorDraft, body: Record<string, unknown>) =>
  draft.auth !== 'oauth' && ['url', 'mcp_tool', 'timeout_ms', 'service_auth'].some((key) => key in body);
