import { createIdSource, systemClock } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { createBuiltinTicketSink } from '@frontdesk/tickets';
import { expect, it } from 'vitest';
import { seedConversation } from './store-fixtures.js';
import { describeTicketSinkContract } from './ticket-sink-contract.js';

async function makeBuiltin() {
  const store = createMemoryStore();
  await seedConversation(store);
  const sink = createBuiltinTicketSink({
    store,
    clock: systemClock,
    ids: createIdSource(),
    ticketUrl: (id) => `http://127.0.0.1:3000/v1/tickets/${id}`,
  });
  return { sink, store };
}

describeTicketSinkContract('builtin', makeBuiltin);

it('gives builtin tickets short ids people can read out, and keeps them in the store', async () => {
  const { sink, store } = await makeBuiltin();
  const ticket = await sink.create(
    {
      workspaceId: 'ws_a',
      botId: 'demo',
      conversationId: 'conv_1',
      trigger: 'no-answer',
      type: 'support',
      priority: 'medium',
      summary: 's',
      description: 'd',
      requester: null,
    },
    { idempotencyKey: 'conv_1:no-answer' },
  );
  expect(ticket.id).toMatch(/^FD-[0-9A-Z]{10}$/);
  expect(ticket.url).toBe(`http://127.0.0.1:3000/v1/tickets/${ticket.id}`);
  expect(await store.getTicket(ticket.id)).toEqual(ticket);
  await store.updateTicket(ticket.id, { status: 'resolved', updatedAt: ticket.updatedAt + 1 });
  expect((await sink.status(ticket)).status).toBe('resolved');
});
