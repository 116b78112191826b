/** `/v1/bots`: create, list, read, change, delete bots; their rules; enable and disable. */
import {
  type Bot,
  type BotRules,
  botRulesSchema,
  botSettingsSchema,
  ConflictError,
  effectiveRules,
  NotFoundError,
  type Store,
  ValidationError,
} from '@frontdesk/core';
import { checkAgentKnowledge } from '@frontdesk/services/knowledge/knowledge-folders';
import { sealIdentitySecret } from '@frontdesk/services/secrets/identity-secret';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission } from '../../permissions.js';
import { parseInput, readQuery } from '../../request-input.js';
import { readBody } from '../admin-request.js';
import { botDocs } from './bot-docs.js';
import { checkBotReferences } from './bot-references.js';
import { mergePatch } from './merge-patch.js';
import { ownRules } from './own-rules.js';
import { createBotSchema, deleteBotQuerySchema, rulesBodySchema, updateBotSchema } from './schemas.js';
import { applySeedFields, takeSeedFields } from './seed-bot-fields.js';
import { botView } from './views.js';

/** The bot in the token's workspace, with today's defaults filled in; 404 otherwise. */
export async function findBot(store: Store, workspaceId: string, botId: string): Promise<Bot> {
  const bot = await store.getBot(workspaceId, botId);
  if (!bot) throw new NotFoundError('botId not found');
  return { ...bot, settings: botSettingsSchema.parse(bot.settings) };
}

/** The admin routes under `/v1/bots` (the message and agent routes live in their own files). */
export function botRoutes(
  deps: Pick<AppDependencies, 'store' | 'clock' | 'secrets' | 'settings'>,
): Hono<AppEnv> {
  const { store, clock } = deps;
  const routes = new Hono<AppEnv>();

  async function save(bot: Bot): Promise<Bot> {
    await checkBotReferences(store, bot);
    await store.saveBot(bot);
    // Shown like a read: the stored settings with defaults filled in (own rules are kept as given).
    return { ...bot, settings: botSettingsSchema.parse(bot.settings) };
  }

  routes.get('/', botDocs.list, async (context) => {
    requirePermission(context, 'bots', 'read');
    const bots = await store.listBots(context.get('token').workspaceId);
    return context.json({
      success: true,
      data: bots.map((bot) => botView({ ...bot, settings: botSettingsSchema.parse(bot.settings) })),
    });
  });

  routes.post('/', botDocs.create, async (context) => {
    requirePermission(context, 'bots', 'write');
    const workspaceId = context.get('token').workspaceId;
    const json = await readBody(context, z.unknown());
    const body = parseInput(json, createBotSchema, 'body', 'body');
    if (await store.getBot(workspaceId, body.id)) throw new ConflictError(`A bot ${body.id} exists.`);
    const settings = body.settings ?? botSettingsSchema.parse({});
    const givenRules = (json as { settings?: { rules?: unknown } }).settings?.rules;
    checkAgentKnowledge(workspaceId, body.agent, deps.settings);
    const now = clock.now();
    const bot = await save({
      id: body.id,
      workspaceId,
      name: body.name,
      enabled: body.enabled,
      agent: body.agent,
      // Only the rules given are the bot's own; the rest follow the workspace's defaults.
      settings: sealIdentitySecret(
        { ...settings, rules: ownRules(settings.rules, givenRules) },
        undefined,
        deps.secrets,
      ),
      createdAt: now,
      updatedAt: now,
    });
    return context.json({ success: true, data: botView(bot) }, 201);
  });

  routes.get('/:botId', botDocs.get, async (context) => {
    requirePermission(context, 'bots', 'read');
    const bot = await findBot(store, context.get('token').workspaceId, context.req.param('botId'));
    return context.json({ success: true, data: botView(bot) });
  });

  routes.patch('/:botId', botDocs.update, async (context) => {
    requirePermission(context, 'bots', 'write');
    const existing = await findBot(store, context.get('token').workspaceId, context.req.param('botId'));
    const body = await readBody(context, updateBotSchema);
    checkAgentKnowledge(existing.workspaceId, body.agent, deps.settings);
    // A merge patch: `{"widget": {"allowedOrigins": […]}}` changes the origins and keeps the rest.
    const settings = botSettingsSchema.safeParse(mergePatch(existing.settings, body.settings ?? {}));
    if (!settings.success) throw new ValidationError(issueText(settings.error.issues[0], 'settings'));
    // The bot's own rules as stored (not filled in), changed by the patch: the rest follow the workspace's.
    const patchedRules = (body.settings as { rules?: unknown } | undefined)?.rules;
    const storedRules = (await store.getBot(existing.workspaceId, existing.id))?.settings.rules as unknown;
    const givenRules = patchedRules === null ? {} : mergePatch(storedRules ?? {}, patchedRules ?? {});
    settings.data.rules = ownRules(settings.data.rules, givenRules);
    const bot = await save({
      ...existing,
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
      ...(body.agent !== undefined ? { agent: body.agent } : {}),
      settings: sealIdentitySecret(settings.data, existing.settings, deps.secrets),
      updatedAt: clock.now(),
    });
    return context.json({ success: true, data: botView(bot) });
  });

  // 409 while the bot has conversations; `?cascade=true` removes them too; `dryRun=true` only says what would go.
  routes.delete('/:botId', botDocs.delete, async (context) => {
    requirePermission(context, 'bots', 'write');
    const workspaceId = context.get('token').workspaceId;
    const bot = await findBot(store, workspaceId, context.req.param('botId'));
    const { cascade, dryRun } = readQuery(context, deleteBotQuerySchema, { whole: 'query' });
    const counts = await store.countBot(workspaceId, bot.id);
    if (dryRun)
      return context.json({ success: true, data: { id: bot.id, deleted: false, wouldDelete: counts } });
    if ((counts.conversations ?? 0) > 0 && !cascade) {
      throw new ConflictError(
        `Bot ${bot.id} has ${counts.conversations} conversations (${counts.messages ?? 0} messages, ${counts.tickets ?? 0} tickets): ` +
          'disable it instead, or delete them with it by DELETE ?cascade=true (preview with ?cascade=true&dryRun=true).',
      );
    }
    if (cascade) await store.deleteBotWithData(workspaceId, bot.id);
    else await store.deleteBot(workspaceId, bot.id);
    return context.json({ success: true, data: { id: bot.id, deleted: true, removed: counts } });
  });

  // The rules as they apply: the bot's own over the workspace's defaults.
  routes.get('/:botId/rules', botDocs.getRules, async (context) => {
    requirePermission(context, 'bots', 'read');
    const workspaceId = context.get('token').workspaceId;
    const bot = await findBot(store, workspaceId, context.req.param('botId'));
    const own = (await store.getBot(workspaceId, bot.id))?.settings.rules;
    const workspace = await store.getWorkspace(workspaceId);
    return context.json({ success: true, data: effectiveRules(workspace?.defaultRules, own) });
  });

  // PUT replaces the bot's own rules, PATCH changes the named ones; the bot keeps only the rules it
  // was given, so the rest follow the workspace's defaults (`/v1/settings/rules`).
  for (const method of ['put', 'patch'] as const) {
    routes[method]('/:botId/rules', botDocs.rules[method], async (context) => {
      requirePermission(context, 'bots', 'write');
      const workspaceId = context.get('token').workspaceId;
      const existing = await findBot(store, workspaceId, context.req.param('botId'));
      const { seed, rest } = takeSeedFields(await readBody(context, rulesBodySchema));
      const given: Record<string, unknown> = Object.fromEntries(
        Object.entries(rest).filter(([, value]) => value !== undefined),
      );
      const stored = (await store.getBot(workspaceId, existing.id))?.settings.rules as unknown;
      const own: Record<string, unknown> = method === 'put' ? given : { ...(stored as object), ...given };
      if (seed.ignoreJids !== undefined) {
        own.ignore = { ...((own.ignore as object | undefined) ?? {}), users: seed.ignoreJids };
      }
      const workspace = await store.getWorkspace(workspaceId);
      const parsed = botRulesSchema.safeParse({ ...workspace?.defaultRules, ...own });
      if (!parsed.success) throw new ValidationError(issueText(parsed.error.issues[0]));
      // Stored as given (not with defaults filled in); every reader parses it (see effectiveRules).
      const withRules = { ...existing, settings: { ...existing.settings, rules: own as BotRules } };
      const changed = await applySeedFields(store, withRules, { ...seed, ignoreJids: undefined });
      await save({ ...changed, updatedAt: clock.now() });
      return context.json({ success: true, data: parsed.data });
    });
  }

  for (const [action, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    routes.post(`/:botId/${action}`, botDocs[action], async (context) => {
      requirePermission(context, 'bots', 'write');
      const existing = await findBot(store, context.get('token').workspaceId, context.req.param('botId'));
      const bot = { ...existing, enabled, updatedAt: clock.now() };
      await store.saveBot(bot);
      return context.json({ success: true, data: botView(bot) });
    });
  }
  return routes;
}

/** `path: message` for a zod issue, the path starting at `prefix`. */
function issueText(issue: { path: PropertyKey[]; message: string } | undefined, prefix?: string): string {
  if (!issue) return 'invalid body';
  const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
