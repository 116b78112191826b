/** Converts between the port's records and the table rows (JSON as text, booleans as 0/1). */
import type {
  AgentSettings,
  Bot,
  BotSettings,
  Channel,
  Conversation,
  MessageRole,
  Requester,
  RoleName,
  Source,
  StoredMessage,
  Ticket,
  TicketTrigger,
  Token,
  Workspace,
} from '@frontdesk/core';
import type {
  BotTable,
  ConversationTable,
  MessageTable,
  TicketTable,
  TokenTable,
  WorkspaceTable,
} from './database.js';

/*
 * JSON read back is trusted: only this package writes it, from records already validated by
 * the callers that built them. Parsing with the zod schemas here would also apply defaults,
 * so a row would no longer read back as it was written.
 */
const readJson = <T>(text: string): T => JSON.parse(text) as T;
const readOptionalJson = <T>(text: string | null): T | null => (text === null ? null : readJson<T>(text));
const writeOptionalJson = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

export function workspaceFromRow(row: WorkspaceTable): Workspace {
  const workspace: Workspace = { id: row.id, name: row.name, createdAt: row.created_at };
  if (row.log_retention_days != null) workspace.logRetentionDays = row.log_retention_days;
  if (row.default_rules != null)
    workspace.defaultRules = JSON.parse(row.default_rules) as Record<string, unknown>;
  return workspace;
}

export function botToRow(bot: Bot): BotTable {
  return {
    workspace_id: bot.workspaceId,
    id: bot.id,
    name: bot.name,
    enabled: bot.enabled ? 1 : 0,
    agent: JSON.stringify(bot.agent),
    settings: JSON.stringify(bot.settings),
    created_at: bot.createdAt,
    updated_at: bot.updatedAt,
  };
}

export function botFromRow(row: BotTable): Bot {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    enabled: row.enabled === 1,
    agent: readJson<AgentSettings>(row.agent),
    settings: readJson<BotSettings>(row.settings),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function tokenToRow(token: Token): TokenTable {
  return {
    id: token.id,
    workspace_id: token.workspaceId,
    name: token.name,
    role: token.role,
    prefix: token.prefix,
    hash: token.hash,
    created_at: token.createdAt,
    last_used_at: token.lastUsedAt,
    revoked_at: token.revokedAt,
    member_id: token.memberId ?? null,
    expires_at: token.expiresAt ?? null,
  };
}

export function tokenFromRow(row: TokenTable): Token {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    role: row.role as RoleName,
    prefix: row.prefix,
    hash: row.hash,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    // Only when set, so a token without them reads back as it was written.
    ...(row.member_id != null ? { memberId: row.member_id } : {}),
    ...(row.expires_at != null ? { expiresAt: row.expires_at } : {}),
  };
}

export function conversationToRow(conversation: Conversation): ConversationTable {
  return {
    id: conversation.id,
    workspace_id: conversation.workspaceId,
    bot_id: conversation.botId,
    channel: conversation.channel,
    channel_key: conversation.channelKey,
    requester: writeOptionalJson(conversation.requester),
    created_at: conversation.createdAt,
    updated_at: conversation.updatedAt,
  };
}

export function conversationFromRow(row: ConversationTable): Conversation {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    botId: row.bot_id,
    channel: row.channel as Channel,
    channelKey: row.channel_key,
    requester: readOptionalJson<Requester>(row.requester),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.ended_at !== null && row.ended_at !== undefined ? { endedAt: Number(row.ended_at) } : {}),
  };
}

export function messageToRow(message: StoredMessage): MessageTable {
  return {
    id: message.id,
    workspace_id: message.workspaceId,
    conversation_id: message.conversationId,
    role: message.role,
    text: message.text,
    sources: JSON.stringify(message.sources),
    ticket_id: message.ticketId,
    created_at: message.createdAt,
  };
}

export function messageFromRow(row: MessageTable): StoredMessage {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    conversationId: row.conversation_id,
    role: row.role as MessageRole,
    text: row.text,
    sources: readJson<Source[]>(row.sources),
    ticketId: row.ticket_id,
    createdAt: row.created_at,
  };
}

export function ticketToRow(ticket: Ticket): TicketTable {
  return {
    id: ticket.id,
    workspace_id: ticket.workspaceId,
    bot_id: ticket.botId,
    conversation_id: ticket.conversationId,
    trigger: ticket.trigger,
    sink: ticket.sink,
    external_id: ticket.externalId,
    url: ticket.url,
    type: ticket.type,
    status: ticket.status,
    priority: ticket.priority,
    summary: ticket.summary,
    description: ticket.description,
    requester: writeOptionalJson(ticket.requester),
    assignee: ticket.assignee ?? null,
    group_id: ticket.groupId ?? null,
    display_id: ticket.displayId ?? null,
    idempotency_key: ticket.idempotencyKey,
    created_at: ticket.createdAt,
    updated_at: ticket.updatedAt,
  };
}

export function ticketFromRow(row: TicketTable): Ticket {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    botId: row.bot_id,
    conversationId: row.conversation_id,
    trigger: row.trigger as TicketTrigger,
    sink: row.sink,
    externalId: row.external_id,
    url: row.url,
    type: row.type,
    status: row.status,
    priority: row.priority,
    summary: row.summary,
    description: row.description,
    requester: readOptionalJson<Requester>(row.requester),
    ...(row.assignee ? { assignee: row.assignee } : {}),
    ...(row.group_id ? { groupId: row.group_id } : {}),
    ...(row.display_id ? { displayId: row.display_id } : {}),
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
