/** The conversation core: options, the `Core` object, and its factory. */
import type { AgentClient } from './agent-client.js';
import type { Clock } from './clock.js';
import type { IdSource } from './id-source.js';
import type { IncomingMessage, Reply } from './incoming-message.js';
import type { RateLimiter, RateLimitPolicy } from './rate-limiter.js';
import type { Bot } from './records.js';
import type { Sleep } from './session-rules/debounce.js';
import type { Store } from './store.js';
import type { TicketSink } from './ticket-sink.js';

export interface CoreOptions {
  store: Store;
  /** The agent that answers for a bot (by `bot.agent.kind`). */
  agentFor(bot: Bot): AgentClient;
  /** The ticket system a bot's tickets go to. */
  ticketSinkFor(bot: Bot): TicketSink;
  rateLimiter: RateLimiter;
  /** Limits for bots without their own `settings.rateLimits`. */
  defaultRateLimits: RateLimitPolicy;
  clock?: Clock;
  ids?: IdSource;
  /** Waits for debounce and `delayMessage`; tests pass a controllable one. Default: timers. */
  sleep?: Sleep;
}

export interface Core {
  /**
   * Runs one message through dedupe → rate limit → conversation → agent → ticket policy → persist.
   * Rejects with a FrontdeskError for anything decided before the agent runs (unknown bot,
   * rate limit, conversation not found, idempotency mismatch); later failures surface while
   * iterating `reply.events`. Aborting `signal` cancels the agent call.
   */
  handleIncoming(message: IncomingMessage, options?: { signal?: AbortSignal }): Promise<Reply>;
}
