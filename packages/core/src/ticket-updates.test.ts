import { describe, expect, it } from 'vitest';
import { botSettingsSchema } from './bot.js';
import { parseCsatScore, takeCsatAnswer } from './csat.js';
import type { OutgoingMessage } from './delivery.js';
import { createIdSource } from './id-source.js';
import { createMemoryStore } from './memory-store.js';
import type { Conversation } from './records.js';
import { changeTicket, replyAsStaff } from './ticket-updates.js';

const NOW = Date.UTC(2026, 0, 1);

async function setup() {
  const store = createMemoryStore();
  await store.createWorkspace({ id: 'ws', name: 'ws', createdAt: NOW });
  await store.saveBot({
    id: 'demo',
    workspaceId: 'ws',
    name: 'Demo',
    enabled: true,
    agent: { kind: 'embedded', knowledgeDir: 'x' },
    settings: botSettingsSchema.parse({}),
    createdAt: NOW,
    updatedAt: NOW,
  });
  const conversation: Conversation = {
    id: 'conv',
    workspaceId: 'ws',
    botId: 'demo',
    channel: 'web',
    channelKey: 'web:v:1',
    requester: null,
    createdAt: NOW,
    updatedAt: NOW,
  };
  await store.createConversation(conversation);
  const ticket = await store.insertTicket({
    id: 'FD-1',
    workspaceId: 'ws',
    botId: 'demo',
    conversationId: 'conv',
    trigger: 'human-request',
    sink: 'builtin',
    externalId: 'FD-1',
    url: null,
    type: 'support',
    status: 'open',
    priority: 'medium',
    summary: 's',
    description: 'd',
    requester: null,
    idempotencyKey: 'conv:human-request',
    createdAt: NOW,
    updatedAt: NOW,
  });
  const sent: OutgoingMessage[] = [];
  const ids = createIdSource();
  const deps = {
    store,
    ids,
    clock: { now: () => NOW + 1000 },
    send: async (_conversation: Conversation, message: OutgoingMessage) => {
      sent.push(message);
      await store.enqueueOutbox({
        id: ids.id('out'),
        workspaceId: 'ws',
        kind: 'delivery',
        key: message.id,
        conversationId: 'conv',
        payload: '{}',
        status: 'delivered',
        attempts: 1,
        nextAttemptAt: NOW,
        error: null,
        createdAt: NOW,
        updatedAt: NOW,
      });
    },
  };
  return { store, conversation, ticket, sent, deps };
}

describe('ticket updates', () => {
  it('stores a staff reply with role staff and sends it under the stored message id', async () => {
    const { store, conversation, sent, deps } = await setup();
    const stored = await replyAsStaff(deps, { conversation, text: 'We are on it', ticketId: 'FD-1' });
    expect(sent).toEqual([{ id: stored.id, kind: 'staff-reply', text: 'We are on it' }]);
    const messages = await store.listMessages('conv');
    expect(messages.map((message) => [message.role, message.text])).toEqual([['staff', 'We are on it']]);
  });

  it('posts a status change, then asks for a rating once when resolved', async () => {
    const { ticket, sent, deps } = await setup();
    const pending = await changeTicket(deps, ticket, { status: 'pending' });
    expect(sent.map((message) => message.kind)).toEqual(['ticket-update']);
    expect(sent[0]?.ticket?.status).toBe('pending');
    const resolved = await changeTicket(deps, pending, { status: 'resolved' });
    const reopened = await changeTicket(deps, resolved, { status: 'open' });
    await changeTicket(deps, reopened, { status: 'closed' });
    expect(sent.map((message) => message.kind)).toEqual([
      'ticket-update',
      'ticket-update',
      'csat-question',
      'ticket-update',
      'ticket-update',
    ]);
    expect(sent[2]?.id).toBe('csat:FD-1');
  });

  it('changes priority and assignee without posting anything', async () => {
    const { store, ticket, sent, deps } = await setup();
    const updated = await changeTicket(deps, ticket, { priority: 'high', assignee: 'grace' });
    expect(updated).toMatchObject({ priority: 'high', assignee: 'grace', status: 'open' });
    expect((await store.getTicket('FD-1'))?.priority).toBe('high');
    expect(sent).toEqual([]);
  });

  it('records the requester rating after the question, and only then', async () => {
    const { store, conversation, ticket, deps } = await setup();
    const answer = (text: string) => takeCsatAnswer(deps, { conversation, text, now: NOW + 2000 });
    expect(await answer('5')).toBeUndefined();
    await changeTicket(deps, ticket, { status: 'resolved' });
    expect(await answer('how do I reset my password')).toBeUndefined();
    expect(await answer('4/5')).toMatch(/4\/5/);
    expect(await answer('2')).toBeUndefined();
    const answers = await store.listCsat('ws', { limit: 10, offset: 0 });
    expect(answers.map((item) => [item.ticketId, item.score])).toEqual([['FD-1', 4]]);
  });
});

describe('parseCsatScore', () => {
  it.each([
    ['5', 5],
    [' 3 ', 3],
    ['4 stars', 4],
    ['2/5', 2],
    ['⭐⭐⭐', 3],
    ['6', undefined],
    ['0', undefined],
    ['1234', undefined],
    ['great', undefined],
  ])('reads %j as %j', (text, score) => {
    expect(parseCsatScore(text)).toBe(score);
  });
});
