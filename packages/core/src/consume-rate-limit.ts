/** One step of the pipeline: the message spends from its client's rate-limit budget, or is refused with a 429. */
import type { CoreOptions } from './core.js';
import { RateLimitError, type RateLimitState } from './errors.js';
import type { IncomingMessage } from './incoming-message.js';
import { parseRateLimitPolicy } from './rate-limiter.js';
import type { Bot } from './records.js';

/** The budget left after this message, or null when no limit applies. */
export async function consumeRateLimit(
  options: Pick<CoreOptions, 'rateLimiter' | 'defaultRateLimits'>,
  bot: Bot,
  message: Pick<IncomingMessage, 'workspaceId' | 'clientKey'>,
): Promise<RateLimitState | null> {
  const policy = bot.settings.rateLimits
    ? parseRateLimitPolicy(bot.settings.rateLimits)
    : options.defaultRateLimits;
  if (policy.length === 0) return null;
  // One budget per client across the workspace's bots, unless the bot keeps its own (its own limits imply it).
  const key =
    bot.settings.rateLimitScope === 'bot' || bot.settings.rateLimits
      ? `${message.workspaceId}:bot:${bot.id}:${message.clientKey}`
      : `${message.workspaceId}:${message.clientKey}`;
  const decision = await options.rateLimiter.consume(key, policy);
  const state = { limit: decision.limit, remaining: decision.remaining, resetMs: decision.resetMs };
  if (!decision.allowed) throw new RateLimitError(decision.retryAfterMs, state);
  return state;
}
