// `GET /v1/events` against the real server: new tickets, messages and changes reach staff of that workspace only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, collectEvents, conversationIdOf, startVisitor } from './desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let staff: string;

beforeAll(async () => {
  server = await startTestServer();
  staff = await server.token({ role: 'staff' });
});
afterAll(() => server?.close());

/** Opens the stream and collects `{ event, data }` frames until closed. */
function listen(token: string) {
  return collectEvents(
    `${server.url}/v1/events`,
    { Authorization: `Bearer ${token}` },
    (block): { event: string; data: Record<string, unknown> } | undefined => {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      return event && data ? { event, data: JSON.parse(data) } : undefined;
    },
  );
}

describe('GET /v1/events', () => {
  it('needs a token', async () => {
    const response = await fetch(`${server.url}/v1/events`);
    expect(response.status).toBe(401);
  });

  it('streams a new ticket, its messages and a status change, to this workspace only', async () => {
    const stream = await listen(staff);
    const stranger = await listen(await server.token({ workspaceId: 'ws_events_other', role: 'owner' }));
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');

    const visitor = await startVisitor(server);
    const conversationId = conversationIdOf(await visitor.say('I want to talk to a human about my order'));
    await stream.until(() => stream.frames.some((frame) => frame.event === 'ticket-created'));
    const created = stream.frames.find((frame) => frame.event === 'ticket-created')!.data.ticket as {
      id: string;
      conversationId: string;
    };
    expect(created.conversationId).toBe(conversationId);
    const messages = stream.frames.filter((frame) => frame.event === 'message-created');
    expect(messages.map((frame) => frame.data.conversationId)).toContain(conversationId);

    await api(server, staff, 'PATCH', `/v1/tickets/${created.id}`, { status: 'pending' });
    await stream.until(() => stream.frames.some((frame) => frame.event === 'ticket-updated'));
    const updated = stream.frames.find((frame) => frame.event === 'ticket-updated')!.data.ticket;
    expect(updated).toMatchObject({ id: created.id, status: 'pending' });

    expect(stranger.frames).toEqual([]);
    await stream.close();
    await stranger.close();
  });

  it('ends the stream of a token revoked while it is open, with a final event and no more messages', async () => {
    const created = await api(server, OWNER_TOKEN, 'POST', '/v1/tokens', {
      name: 'short-lived',
      role: 'staff',
    });
    const stream = await listen(created.json.data.token);
    expect((await api(server, OWNER_TOKEN, 'DELETE', `/v1/tokens/${created.json.data.id}`)).status).toBe(200);
    const visitor = await startVisitor(server);
    await visitor.say('I want to talk to a human about my refund');
    await stream.until(() => stream.frames.some((frame) => frame.event === 'stream-end'));
    expect(stream.frames.filter((frame) => frame.event === 'message-created')).toEqual([]);
    await stream.close();
  });

  it('ends open streams with a final shutdown event when the server stops', async () => {
    const stopping = await startTestServer();
    const stream = await collectEvents(
      `${stopping.url}/v1/events`,
      { Authorization: `Bearer ${OWNER_TOKEN}` },
      (block) => /^event: (.*)$/m.exec(block)?.[1],
    );
    const closed = stopping.close();
    await stream.until(() => stream.frames.includes('shutdown'));
    await closed;
  });

  it('holds at most ten open streams per token: the eleventh is a 429 until one closes', async () => {
    const token = await server.token({ role: 'staff' });
    const open = [];
    for (let index = 0; index < 10; index++) open.push(await listen(token));
    const refused = await fetch(`${server.url}/v1/events`, { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ success: false, code: 'rate_limit_error' });
    await open.pop()!.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await listen(token);
    expect(again.response.status).toBe(200);
    await Promise.all([...open, again].map((stream) => stream.close()));
  });
});
