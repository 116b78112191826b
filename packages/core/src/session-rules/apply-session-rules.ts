/** Runs a bot's session rules for one message: one session read and one write on the common path. */
import { botSettingsSchema } from '../bot.js';
import type { Clock } from '../clock.js';
import type { IdSource } from '../id-source.js';
import type { IncomingMessage } from '../incoming-message.js';
import type { Bot, Conversation } from '../records.js';
import type { Store } from '../store.js';
import { debounce, type Sleep } from './debounce.js';
import { type DecideInput, decideSession, type SessionDecision, type SkipReason } from './decide-session.js';
import { effectiveRules } from './effective-rules.js';

export type SessionGate = { kind: 'answer'; bot: Bot; text: string } | { kind: 'skip'; reason: SkipReason };

export interface SessionRuleDependencies {
  store: Store;
  clock: Clock;
  ids: IdSource;
  sleep: Sleep;
}

/**
 * Decides whether `bot` (or its fallback bot) answers this message, stores the session change,
 * waits out `debounceTime` (joining the person's rapid messages) and `delayMessage`.
 */
export async function applySessionRules(
  deps: SessionRuleDependencies,
  bot: Bot,
  resolved: { conversation: Conversation; isNew: boolean },
  message: IncomingMessage,
  signal: AbortSignal,
): Promise<SessionGate> {
  const { conversation } = resolved;
  let answering = bot;
  let decision = await decideFor(deps, bot, resolved, message);
  if (decision.action === 'fallback') {
    const fallback = await loadFallback(deps.store, bot);
    if (!fallback) return { kind: 'skip', reason: 'no-trigger' };
    answering = fallback;
    // The fallback answers what nothing else matched, so its own trigger does not apply.
    const rules = { ...fallback.settings.rules, triggerType: 'all' as const, fallbackBotId: undefined };
    decision = await decideFor(
      deps,
      { ...fallback, settings: { ...fallback.settings, rules } },
      resolved,
      message,
    );
  }
  if (decision.action !== 'answer') return { kind: 'skip', reason: decision.reason ?? 'no-trigger' };

  const rules = answering.settings.rules;
  let text = message.text;
  if (rules.debounceTime > 0) {
    const key = `${conversation.workspaceId}:${answering.id}:${conversation.channelKey}`;
    const joined = await debounce(deps, { key, text, waitMs: rules.debounceTime * 1000, signal });
    if (joined === undefined) return { kind: 'skip', reason: 'debounced' };
    text = joined;
  }
  if (rules.delayMessage > 0) await deps.sleep(rules.delayMessage, signal);
  return { kind: 'answer', bot: answering, text };
}

async function decideFor(
  deps: SessionRuleDependencies,
  bot: Bot,
  { conversation, isNew }: { conversation: Conversation; isNew: boolean },
  message: IncomingMessage,
): Promise<SessionDecision> {
  const { store, clock, ids } = deps;
  // A conversation this message created has no session yet: skip the read.
  const session =
    isNew && bot.id === conversation.botId
      ? undefined
      : await store.getSession(conversation.workspaceId, bot.id, conversation.channelKey);
  const input: DecideInput = {
    rules: bot.settings.rules,
    session,
    message,
    conversation: { ...conversation, botId: bot.id },
    now: clock.now(),
    newId: ids.id('sess'),
  };
  const decision = decideSession(input);
  if (decision.save) await store.saveSession(decision.save);
  if (decision.remove) await store.deleteSession(decision.remove.workspaceId, decision.remove.id);
  return decision;
}

async function loadFallback(store: Store, bot: Bot): Promise<Bot | undefined> {
  const id = bot.settings.rules.fallbackBotId;
  if (!id || id === bot.id) return undefined;
  const fallback = await store.getBot(bot.workspaceId, id);
  if (!fallback?.enabled) return undefined;
  const workspace = await store.getWorkspace(bot.workspaceId);
  const settings = botSettingsSchema.parse(fallback.settings);
  return {
    ...fallback,
    settings: { ...settings, rules: effectiveRules(workspace?.defaultRules, fallback.settings.rules) },
  };
}
