/** The connector request bodies (seed 004, snake_case), and how a connector is shown: secrets masked. */
import type { Connector } from '@frontdesk/core';
import type { ConnectorView } from '@frontdesk/core/wire';
import { openConnectorSecrets } from '@frontdesk/services/agents/connector-targets';
import { maskSecret, type SecretBox } from '@frontdesk/services/secrets/secret-box';
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ });

export const oauthSchema = z.strictObject({
  client_id: z.string().min(1).max(500),
  client_secret: z.string().min(1).max(2000),
  authorize_url: httpUrl,
  token_url: httpUrl,
  scope: z.string().max(1000).optional(),
});

export const serviceAuthSchema = z.strictObject({
  token: z.string().min(1).max(4000),
  type: z.enum(['bearer', 'basic', 'noscheme']).default('noscheme'),
});

const fields = {
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000).default(''),
  url: httpUrl,
  excludes: z.array(z.string().min(1).max(100)).max(100).default([]),
  active: z.boolean().default(true),
  oauth: oauthSchema.optional(),
  service_auth: serviceAuthSchema.optional(),
  continue_on_failure: z.boolean().default(false),
  /**
   * How long a chat waits for this connector, in milliseconds (default 5000, at most 20000 so the
   * agent keeps time to answer). Registration measures the connector and refuses one slower than this.
   */
  timeout_ms: z.number().int().min(500).max(20_000).default(5000),
  /** The connector is an MCP server (Streamable HTTP) searched through this tool. */
  mcp_tool: z.string().trim().min(1).max(200).optional(),
};

const notBoth = (body: { oauth?: unknown; service_auth?: unknown }) => !(body.oauth && body.service_auth);
const notBothMessage = { message: 'oauth and service_auth cannot both be specified', path: ['oauth'] };

export const createConnectorSchema = z.strictObject(fields).refine(notBoth, notBothMessage);

export const updateConnectorSchema = z
  .strictObject({
    name: fields.name.optional(),
    description: z.string().max(2000).optional(),
    url: httpUrl
      .optional()
      .describe('A new address; a connector with a stored secret needs service_auth or oauth sent with it.'),
    excludes: fields.excludes.optional(),
    active: z.boolean().optional(),
    oauth: oauthSchema.optional(),
    service_auth: serviceAuthSchema.optional(),
    continue_on_failure: z.boolean().optional(),
    timeout_ms: fields.timeout_ms.unwrap().optional(),
    /** null turns an MCP connector back into a plain HTTP one. */
    mcp_tool: fields.mcp_tool.nullable(),
  })
  .refine(notBoth, notBothMessage);

/** A connector as the API shows it: `service_auth.token` and OAuth secrets only masked. */
export function connectorView(connector: Connector, secrets: SecretBox): ConnectorView {
  const opened = openConnectorSecrets(connector, secrets);
  const auth = connector.auth;
  return {
    id: connector.id,
    name: connector.name,
    description: connector.description,
    url: connector.url,
    excludes: connector.excludes,
    active: connector.active,
    continue_on_failure: connector.continueOnFailure,
    timeout_ms: connector.timeoutMs,
    ...(connector.mcpTool ? { mcp_tool: connector.mcpTool } : {}),
    ...(connector.authKind === 'service'
      ? { service_auth: { type: auth.type, token: maskSecret(opened.token ?? '') } }
      : {}),
    ...(connector.authKind === 'oauth'
      ? {
          oauth: {
            client_id: maskSecret(opened.clientId ?? ''),
            client_secret: maskSecret(opened.clientSecret ?? ''),
            authorize_url: auth.authorizeUrl,
            token_url: auth.tokenUrl,
            ...(auth.scope ? { scope: auth.scope } : {}),
            authorized: Boolean(opened.accessToken),
          },
        }
      : {}),
    created_at: new Date(connector.createdAt).toISOString(),
    updated_at: new Date(connector.updatedAt).toISOString(),
  };
}
