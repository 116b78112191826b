/** The port of the outbox: work that must reach another system exactly once (deliveries, ticket intents). */

/** `delivery`: a message to a channel; `ticket`: a ticket to create in a ticket system. */
export type OutboxKind = 'delivery' | 'ticket';

/**
 * `pending`: due for an attempt. `delivered`: the person's channel has it (a ticket system has the
 * ticket). `waiting`: saved in the conversation, shown when the person comes back (no one listening).
 * `failed`: it never will arrive; `error` says why.
 */
export type OutboxStatus = 'pending' | 'delivered' | 'waiting' | 'failed';

export interface OutboxEntry {
  id: string;
  workspaceId: string;
  kind: OutboxKind;
  /** Unique per workspace: the OutgoingMessage id or the ticket idempotency key. */
  key: string;
  conversationId: string;
  /** What to send, as JSON. */
  payload: string;
  status: OutboxStatus;
  attempts: number;
  /** When a pending entry is due again (milliseconds). */
  nextAttemptAt: number;
  /** Why the last attempt failed; never a secret. */
  error: string | null;
  createdAt: number;
  updatedAt: number;
}

/** What `claimDueOutbox` takes. */
export interface OutboxClaim {
  now: number;
  /**
   * How long the claimer holds what it gets: the entries' `nextAttemptAt` moves to `now + leaseMs`,
   * so no other claimer gets them before then, and a claimer that dies leaves them to the next
   * one once the lease ends. Longer than one attempt may take.
   */
  leaseMs: number;
  limit: number;
  /** Only entries of this kind; default: every kind. */
  kind?: OutboxKind;
}

export interface OutboxStore {
  /** Inserts the entry unless one with its workspace and key exists; returns the stored one. */
  enqueueOutbox(entry: OutboxEntry): Promise<OutboxEntry>;
  getOutboxByKey(workspaceId: string, key: string): Promise<OutboxEntry | undefined>;
  /** Pending entries with `nextAttemptAt <= now`, oldest first, at most `limit`. */
  listDueOutbox(now: number, limit: number): Promise<OutboxEntry[]>;
  /**
   * Takes up to `limit` due pending entries, oldest first, under a lease (see OutboxClaim): two
   * claimers, in one process or on two instances, never get the same entry while its lease runs.
   * Finish each with `updateOutbox` (delivered, failed, or pending with the next retry time).
   */
  claimDueOutbox(claim: OutboxClaim): Promise<OutboxEntry[]>;
  /**
   * Takes the one entry `id` under a lease of `leaseMs` when it is pending and due at `now`;
   * undefined when another claimer holds it, it is not due yet, it is finished, or it is unknown.
   */
  claimOutbox(id: string, now: number, leaseMs: number): Promise<OutboxEntry | undefined>;
  updateOutbox(
    id: string,
    changes: Partial<Pick<OutboxEntry, 'status' | 'attempts' | 'nextAttemptAt' | 'error' | 'payload'>> & {
      updatedAt: number;
    },
  ): Promise<void>;
}
