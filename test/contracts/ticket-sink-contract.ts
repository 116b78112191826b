// The TicketSink contract: every sink (builtin, Jira, ServiceNow, webhook) must pass it.
import type { Store, TicketRequest, TicketSink } from '@frontdesk/core';
import { beforeEach, describe, expect, it } from 'vitest';

export interface SinkUnderTest {
  sink: TicketSink;
  /** The store the core keeps its own copy of tickets in. */
  store: Store;
  /** How many tickets the remote system holds (remote sinks), to prove nothing was created twice. */
  remoteCount?: () => number;
}

const request = (overrides: Partial<TicketRequest> = {}): TicketRequest => ({
  workspaceId: 'ws_a',
  botId: 'demo',
  conversationId: 'conv_1',
  trigger: 'human-request',
  type: 'support',
  priority: 'high',
  summary: 'Cannot download my invoice',
  description: '**Customer**: Cannot download my invoice',
  requester: { name: 'Ada Lovelace', email: 'ada@example.com' },
  ...overrides,
});

/** Registers the contract for one sink; `make` builds a fresh sink with a seeded conversation. */
export function describeTicketSinkContract(name: string, make: () => Promise<SinkUnderTest>): void {
  describe(`TicketSink contract: ${name}`, () => {
    let subject: SinkUnderTest;
    beforeEach(async () => {
      subject = await make();
    });

    it('creates an open ticket carrying the request, with an id and a link', async () => {
      const ticket = await subject.sink.create(request(), { idempotencyKey: 'conv_1:human-request' });
      expect(ticket).toMatchObject({
        workspaceId: 'ws_a',
        conversationId: 'conv_1',
        status: 'open',
        type: 'support',
        priority: 'high',
        summary: 'Cannot download my invoice',
        requester: { name: 'Ada Lovelace', email: 'ada@example.com' },
        sink: subject.sink.name,
      });
      expect(ticket.id).toMatch(/\S/);
      expect(ticket.url).toMatch(/^https?:\/\//);
    });

    it('creates one ticket per idempotency key, even when asked twice at once', async () => {
      const key = 'conv_1:human-request';
      const [first, second] = await Promise.all([
        subject.sink.create(request(), { idempotencyKey: key }),
        subject.sink.create(request({ summary: 'again' }), { idempotencyKey: key }),
      ]);
      expect(second.id).toBe(first.id);
      const third = await subject.sink.create(request(), { idempotencyKey: key });
      expect(third.id).toBe(first.id);
      const other = await subject.sink.create(request(), { idempotencyKey: 'conv_1:no-answer' });
      expect(other.id).not.toBe(first.id);
      if (subject.remoteCount) expect(subject.remoteCount()).toBe(2);
    });

    it('reads back the current status', async () => {
      const ticket = await subject.sink.create(request(), { idempotencyKey: 'k' });
      expect((await subject.sink.status(ticket)).status).toBe('open');
    });
  });
}
