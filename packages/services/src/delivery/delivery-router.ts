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
  /** True once the instance stops: `drain` finishes the deliveries it started and claims no more. */
  stopping?: () => boolean;
}

export interface DeliveryRouter {
  /**
   * Records the message in the outbox (its id is the key, so a second send is a no-op) and tries
   * it at once; a failure is retried with backoff by `drain`. Resolves with the outbox entry.
   */
  send(conversation: Conversation, message: OutgoingMessage): Promise<OutboxEntry>;
  /**
   * Delivers due pending entries, 8 at a time and up to 50, claiming each as it starts; returns
   * how many it tried. Once `stopping()` it starts no more.
   */
  drain(): Promise<number>;
}

/** How long an instance holds an entry it is delivering; another instance takes it over after that. */
const LEASE_MS = 60_000;
/** Deliveries one drain makes at once, and at most in all. */
const DRAIN_LANES = 8;
const DRAIN_LIMIT = 50;

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
      // Each lane claims one entry when it is free to start it, so an instance holds a lease only
      // on deliveries it is making: once stopping it claims nothing more, and what it did not
      // start stays due for another instance at once (a batch claimed ahead would wait out its lease).
      let claims = 0;
      let tried = 0;
      const take = async (): Promise<OutboxEntry | undefined> => {
        if (claims >= DRAIN_LIMIT || options.stopping?.()) return undefined;
        claims += 1;
        const [entry] = await store.claimDueOutbox({
          now: clock.now(),
          leaseMs: LEASE_MS,
          limit: 1,
          kind: 'delivery',
        });
        // Nothing due: no lane claims again in this pass.
        if (!entry) claims = DRAIN_LIMIT;
        return entry;
      };
      const lane = async (first: OutboxEntry | undefined) => {
        for (let entry = first; entry; entry = await take()) {
          tried += 1;
          await run(entry);
        }
      };
      const first = await take();
      if (!first) return 0;
      await Promise.all([
        lane(first),
        ...Array.from({ length: DRAIN_LANES - 1 }, async () => lane(await take())),
      ]);
      return tried;
    },
  };
}
