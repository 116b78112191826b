/** A bot's rules as they apply: its own over the workspace's defaults (the seed's "settings") over the built-in ones. */
import { type BotRules, botRulesSchema } from './rules-schema.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `own` is what the bot's rules routes stored: only the rules it set (older bots hold every rule,
 * so defaults never reach them). Defaults that do not fit the bot's own rules are left out.
 */
export function effectiveRules(workspaceDefaults: unknown, own: unknown): BotRules {
  const mine = isObject(own) ? own : {};
  const merged = botRulesSchema.safeParse({
    ...(isObject(workspaceDefaults) ? workspaceDefaults : {}),
    ...mine,
  });
  return merged.success ? merged.data : botRulesSchema.parse(mine);
}
