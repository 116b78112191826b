/** Live-event checks shared by the Redis and the PostgreSQL-only clusters. */
import { expect, it } from 'vitest';
import { collectEvents, conversationIdOf, startVisitor } from '../e2e/desk-helpers.js';
import type { TestServer } from '../e2e/harness.js';
import { type Cluster, eventually, TOKEN } from './cluster.js';

/** The console's stream on A hears a ticket and the messages of a conversation held on B. */
export async function consoleOnAHearsB(cluster: Cluster): Promise<void> {
  const stream = await collectEvents(
    `${cluster.a.url}/v1/events`,
    { Authorization: `Bearer ${TOKEN}` },
    (
      block,
    ): { event: string; data: Record<string, { conversationId?: string; text?: string }> } | undefined => {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      return event && data ? { event, data: JSON.parse(data) } : undefined;
    },
  );
  expect(stream.response.status).toBe(200);
  const visitor = await startVisitor({ url: cluster.b.url } as TestServer);
  const conversationId = conversationIdOf(await visitor.say('I want to talk to a human about my refund'));
  await stream.until(() =>
    stream.frames.some(
      (frame) => frame.event === 'ticket-created' && frame.data.ticket?.conversationId === conversationId,
    ),
  );
  await stream.until(() =>
    stream.frames.some(
      (frame) => frame.event === 'message-created' && frame.data.message?.text?.includes('my refund'),
    ),
  );
  await stream.close();
}

/** A widget stream on A gets a staff reply (`delivered`), typing and read sent through B; with no stream open, 'waiting'. */
export async function widgetOnAHearsB(cluster: Cluster): Promise<void> {
  const visitor = await startVisitor({ url: cluster.a.url } as TestServer);
  const conversationId = conversationIdOf(await visitor.say('I want to talk to a human about my order'));
  const ticket = await eventually(() =>
    cluster.store.findTicketByIdempotencyKey('ws_default', `${conversationId}:human-request`),
  );
  const stream = await visitor.listen(conversationId);
  const reply = await cluster.b.api('POST', `/v1/tickets/${ticket.id}/replies`, { text: 'Sent from B.' });
  expect(reply.status).toBe(201);
  const { data } = (await reply.json()) as { data: { id: string } };
  await stream.until(() => stream.received.some((message) => message.text === 'Sent from B.'));
  expect(stream.received.filter((message) => message.text === 'Sent from B.')).toHaveLength(1);
  expect(await cluster.store.getOutboxByKey('ws_default', data.id)).toMatchObject({ status: 'delivered' });
  // Staff typing and reading on B show on A's stream too.
  const signals = () => stream.received.map((frame) => (frame as { type?: string }).type);
  expect((await cluster.b.api('POST', `/v1/conversations/${conversationId}/typing`)).status).toBe(202);
  await stream.until(() => signals().includes('typing'));
  expect((await cluster.b.api('POST', `/v1/conversations/${conversationId}/read`)).status).toBe(202);
  await stream.until(() => signals().includes('read'));
  await stream.close();

  // Nobody listens anywhere now: the next reply waits in the transcript, never "delivered".
  const later = await cluster.a.api('POST', `/v1/tickets/${ticket.id}/replies`, { text: 'Nobody here.' });
  const laterId = ((await later.json()) as { data: { id: string } }).data.id;
  const entry = await eventually(async () => {
    const found = await cluster.store.getOutboxByKey('ws_default', laterId);
    return found && found.status !== 'pending' ? found : undefined;
  });
  expect(entry.status).toBe('waiting');
}

/** A widget stream on A shows staff typing and reading sent through B (staff on the other instance). */
export async function widgetOnAHearsPresenceFromB(cluster: Cluster): Promise<void> {
  const visitor = await startVisitor({ url: cluster.a.url } as TestServer);
  const conversationId = conversationIdOf(await visitor.say('I want to talk to a human about my invoice'));
  const signals = (type: string) =>
    (stream.received as unknown as Array<{ type?: string }>).filter((signal) => signal.type === type);
  // Read before the stream opens: the stream's first `read` (from the store) says it is live.
  expect((await cluster.b.api('POST', `/v1/conversations/${conversationId}/read`)).status).toBe(202);
  const stream = await visitor.listen(conversationId);
  await stream.until(() => signals('read').length === 1);

  const typing = await cluster.b.api('POST', `/v1/conversations/${conversationId}/typing`);
  expect(await typing.json()).toMatchObject({ data: { conversationId, delivered: true } });
  await stream.until(() => signals('typing').length > 0);
  // A second read through B arrives live, over the bus.
  expect((await cluster.b.api('POST', `/v1/conversations/${conversationId}/read`)).status).toBe(202);
  await stream.until(() => signals('read').length === 2);
  // One signal from B is one event on A, not one per instance.
  expect(signals('typing')).toHaveLength(1);
  await stream.close();
}

/** Both instances answer `/readyz` with the store and migrations ok, and `redis` for Redis. */
export async function bothReady(cluster: Cluster, redis: 'ok' | 'not-used'): Promise<void> {
  for (const instance of [cluster.a, cluster.b]) {
    const ready = await fetch(`${instance.url}/readyz`);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: { store: 'ok', redis, migrations: 'ok' },
    });
  }
}

/** The tests of the live events above, for the cluster `cluster()` returns once it has started. */
export function liveEventTests(cluster: () => Cluster): void {
  it('a widget stream on A receives a staff reply sent through B, reported as delivered', () =>
    widgetOnAHearsB(cluster()));

  it("the console's stream on A hears tickets and messages of a conversation on B", () =>
    consoleOnAHearsB(cluster()));

  it('a widget stream on A shows staff typing and reading sent through B', () =>
    widgetOnAHearsPresenceFromB(cluster()));
}
