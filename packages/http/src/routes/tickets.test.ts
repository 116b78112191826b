import { botSettingsSchema, type Store, type Ticket, type Token, toFrontdeskError } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';
import { ticketRoutes } from './tickets.js';

const NOW = Date.UTC(2026, 0, 1);

/** A workspace with the demo bot, one conversation and a ticket opened on it. */
async function seedTicket(store: Store, workspaceId: string): Promise<Ticket> {
  await store.createWorkspace({ id: workspaceId, name: workspaceId, createdAt: NOW });
  await store.saveBot({
    id: 'demo',
    workspaceId,
    name: 'Demo bot',
    enabled: true,
    agent: { kind: 'embedded', knowledgeDir: 'unused' },
    settings: botSettingsSchema.parse({}),
    createdAt: NOW,
    updatedAt: NOW,
  });
  const conversationId = `conv_${workspaceId}`;
  await store.createConversation({
    id: conversationId,
    workspaceId,
    botId: 'demo',
    channel: 'api',
    channelKey: `api:test:${workspaceId}`,
    requester: null,
    createdAt: NOW,
    updatedAt: NOW,
  });
  await store.appendMessage({
    id: `msg_${workspaceId}`,
    workspaceId,
    conversationId,
    role: 'user',
    text: 'I want to talk to a human',
    sources: [],
    ticketId: null,
    createdAt: NOW,
  });
  return store.insertTicket({
    id: `tkt_${workspaceId}`,
    workspaceId,
    botId: 'demo',
    conversationId,
    trigger: 'human-request',
    sink: 'builtin',
    externalId: `tkt_${workspaceId}`,
    url: null,
    type: 'support',
    status: 'open',
    priority: 'medium',
    summary: 'I want to talk to a human',
    description: 'transcript',
    requester: null,
    idempotencyKey: `${conversationId}:human-request`,
    createdAt: NOW,
    updatedAt: NOW,
  });
}

/** The routes behind a stand-in for the auth middleware that signs in as a token of `ws_a`. */
function appFor(store: Store): Hono<AppEnv> {
  const token: Token = {
    id: 'tok_a',
    workspaceId: 'ws_a',
    name: 'test',
    role: 'viewer',
    prefix: 'fd_xxxxxxx',
    hash: '0'.repeat(64),
    createdAt: NOW,
    lastUsedAt: null,
    revokedAt: null,
  };
  const app = new Hono<AppEnv>();
  app.use(async (context, next) => {
    context.set('token', token);
    await next();
  });
  app.onError((error) => errorResponse(toFrontdeskError(error)));
  app.route('/v1/tickets', ticketRoutes({ store }));
  return app;
}

describe('GET /v1/tickets/:id', () => {
  let store: Store;

  beforeEach(() => {
    store = createMemoryStore();
  });

  it("returns the workspace's ticket with its transcript", async () => {
    const ticket = await seedTicket(store, 'ws_a');
    const response = await appFor(store).request(`/v1/tickets/${ticket.id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { success: boolean; data: Record<string, string> };
    expect(body.success).toBe(true);
    expect(body.data).toMatchObject({
      id: ticket.id,
      status: 'open',
      priority: 'medium',
      conversationId: ticket.conversationId,
      description: 'I want to talk to a human',
      createdDate: new Date(NOW).toISOString(),
    });
    expect(body.data.transcript).toContain('I want to talk to a human');
  });

  it("answers 404 for another workspace's ticket, as for a missing one", async () => {
    const ticket = await seedTicket(store, 'ws_b');
    const other = await appFor(store).request(`/v1/tickets/${ticket.id}`);
    const missing = await appFor(store).request('/v1/tickets/tkt_missing');
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual(await missing.json());
    expect((await appFor(store).request(`/v1/tickets/${ticket.id}`)).status).toBe(404);
  });
});
