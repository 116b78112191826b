/** A ticket sink that keeps the ticket in the store and creates it in a remote system exactly once, through the outbox. */
import {
  backoffMs,
  type Clock,
  createSingleFlight,
  failureReason,
  type IdSource,
  type OutboxEntry,
  type Store,
  type Ticket,
  type TicketSink,
} from '@frontdesk/core';
import type { RemoteTicketSystem } from './remote-system.js';
import { newTicketRow } from './ticket-row.js';

export interface SyncedSinkOptions {
  store: Store;
  clock: Clock;
  ids: IdSource;
  remote: RemoteTicketSystem;
  /** Link to the ticket in Frontdesk until the remote one exists. */
  ticketUrl(id: string): string;
  /** Called right after the intent is stored, before the remote call (the crash test exits here). */
  afterIntent?: () => void;
  /** Names this sink's intents in the outbox (e.g. the integration id), so each sink resumes only its own. */
  sinkId?: string;
  /** Attempts before an intent is marked failed. Default 10. */
  maxAttempts?: number;
  /** Told of every attempt's outcome (error null: delivered), e.g. to show the integration's status. */
  onOutcome?: (outcome: { at: number; error: string | null }) => Promise<void>;
}

export interface SyncedTicketSink extends TicketSink {
  /** Completes stored intents that are due (after a crash or a failed call); returns how many it tried. */
  resume(): Promise<number>;
}

const outboxKey = (idempotencyKey: string) => `ticket:${idempotencyKey}`;

/** How long an instance holds a ticket intent it is syncing; another instance takes it over after that. */
const LEASE_MS = 60_000;

/**
 * Creating a ticket: (1) the ticket row and a `ticket` outbox entry are stored; (2) the remote is
 * called with the idempotency key; (3) the remote id is written back and the entry marked done.
 * A crash between (1) and (3) leaves the entry pending; `resume` runs (2) again, and the remote's
 * own lookup by key makes sure it creates nothing twice.
 */
export function createSyncedTicketSink(options: SyncedSinkOptions): SyncedTicketSink {
  const { store, clock, remote } = options;
  const once = createSingleFlight<Ticket>();
  const sinkId = options.sinkId ?? remote.name;

  /** The status is advisory: failing to record it must not fail (or repeat) the delivery. */
  async function report(outcome: { at: number; error: string | null }): Promise<void> {
    await options.onOutcome?.(outcome).catch(() => {});
  }

  async function sync(entry: OutboxEntry): Promise<Ticket> {
    const { ticketId, idempotencyKey } = JSON.parse(entry.payload) as {
      ticketId: string;
      idempotencyKey: string;
    };
    const ticket = await store.getTicket(ticketId);
    if (!ticket) throw new Error(`Ticket ${ticketId} of outbox entry ${entry.id} is missing.`);
    const attempts = entry.attempts + 1;
    try {
      const ref = await remote.create(ticket, idempotencyKey);
      const now = clock.now();
      const displayId = ref.displayId && ref.displayId !== ref.externalId ? ref.displayId : null;
      await store.updateTicket(ticket.id, {
        externalId: ref.externalId,
        url: ref.url,
        displayId,
        updatedAt: now,
      });
      await store.updateOutbox(entry.id, { status: 'delivered', attempts, error: null, updatedAt: now });
      await report({ at: now, error: null });
      return { ...ticket, externalId: ref.externalId, url: ref.url, displayId, updatedAt: now };
    } catch (error) {
      const final = attempts >= (options.maxAttempts ?? 10);
      await store.updateOutbox(entry.id, {
        status: final ? 'failed' : 'pending',
        attempts,
        error: failureReason(error),
        // Ticket intents are few and per conversation: no jitter, so the next try is predictable.
        nextAttemptAt: clock.now() + backoffMs(attempts, { jitter: false }),
        updatedAt: clock.now(),
      });
      await report({ at: clock.now(), error: failureReason(error) });
      return ticket;
    }
  }

  /** One sync per entry at a time in this process; concurrent callers share it. */
  function syncOnce(entry: OutboxEntry): Promise<Ticket> {
    return once(entry.key, () => sync(entry));
  }

  return {
    name: remote.name,
    async create(request, { idempotencyKey }) {
      const now = clock.now();
      // One commit for both: a crash cannot leave a ticket without the intent that delivers it.
      const { ticket, entry } = await store.insertTicketWithIntent(
        newTicketRow(request, {
          ids: options.ids,
          now,
          idempotencyKey,
          sink: remote.name,
          externalId: () => '',
          ticketUrl: (id) => options.ticketUrl(id),
        }),
        (stored) => ({
          id: options.ids.id('out'),
          workspaceId: stored.workspaceId,
          kind: 'ticket',
          key: outboxKey(idempotencyKey),
          conversationId: stored.conversationId,
          payload: JSON.stringify({ sinkId, ticketId: stored.id, idempotencyKey }),
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          error: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      options.afterIntent?.();
      if (entry.status !== 'pending') return ticket;
      // Only the claimer creates it remotely; another instance may hold the intent already.
      const claimed = await store.claimOutbox(entry.id, now, LEASE_MS);
      return claimed ? syncOnce(claimed) : ticket;
    },
    async status(ticket) {
      const current = (await store.getTicket(ticket.id)) ?? ticket;
      if (!current.externalId) return current;
      const status = await remote.status(current);
      return status ? { ...current, status } : current;
    },
    async resume() {
      const now = clock.now();
      const due = (await store.listDueOutbox(now, 100)).filter(
        (entry) =>
          entry.kind === 'ticket' && (JSON.parse(entry.payload) as { sinkId?: string }).sinkId === sinkId,
      );
      // Each intent under a lease: of two instances resuming at once, one syncs it.
      const claimed = await Promise.all(due.map((entry) => store.claimOutbox(entry.id, now, LEASE_MS)));
      const mine = claimed.filter((entry) => entry !== undefined);
      await Promise.all(mine.map(syncOnce));
      return mine.length;
    },
  };
}
