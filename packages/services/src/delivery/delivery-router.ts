/** `createDeliveryRouter`: later messages go to the adapter of the conversation's channel, through the outbox. */
import {
  backoffMs,
  type Channel,
  type Clock,
  type Conversation,
  createSingleFlight,
  type DeliveryPort,
  failureReason,
  type IdSource,
  isPermanentDeliveryError,
  type OutboxEntry,
  type OutgoingMessage,
  type Store,
} from '@frontdesk/core';
import type { Logger } from 'pino';

export interface DeliveryRouterOptions {
  store: Store;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  /** The channels' ports; read on every delivery, so a port registered later is used. */
  ports(): DeliveryPort[];
  /** Attempts before an entry is marked failed. Default 8 (about four minutes of retries). */
  maxAttempts?: number;
  /** First retry delay; doubles each time. Default 1000 ms. */
  baseDelayMs?: number;
  /** True once the instance stops: `drain` hands the entries it has not started back (due at once). */
  stopping?: () => boolean;
}

export interface DeliveryRouter {
  /**
   * Records the message in the outbox (its id is the key, so a second send is a no-op) and tries
   * it at once; a failure is retried with backoff by `drain`. Resolves with the outbox entry.
   */
  send(conversation: Conversation, message: OutgoingMessage): Promise<OutboxEntry>;
  /**
   * Claims the due pending entries and delivers them, a few at a time; returns how many it
   * claimed. Once `stopping()`, the claimed entries not started yet are handed back instead.
   */
  drain(): Promise<number>;
}

/** How long an instance holds an entry it is delivering; another instance takes it over after that. */
const LEASE_MS = 60_000;
/** Deliveries one drain runs at once; the rest of its claim waits for a free lane (or is handed back). */
const DRAIN_LANES = 8;

interface DeliveryPayload {
  message: OutgoingMessage;
}

/** Builds the router; `drain` is run on a timer by the outbox worker. */
export function createDeliveryRouter(options: DeliveryRouterOptions): DeliveryRouter {
  const { store, clock, logger } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  // One attempt at a time per entry, in this process.
  const once = createSingleFlight<OutboxEntry>();

  function portFor(channel: Channel): DeliveryPort | undefined {
    return options.ports().find((port) => port.channel === channel);
  }

  async function attempt(entry: OutboxEntry): Promise<OutboxEntry> {
    const attempts = entry.attempts + 1;
    const conversation = await store.getConversation(entry.conversationId);
    const port = conversation && portFor(conversation.channel);
    if (!conversation || !port) {
      // The api channel has no push: the message stays in the transcript the client reads.
      const error = conversation
        ? `The ${conversation.channel} channel cannot receive messages; the message is in the transcript.`
        : 'The conversation no longer exists.';
      const failed = { status: 'failed' as const, attempts, error, updatedAt: clock.now() };
      await store.updateOutbox(entry.id, failed);
      return { ...entry, ...failed };
    }
    const { message } = JSON.parse(entry.payload) as DeliveryPayload;
    try {
      const outcome = (await port.deliver(conversation, message)) ?? 'delivered';
      const done = { status: outcome, attempts, error: null, updatedAt: clock.now() };
      await store.updateOutbox(entry.id, done);
      return { ...entry, ...done };
    } catch (error) {
      const reason = failureReason(error);
      // A platform that will never take this message (bot removed, channel gone): failed now, not retried.
      const permanent = isPermanentDeliveryError(error);
      const final = permanent || attempts >= maxAttempts;
      const changes = {
        status: final ? ('failed' as const) : ('pending' as const),
        attempts,
        error: reason,
        nextAttemptAt: clock.now() + backoffMs(attempts, { baseMs: options.baseDelayMs ?? 1000 }),
        updatedAt: clock.now(),
      };
      await store.updateOutbox(entry.id, changes);
      logger.warn(
        { outboxId: entry.id, channel: conversation.channel, attempts, final, permanent, reason },
        final ? 'delivery failed for good' : 'delivery failed; will retry',
      );
      return { ...entry, ...changes };
    }
  }

  /** Ends this instance's lease on an entry it never tried: due now, for another instance. */
  async function handBack(entry: OutboxEntry): Promise<boolean> {
    const now = clock.now();
    return store.updateOutbox(entry.id, { nextAttemptAt: now, updatedAt: now }).then(
      () => true,
      (error: unknown) => {
        logger.warn(
          { err: error, outboxId: entry.id },
          'could not hand a delivery back; due after its lease',
        );
        return false;
      },
    );
  }

  function run(entry: OutboxEntry): Promise<OutboxEntry> {
    return once(entry.id, () => attempt(entry));
  }

  return {
    async send(conversation, message) {
      const now = clock.now();
      const entry = await store.enqueueOutbox({
        id: options.ids.id('out'),
        workspaceId: conversation.workspaceId,
        kind: 'delivery',
        key: message.id,
        conversationId: conversation.id,
        payload: JSON.stringify({ message } satisfies DeliveryPayload),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        error: null,
        createdAt: now,
        updatedAt: now,
      });
      // Sent before (same id): never again.
      if (entry.status !== 'pending' || entry.attempts > 0) return entry;
      // Only the claimer sends: another instance, or a drain, may hold it already.
      const claimed = await store.claimOutbox(entry.id, now, LEASE_MS);
      return claimed ? run(claimed) : entry;
    },
    async drain() {
      const due = await store.claimDueOutbox({
        now: clock.now(),
        leaseMs: LEASE_MS,
        limit: 50,
        kind: 'delivery',
      });
      let next = 0;
      let handedBack = 0;
      const lane = async () => {
        for (let entry = due[next++]; entry; entry = due[next++]) {
          if (!options.stopping?.()) await run(entry);
          else if (await handBack(entry)) handedBack += 1;
        }
      };
      await Promise.all(Array.from({ length: Math.min(DRAIN_LANES, due.length) }, lane));
      if (handedBack > 0) logger.info({ handedBack }, 'stopping: deliveries not started handed back');
      return due.length;
    },
  };
}
