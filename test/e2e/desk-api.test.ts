// The ticket desk API against the real server: staff list, reply, change status; the widget sees it all; CSAT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, conversationIdOf, startVisitor } from './desk-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let staff: string;

beforeAll(async () => {
  server = await startTestServer();
  staff = await server.token({ role: 'staff' });
});
afterAll(() => server?.close());

async function openWidgetTicket(text = 'I want to talk to a human about my invoice') {
  const visitor = await startVisitor(server);
  const conversationId = conversationIdOf(await visitor.say(text));
  const list = await api(server, staff, 'GET', '/v1/tickets?channel=web&q=invoice');
  const ticket = list.json.data.find(
    (item: { conversationId: string }) => item.conversationId === conversationId,
  );
  return { visitor, conversationId, ticket };
}

describe('/v1/tickets', () => {
  it('lists the ticket a widget visitor opened, filtered and paged', async () => {
    const { ticket } = await openWidgetTicket();
    expect(ticket).toMatchObject({ status: 'open', channel: 'web', botId: 'demo', assignee: null });
    const slack = await api(server, staff, 'GET', '/v1/tickets?channel=slack');
    expect(slack.json.data).toEqual([]);
    const paged = await api(server, staff, 'GET', '/v1/tickets?limit=1&offset=0&sort=updatedAt&order=asc');
    expect(paged.json.data).toHaveLength(1);
    expect(paged.json.paging.total).toBeGreaterThanOrEqual(1);
    const bad = await api(server, staff, 'GET', '/v1/tickets?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('invalid_request_error');
    // A filter the API does not know is refused by name, never ignored.
    for (const path of ['/v1/tickets?assigned=me', '/v1/conversations?assigned=me', '/v1/csat?assigned=me']) {
      const unknown = await api(server, staff, 'GET', path);
      expect(unknown.status, path).toBe(400);
      expect(unknown.json.message, path).toContain('assigned');
    }
  });

  it('delivers a staff reply into the open widget, once, and keeps it in the transcript', async () => {
    const { visitor, conversationId, ticket } = await openWidgetTicket();
    const stream = await visitor.listen(conversationId);
    const reply = await api(server, staff, 'POST', `/v1/tickets/${ticket.id}/replies`, {
      text: 'Hi, this is Grace from support. I have fixed the invoice.',
    });
    expect(reply.status).toBe(201);
    expect(reply.json.data).toMatchObject({ role: 'staff', delivery: { status: 'delivered', error: null } });
    await stream.until(() => stream.received.some((message) => message.role === 'staff'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stream.received.filter((message) => message.role === 'staff')).toHaveLength(1);
    expect(stream.received[0]?.text).toContain('Grace from support');
    await stream.close();

    const detail = await api(server, staff, 'GET', `/v1/tickets/${ticket.id}`);
    expect(detail.json.data.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
      'staff',
    ]);
    const transcript = await api(server, staff, 'GET', `/v1/conversations/${conversationId}/transcript`);
    expect(transcript.json.data.at(-1).text).toContain('Grace from support');
  });

  it('posts a status change back, asks for a rating when resolved, and stores the answer', async () => {
    const { visitor, conversationId, ticket } = await openWidgetTicket();
    const stream = await visitor.listen(conversationId);
    const changed = await api(server, staff, 'PATCH', `/v1/tickets/${ticket.id}`, {
      status: 'resolved',
      priority: 'high',
      assignee: 'grace@example.com',
    });
    expect(changed.json.data).toMatchObject({
      status: 'resolved',
      priority: 'high',
      assignee: 'grace@example.com',
    });
    await stream.until(() => stream.received.length >= 2);
    expect(stream.received.map((message) => message.text)).toEqual([
      `Your ticket ${ticket.id} is now resolved.`,
      expect.stringContaining('from 1 (poor) to 5 (excellent)'),
    ]);
    await stream.close();

    const thanks = await visitor.say('5', conversationId);
    expect(thanks).toContain('Thank you for your rating (5/5)');
    const csat = await api(server, staff, 'GET', '/v1/csat');
    expect(csat.json.data).toContainEqual(expect.objectContaining({ ticketId: ticket.id, score: 5 }));
  });

  it('checks permissions and hides other workspaces', async () => {
    const { ticket, conversationId } = await openWidgetTicket();
    const viewer = await server.token({ role: 'viewer' });
    expect((await api(server, viewer, 'GET', `/v1/tickets/${ticket.id}`)).status).toBe(200);
    const denied = await api(server, viewer, 'PATCH', `/v1/tickets/${ticket.id}`, { status: 'closed' });
    expect(denied.status).toBe(403);
    expect(denied.json.code).toBe('permission_error');
    expect(
      (await api(server, viewer, 'POST', `/v1/tickets/${ticket.id}/replies`, { text: 'x' })).status,
    ).toBe(403);
    const stranger = await server.token({ workspaceId: 'ws_other', role: 'owner' });
    expect((await api(server, stranger, 'GET', `/v1/tickets/${ticket.id}`)).status).toBe(404);
    expect((await api(server, stranger, 'GET', `/v1/conversations/${conversationId}`)).status).toBe(404);
    expect((await api(server, stranger, 'GET', '/v1/tickets')).json.data).toEqual([]);
  });
});

describe('/v1/conversations', () => {
  it('lists conversations and lets staff take one over and hand it back', async () => {
    const { conversationId } = await openWidgetTicket();
    const list = await api(server, staff, 'GET', '/v1/conversations?channel=web');
    expect(list.json.data.map((item: { id: string }) => item.id)).toContain(conversationId);
    const taken = await api(server, staff, 'POST', `/v1/conversations/${conversationId}/takeover`);
    expect(taken.json.data.paused).toBe(true);
    expect((await api(server, staff, 'GET', `/v1/conversations/${conversationId}`)).json.data.paused).toBe(
      true,
    );
    await api(server, staff, 'POST', `/v1/conversations/${conversationId}/handback`);
    expect((await api(server, staff, 'GET', `/v1/conversations/${conversationId}`)).json.data.paused).toBe(
      false,
    );
  });

  it('tells staff a reply waits for the visitor when no widget is open, and keeps it in the transcript', async () => {
    const { conversationId, ticket } = await openWidgetTicket();
    const reply = await api(server, staff, 'POST', `/v1/tickets/${ticket.id}/replies`, {
      text: 'Hi, Grace here: the refund is on its way.',
    });
    expect(reply.status).toBe(201);
    expect(reply.json.data).toMatchObject({ role: 'staff', delivery: { status: 'waiting', error: null } });
    const transcript = await api(server, staff, 'GET', `/v1/conversations/${conversationId}/transcript`);
    expect(transcript.json.data.at(-1).text).toContain('refund is on its way');
  });

  it('records a reply to an API conversation as failed delivery, kept in the transcript', async () => {
    const response = await server.post('/v1/bots/demo/message', {
      message: { text: 'How do I reset my password?' },
    });
    const conversationId = ((await response.json()) as { data: { conversationId: string } }).data
      .conversationId;
    const reply = await api(server, staff, 'POST', `/v1/conversations/${conversationId}/replies`, {
      text: 'Hello',
    });
    expect(reply.status).toBe(201);
    expect(reply.json.data.delivery).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('api channel'),
    });
  });
});
