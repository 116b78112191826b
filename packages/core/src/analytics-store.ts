/** The port of analytics: aggregate counts over conversations, tickets, feedback and CSAT, computed where the rows are. */
import type { Channel } from './records.js';

/** Rows of one workspace in [from, to), optionally of one bot and one channel, in buckets of `bucketMs`. */
export interface AnalyticsFilter {
  workspaceId: string;
  from: number;
  to: number;
  bucketMs: number;
  botId?: string | undefined;
  channel?: Channel | undefined;
}

/** Conversations begun in one bucket on one channel, and how they went. */
export interface ConversationOutcomeCount {
  /** The bucket's index from `from`: 0 for [from, from + bucketMs). */
  bucket: number;
  channel: Channel;
  conversations: number;
  /** Conversations with at least one ticket (a hand-over to a person). */
  handedOver: number;
  /** Conversations the bot answered at least once and that never got a ticket. */
  answered: number;
}

/** Staff's first reply to the tickets opened in one bucket, in milliseconds after the ticket. */
export interface FirstReplyStats {
  bucket: number;
  /** Tickets of the bucket that have a staff reply. */
  count: number;
  /** The middle wait (the mean of the two middle ones for an even count). */
  median: number;
  /** The nearest-rank 90th percentile: the wait at rank ⌈0.9 × count⌉. */
  p90: number;
}

export interface AnalyticsStore {
  /** Conversations begun in the range, per bucket and channel. */
  countConversationOutcomes(filter: AnalyticsFilter): Promise<ConversationOutcomeCount[]>;
  /** Tickets opened in the range, per trigger (the reason of the hand-over). */
  countHandovers(filter: AnalyticsFilter): Promise<{ trigger: string; count: number }[]>;
  /** 👍/👎 given in the range, per bucket. */
  countFeedback(
    filter: AnalyticsFilter,
  ): Promise<{ bucket: number; feedback: 'helpful' | 'not-helpful'; count: number }[]>;
  /** CSAT answers given in the range, per bucket: how many and the sum of their scores. */
  sumCsat(filter: AnalyticsFilter): Promise<{ bucket: number; count: number; total: number }[]>;
  /** Time to the first staff message after each ticket opened in the range, per bucket. */
  firstReplyTimes(filter: AnalyticsFilter): Promise<FirstReplyStats[]>;
  /**
   * Tickets not resolved (see `isResolvedStatus`) at `now`, counted by age: index i counts ages
   * below `edges[i]` (and at or above `edges[i - 1]`); the last index counts the rest.
   */
  countOpenTicketsByAge(filter: {
    workspaceId: string;
    botId?: string | undefined;
    channel?: Channel | undefined;
    now: number;
    edges: readonly number[];
  }): Promise<number[]>;
}

/** The statuses `isResolvedStatus` accepts, lower case: a ticket in none of them is open. */
export const RESOLVED_STATUSES = ['resolved', 'closed', 'done', 'solved', 'completed'] as const;
