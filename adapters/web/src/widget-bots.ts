/** Loads the bot behind a widget request and decides whether a page's origin may use it. */
import { type Bot, botSettingsSchema, PermissionError, type Store, ValidationError } from '@frontdesk/core';
import type { Context } from 'hono';
import { isLocalhost, isOriginAllowed, originOf } from './origins.js';
import type { WidgetEnv } from './widget-env.js';

/** The bot with today's setting defaults; refuses unknown bots and bots whose widget is off. */
export async function loadWidgetBot(store: Store, workspaceId: string, botId: string): Promise<Bot> {
  const bot = await store.getBot(workspaceId, botId);
  if (!bot) throw new ValidationError('botId not found');
  const parsed = { ...bot, settings: botSettingsSchema.parse(bot.settings) };
  if (!parsed.enabled || !parsed.settings.widget.enabled) {
    throw new PermissionError('The chat widget is turned off for this bot.');
  }
  return parsed;
}

/**
 * Refuses a request from a page whose origin the bot does not allow. Requests without `Origin`
 * (same-origin GETs, servers) pass when `required` is false: CORS guards browsers only, and the
 * visitor token already names the bot.
 */
export function checkOrigin(
  context: Context<WidgetEnv>,
  bot: Bot,
  publicUrl: string,
  options: { required: boolean },
): void {
  const origin = context.req.header('origin');
  if (origin === undefined) {
    if (options.required) {
      throw new PermissionError('Widget sessions are opened from a web page: the Origin header is missing.');
    }
    return;
  }
  if (!isOriginAllowed(bot, origin, { publicUrl })) {
    // The operator looks here first when a site says "chat is not available".
    context
      .get('logger')
      ?.warn(
        { bot: bot.id, origin, fix: `frontdesk bot origins add ${bot.id} ${origin}` },
        'widget origin refused',
      );
    throw new PermissionError(
      `The origin ${origin} may not use the chat widget of bot "${bot.id}": add it to the bot's widget.allowedOrigins.`,
    );
  }
  context.set('corsOrigin', origin);
}

/** How long the set of allowed origins is reused before it is read again. */
const ORIGIN_SET_TTL_MS = 2000;
/** In the set of allowed origins: some bot allows pages on any localhost port. */
const ANY_LOCALHOST = 'localhost:*';
const originSets = new WeakMap<Store, { loadedAt: number; origins: Promise<Set<string>> }>();

/**
 * Every origin some enabled bot's widget allows, read at most every two seconds: a preflight
 * (unauthenticated) then costs a set lookup, not a scan of every tenant's bots.
 */
function allowedOrigins(store: Store): Promise<Set<string>> {
  const now = Date.now();
  const cached = originSets.get(store);
  if (cached && now - cached.loadedAt < ORIGIN_SET_TTL_MS) return cached.origins;
  const origins = store.listBots().then((bots) => {
    const set = new Set<string>();
    for (const bot of bots) {
      const settings = botSettingsSchema.safeParse(bot.settings);
      if (settings.success && bot.enabled && settings.data.widget.enabled) {
        for (const origin of settings.data.widget.allowedOrigins) set.add(origin);
        if (settings.data.widget.allowLocalhost) set.add(ANY_LOCALHOST);
      }
    }
    return set;
  });
  originSets.set(store, { loadedAt: now, origins });
  origins.catch(() => originSets.delete(store));
  return origins;
}

/** True when some enabled bot's widget allows `origin`: enough to answer a CORS preflight. */
export async function anyBotAllows(
  store: Store,
  origin: string,
  context: { publicUrl: string },
): Promise<boolean> {
  const normalised = originOf(origin);
  if (!normalised) return false;
  if (normalised === originOf(context.publicUrl)) return true;
  const allowed = await allowedOrigins(store);
  return allowed.has(normalised) || (isLocalhost(normalised) && allowed.has(ANY_LOCALHOST));
}
