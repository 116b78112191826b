/** What `/v1/integrations` and `/v1/connectors` answer: secrets only ever as masks. */
import { z } from 'zod';

const time = z.string();

/** An integration (OpenAI key, Enjo token, Jira, ServiceNow, webhook), its secrets masked. */
export const integrationViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** The seed's form of `kind`: its slug and display name. */
  integration: z.object({ slug: z.string(), name: z.string() }),
  name: z.string(),
  environment: z.enum(['stage', 'production']),
  status: z.enum(['active', 'inactive']),
  /** Settings that are not secret (base URL, project, …), with `environment`. */
  data: z.record(z.string(), z.unknown()),
  secret: z.string().nullable(),
  callbackSecret: z.string().nullable(),
  /** How its ticket deliveries went: the last delivery, the last error and when (ISO times, or null). */
  delivery: z.object({
    last_delivered_at: time.nullable(),
    last_error: z.string().nullable(),
    last_error_at: time.nullable(),
  }),
  created_at: time,
  updated_at: time,
});
export type IntegrationView = z.infer<typeof integrationViewSchema>;

/** A knowledge connector, its secrets masked. */
export const connectorViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  url: z.string(),
  excludes: z.array(z.string()),
  active: z.boolean(),
  continue_on_failure: z.boolean(),
  timeout_ms: z.number(),
  /** Set when `url` is an MCP server searched through this tool. */
  mcp_tool: z.string().optional(),
  service_auth: z.object({ type: z.unknown(), token: z.string() }).optional(),
  oauth: z
    .object({
      client_id: z.string(),
      client_secret: z.string(),
      authorize_url: z.unknown(),
      token_url: z.unknown(),
      scope: z.unknown().optional(),
      authorized: z.boolean(),
    })
    .optional(),
  created_at: time,
  updated_at: time,
});
export type ConnectorView = z.infer<typeof connectorViewSchema>;
