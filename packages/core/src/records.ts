/** The rows Frontdesk keeps. Every row carries the id of the workspace that owns it. */

import type { AgentSettings, BotSettings } from './bot.js';
import type { Source } from './wire.js';

export type Channel = 'api' | 'web' | 'slack' | 'teams';

export interface Workspace {
  id: string;
  name: string;
  createdAt: number;
  /** Days the request log is kept (default 30). */
  logRetentionDays?: number;
  /** Rules every bot of the workspace starts from (the seed's "settings"); a bot's own rules override them. */
  defaultRules?: Record<string, unknown>;
}

export interface Bot {
  /** A slug such as `demo`, unique within its workspace; the `{botId}` of the API. */
  id: string;
  workspaceId: string;
  name: string;
  enabled: boolean;
  agent: AgentSettings;
  settings: BotSettings;
  createdAt: number;
  updatedAt: number;
}

export type Role = 'owner' | 'admin' | 'staff' | 'viewer';

/** A built-in role, or the id (`role_…`) of a custom role of the token's workspace. */
export type RoleName = Role | `role_${string}`;

/** A personal access token; only the sha-256 of the secret is kept. */
export interface Token {
  id: string;
  workspaceId: string;
  name: string;
  role: RoleName;
  /** The member the token acts for; unset for tokens made before members (bootstrap, CLI). */
  memberId?: string | null;
  /** After this time (ms) the token is refused; unset or null: it never expires. */
  expiresAt?: number | null;
  /** The first characters of the token, to recognise it in a list. */
  prefix: string;
  hash: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** Who wrote, as far as the channel tells. */
export interface Requester {
  id?: string;
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
  /** From another organisation than the one the channel belongs to (e.g. a Slack Connect channel). */
  external?: boolean;
  /** Where the person is looking as they write (Slack's assistant panel: the channel they have open). */
  context?: { channelId: string; teamId?: string; enterpriseId?: string };
}

export interface Conversation {
  id: string;
  workspaceId: string;
  botId: string;
  channel: Channel;
  /** The channel's own thread, e.g. `slack:{team}:{channel}:{thread_ts}` or `api:{tokenId}:{n}`. */
  channelKey: string;
  requester: Requester | null;
  createdAt: number;
  updatedAt: number;
  /** When the requester ended it (the widget's "End conversation"); absent while it is open. */
  endedAt?: number;
}

export type MessageRole = 'user' | 'assistant' | 'staff' | 'system';

export interface StoredMessage {
  id: string;
  workspaceId: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  sources: Source[];
  ticketId: string | null;
  createdAt: number;
}

/** Why a ticket was opened. */
export type TicketTrigger =
  | 'human-request'
  | 'no-answer'
  | 'agent-request'
  /** Escalation policies: always, a keyword at the start (or none of them), an emoji, a ticket-type keyword. */
  | 'always'
  | 'keyword'
  | 'emoji'
  | 'ticket-type';

export interface Ticket {
  id: string;
  workspaceId: string;
  botId: string;
  conversationId: string;
  trigger: TicketTrigger;
  /** The sink that holds it: `builtin`, later `jira`, `servicenow`, `webhook`. */
  sink: string;
  /** The id in the remote system, or the same as `id` for builtin tickets. */
  externalId: string;
  url: string | null;
  type: string;
  status: string;
  priority: string;
  summary: string;
  description: string;
  requester: Requester | null;
  /** The ticket system's number people quote when it differs from `externalId` (ServiceNow `INC0010001`). */
  displayId?: string | null;
  /** The staff member working the ticket (free text, e.g. a name or email); unset until assigned. */
  assignee?: string | null;
  /** The member group (`grp_…`) the ticket is assigned to; unset when none. */
  groupId?: string | null;
  /** One ticket per key: `{conversationId}:{trigger}`. */
  idempotencyKey: string;
  createdAt: number;
  updatedAt: number;
}
