// `GET /v1/events` against the real server: new tickets, messages and changes reach staff of that workspace only.
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

/** Opens the stream and collects `{ event, data }` frames until closed. */
async function listen(token: string) {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/v1/events`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const frames: { event: string; data: Record<string, unknown> }[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) frames.push({ event, data: JSON.parse(data) });
      }
    }
  })();
  return {
    response,
    frames,
    async until(predicate: () => boolean) {
      const deadline = Date.now() + 5000;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`Not received: ${JSON.stringify(frames)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
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
});
