/** Sends activities into one conversation: paced to Teams' limits, retried with jittered back-off on 429. */
import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { ConversationLimiter } from './conversation-limiter.js';
import { ConversationGoneError, classifySendError } from './errors.js';

export interface SendPolicy {
  limiter: ConversationLimiter;
  maxRetries: number;
  retryBaseMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** Called with the wait before each retry, for logs and tests. */
  onRetry?: (attempt: number, waitMs: number) => void;
}

/** Sends one activity and returns its id; throws ConversationGoneError on 403 roster / 404. */
export type Send = (activity: Partial<Activity>) => Promise<string | undefined>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A `send` bound to a turn context (inbound or continued from a stored reference). */
export function createSend(context: TurnContext, conversationKey: string, policy: SendPolicy): Send {
  const sleep = policy.sleep ?? defaultSleep;
  return async (activity) => {
    for (let attempt = 0; ; attempt++) {
      await policy.limiter.acquire(conversationKey);
      try {
        const response = await context.sendActivity(activity as Activity);
        return response?.id;
      } catch (error) {
        const failure = classifySendError(error);
        if (failure.kind === 'gone') throw new ConversationGoneError(failure.status, failure.reason);
        if (failure.kind !== 'throttled' || attempt >= policy.maxRetries) throw error;
        // Full jitter on an exponential back-off, never shorter than Teams' Retry-After.
        const backoff = Math.random() * policy.retryBaseMs * 2 ** attempt;
        const wait = Math.max(failure.retryAfterMs ?? 0, backoff);
        policy.onRetry?.(attempt + 1, wait);
        await sleep(wait);
      }
    }
  };
}
