/** Record builders for the store contract suite; each takes overrides for the fields a test cares about. */
import {
  type Bot,
  botSettingsSchema,
  type Conversation,
  type Store,
  type StoredMessage,
  type Ticket,
  type Token,
  type Workspace,
} from '@frontdesk/core';

export const T0 = 1_700_000_000_000;

export function makeWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return { id: 'ws_a', name: 'Acme', createdAt: T0, ...overrides };
}

export function makeBot(overrides: Partial<Bot> = {}): Bot {
  return {
    id: 'demo',
    workspaceId: 'ws_a',
    name: 'Demo bot',
    enabled: true,
    agent: { kind: 'embedded', knowledgeDir: 'examples/knowledge' },
    settings: botSettingsSchema.parse({
      rateLimits: '20/60s',
      ticketPolicy: { humanRequest: true, noAnswer: false, type: 'support', priority: 'high' },
      agentTimeoutMs: 30_000,
      historyLimit: 20,
    }),
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeToken(overrides: Partial<Token> = {}): Token {
  return {
    id: 'tok_1',
    workspaceId: 'ws_a',
    name: 'CI',
    role: 'admin',
    prefix: 'fd_abcd',
    hash: 'hash-1',
    createdAt: T0,
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

export function makeConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: 'conv_1',
    workspaceId: 'ws_a',
    botId: 'demo',
    channel: 'slack',
    channelKey: 'slack:T1:C1:1700000000.000100',
    requester: { id: 'U1', name: 'Ada', email: 'ada@example.com' },
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeMessage(overrides: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: 'msg_1',
    workspaceId: 'ws_a',
    conversationId: 'conv_1',
    role: 'user',
    text: 'How do I reset my password?',
    sources: [],
    ticketId: null,
    createdAt: T0,
    ...overrides,
  };
}

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'tkt_1',
    workspaceId: 'ws_a',
    botId: 'demo',
    conversationId: 'conv_1',
    trigger: 'human-request',
    sink: 'builtin',
    externalId: 'tkt_1',
    url: null,
    type: 'support',
    status: 'open',
    priority: 'medium',
    summary: 'Password reset',
    description: 'The visitor cannot reset their password.',
    requester: { name: 'Ada' },
    idempotencyKey: 'conv_1:human-request',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** Creates a workspace, its `demo` bot and one conversation, as the core would before writing more. */
export async function seedConversation(store: Store, workspaceId = 'ws_a', conversationId = 'conv_1') {
  await store.createWorkspace(makeWorkspace({ id: workspaceId }));
  await store.saveBot(makeBot({ workspaceId }));
  const conversation = makeConversation({
    id: conversationId,
    workspaceId,
    channelKey: `api:tok_1:${conversationId}`,
  });
  await store.createConversation(conversation);
  return conversation;
}
