/** The rules a bot was given, and only those: the rest follow the workspace's defaults (`/v1/settings/rules`). */
import type { BotRules } from '@frontdesk/core';

/**
 * `parsed` is the validated rules (defaults filled in); `given` the rules object as sent or merged.
 * The result keeps the validated values of the given keys only; it is stored as the bot's own rules.
 */
export function ownRules(parsed: BotRules, given: unknown): BotRules {
  const keys = typeof given === 'object' && given !== null && !Array.isArray(given) ? Object.keys(given) : [];
  const own = Object.fromEntries(
    keys.filter((key) => key in parsed).map((key) => [key, parsed[key as keyof BotRules]]),
  );
  // Stored as given, like the rules routes do; every reader parses it (see effectiveRules).
  return own as BotRules;
}
