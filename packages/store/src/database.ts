/** The tables as Kysely sees them: snake_case columns, timestamps in integer milliseconds. */
import type { AdminTables } from './admin-tables.js';
import type { DeskWorkTables } from './desk-work-tables.js';
import type { MemberTables } from './member-tables.js';

/*
 * Timestamps are `bigint` columns holding milliseconds. SQLite returns them as numbers; a
 * PostgreSQL dialect must parse int8 as a number (pg `types.setTypeParser(20, Number)`).
 * JSON values are kept as text so both databases store them the same way.
 */

export interface WorkspaceTable {
  id: string;
  name: string;
  created_at: number;
  /** Added in version 8; null: the default. */
  log_retention_days?: number | null;
  /** Added in version 12: the workspace's default bot rules as JSON; null: none. */
  default_rules?: string | null;
}

export interface BotTable {
  workspace_id: string;
  id: string;
  name: string;
  /** 1 or 0. */
  enabled: number;
  /** AgentSettings as JSON. */
  agent: string;
  /** BotSettings as JSON. */
  settings: string;
  created_at: number;
  updated_at: number;
}

export interface TokenTable {
  id: string;
  workspace_id: string;
  name: string;
  role: string;
  prefix: string;
  /** sha-256 of the token; unique. */
  hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
  /** Added in version 8. */
  member_id?: string | null;
  /** Added in version 8. */
  expires_at?: number | null;
}

export interface ConversationTable {
  id: string;
  workspace_id: string;
  bot_id: string;
  channel: string;
  channel_key: string;
  /** Requester as JSON, or null. */
  requester: string | null;
  created_at: number;
  updated_at: number;
  /** When the requester ended it (milliseconds); null while open. */
  ended_at?: number | null;
}

export interface MessageTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  role: string;
  text: string;
  /** Source[] as JSON. */
  sources: string;
  ticket_id: string | null;
  created_at: number;
}

export interface TicketTable {
  id: string;
  workspace_id: string;
  bot_id: string;
  conversation_id: string;
  trigger: string;
  sink: string;
  external_id: string;
  url: string | null;
  type: string;
  status: string;
  priority: string;
  summary: string;
  description: string;
  /** Requester as JSON, or null. */
  requester: string | null;
  /** Added in version 5; null until assigned. */
  assignee: string | null;
  /** Added in version 10: the remote's display number (ServiceNow `number`); null when it is `external_id`. */
  display_id: string | null;
  /** Added in version 35: the member group the ticket is assigned to. */
  group_id: string | null;
  idempotency_key: string;
  created_at: number;
  updated_at: number;
}

export interface MarkerTable {
  key: string;
  value: string;
  expires_at: number;
}

export interface IntegrationTable {
  id: string;
  workspace_id: string;
  kind: string;
  name: string;
  environment: string;
  status: string;
  /** Non-secret settings as JSON. */
  data: string;
  /** The sealed secret, or null. */
  secret: string | null;
  created_at: number;
  updated_at: number;
  /** Migration 0041: the last ticket delivery and the last failure (written by recordIntegrationDelivery only). */
  last_delivered_at?: number | null;
  last_error?: string | null;
  last_error_at?: number | null;
}

export interface ConnectorTable {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  url: string;
  /** string[] as JSON. */
  excludes: string;
  /** 1 or 0. */
  active: number;
  /** 1 or 0. */
  continue_on_failure: number;
  /** Added in version 11: the connector's time limit per query, in milliseconds. */
  timeout_ms: number;
  /** The MCP tool searched when the connector is an MCP server (migration 0024), else null. */
  mcp_tool: string | null;
  auth_kind: string;
  /** Non-secret auth settings as JSON. */
  auth: string;
  /** Sealed JSON of the secrets, or null. */
  secret: string | null;
  created_at: number;
  updated_at: number;
}

export interface OutboxTable {
  id: string;
  workspace_id: string;
  kind: string;
  key: string;
  conversation_id: string;
  /** The payload as JSON. */
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  error: string | null;
  created_at: number;
  updated_at: number;
}

export interface CsatAnswerTable {
  id: string;
  workspace_id: string;
  ticket_id: string;
  conversation_id: string;
  score: number;
  created_at: number;
  /** What the person added after rating (migration 0020); null when nothing. */
  comment: string | null;
}

/** Every table Frontdesk keeps, for `Kysely<Database>`. */
export interface Database extends AdminTables, MemberTables, DeskWorkTables {
  workspaces: WorkspaceTable;
  bots: BotTable;
  tokens: TokenTable;
  conversations: ConversationTable;
  messages: MessageTable;
  tickets: TicketTable;
  markers: MarkerTable;
  integrations: IntegrationTable;
  connectors: ConnectorTable;
  outbox: OutboxTable;
  csat_answers: CsatAnswerTable;
}
