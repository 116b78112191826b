/** What every channel hands the core, and what the core hands back. */
import type { RateLimitState } from './errors.js';
import type { Channel, Requester } from './records.js';
import type { SkipReason } from './session-rules/decide-session.js';
import type { ReplyEvent } from './wire.js';

export interface IncomingMessage {
  workspaceId: string;
  botId: string;
  channel: Channel;
  text: string;
  /** Who is sending, for rate limits: the client address, or the channel's user id. */
  clientKey: string;
  /** Continue this conversation; it must belong to the same workspace and bot, else `channelKey` is used (404 without one). */
  conversationId?: string;
  /** The channel's thread (`slack:{team}:{channel}:{thread_ts}`); found or created. */
  channelKey?: string;
  /** With neither of the above, a new conversation gets the key `{channelScope}:{n}`. */
  channelScope?: string;
  /** The channel's id of this message; a second message with the same id is a duplicate. */
  channelMessageId?: string;
  requester?: Requester;
  /** The person asked for a human through the channel (a button, a reaction): open a ticket, skip the agent. */
  escalate?: boolean;
  /** A link back to the channel's thread (Slack permalink, Teams deep link), put on tickets; none for web and api. */
  conversationLink?: string;
  /**
   * The person sent only something other than text (a file, an image, a sticker): the agent is
   * not asked; the bot answers with its `unknownMessage`, or a built-in "text only" reply without one.
   */
  nonText?: boolean;
  /** Staff (the business side) wrote this in the conversation; see the rules `stopBotFromMe`, `listeningFromMe`. */
  fromStaff?: boolean;
  /** A client-chosen key: a retry within 24 h returns the first reply. */
  idempotency?: { key: string; fingerprint: string };
}

export interface Reply {
  /** True when this message was already handled (same channel message id); `events` is empty. */
  duplicate: boolean;
  conversationId: string;
  /** The tightest rate-limit window after this request, for `RateLimit-*` headers. */
  rateLimit: RateLimitState | null;
  /** True when this reply is the stored answer to an earlier request with the same idempotency key. */
  replayed: boolean;
  /** Set when the bot's rules kept it silent (ignored, paused, no trigger, …); `events` then only ends the reply. */
  skipped?: SkipReason;
  /**
   * The reply as events, ending with `message-end`. Iterating throws a FrontdeskError
   * (e.g. AgentError) when the reply fails part-way; `error` events are the channels' to emit.
   */
  events: AsyncIterable<ReplyEvent>;
}
