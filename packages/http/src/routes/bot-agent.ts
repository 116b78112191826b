/** `PUT /v1/bots/{botId}/agent`: choose a bot's agent (embedded, openai, remote) and its settings. */
import {
  agentSettingsSchema,
  botSettingsSchema,
  type Integration,
  NotFoundError,
  ValidationError,
} from '@frontdesk/core';
import { checkAgentKnowledge } from '@frontdesk/services/knowledge/knowledge-folders';
import type { SecretBox } from '@frontdesk/services/secrets/secret-box';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { describe, jsonBody, ok, writeErrors } from '../openapi/helpers.js';
import { requirePermission } from '../permissions.js';
import { parseInput } from '../request-input.js';
import { checkBotReferences, checkMcpTools } from './admin/bot-references.js';
import { mergePatch } from './admin/merge-patch.js';
import { applySeedFields, seedBotFieldsShape, takeSeedFields } from './admin/seed-bot-fields.js';
import { readBody } from './admin-request.js';

/** The seed's bot fields without `kind`: they change the named agent settings and keep the rest. */
export const seedAgentBodySchema = z.strictObject(seedBotFieldsShape);

/** A remote agent may be given its token directly; it is then kept as an `enjo` integration. */
export const bodySchema = z.union([
  agentSettingsSchema,
  z.strictObject({
    kind: z.literal('remote'),
    baseUrl: z.url({ protocol: /^https?$/ }),
    botId: z.string().min(1).max(200),
    token: z.string().trim().min(1).max(4000),
    busyBudgetMs: z.number().int().min(0).max(120_000).optional(),
  }),
]);

/** What `PUT /v1/bots/{botId}/agent` takes, as `/openapi.json` documents it: with `kind`, or the seed's fields. */
export const agentRouteBodySchema = z.union([bodySchema, seedAgentBodySchema]);

const agentAnswer = ok('The agent.', z.object({ botId: z.string(), agent: agentSettingsSchema }));

const describeSetAgent = describe({
  operationId: 'setBotAgent',
  summary:
    "Choose a bot's agent (embedded, openai, remote); a remote agent's token is kept as an `enjo` integration. A body without `kind` takes the seed's fields (openaiCredsId, model, maxTokens, systemMessages, …) and changes only those",
  requestBody: jsonBody(agentRouteBodySchema),
  responses: { '200': agentAnswer, ...writeErrors() },
});

const describeUpdateAgent = describe({
  operationId: 'updateBotAgent',
  summary: 'Change the named agent settings (a JSON merge patch); `kind` stays',
  requestBody: jsonBody(z.record(z.string(), z.unknown())),
  responses: { '200': agentAnswer, ...writeErrors() },
});

/** The routes under `/v1/bots` that change a bot's agent. */
export function botAgentRoutes(
  deps: Pick<AppDependencies, 'store' | 'clock' | 'ids' | 'settings'> & { secrets: SecretBox },
): Hono<AppEnv> {
  const { store } = deps;
  const routes = new Hono<AppEnv>();

  routes.put('/:botId/agent', describeSetAgent, async (context) => {
    requirePermission(context, 'bots', 'write');
    const workspaceId = context.get('token').workspaceId;
    const bot = await store.getBot(workspaceId, context.req.param('botId'));
    if (!bot) throw new NotFoundError('botId not found');
    const json = await readBody(context, z.unknown());
    const now = deps.clock.now();
    if (typeof json === 'object' && json !== null && !('kind' in json)) {
      const { seed } = takeSeedFields(parseInput(json, seedAgentBodySchema, 'body', 'body'));
      const changed = await applySeedFields(
        store,
        { ...bot, settings: botSettingsSchema.parse(bot.settings) },
        seed,
      );
      await checkBotReferences(store, changed);
      await store.saveBot({ ...changed, updatedAt: now });
      return context.json({ success: true, data: { botId: bot.id, agent: changed.agent } });
    }
    const body = parseInput(json, bodySchema, 'body', 'body');

    let input: unknown = body;
    if ('token' in body) {
      const { token, ...rest } = body;
      const integration: Integration = {
        id: deps.ids.id('int'),
        workspaceId,
        kind: 'enjo',
        name: `Enjo for ${bot.id}`,
        environment: 'production',
        status: 'active',
        data: { baseUrl: rest.baseUrl },
        secret: deps.secrets.seal(token),
        createdAt: now,
        updatedAt: now,
      };
      await store.saveIntegration(integration);
      input = { ...rest, integrationId: integration.id };
    }
    const agent = agentSettingsSchema.parse(input);
    checkAgentKnowledge(workspaceId, agent, deps.settings);

    if ((agent.kind === 'openai' || agent.kind === 'remote') && agent.integrationId) {
      const integration = await store.getIntegration(workspaceId, agent.integrationId);
      const wanted = agent.kind === 'openai' ? 'openai' : 'enjo';
      if (integration?.kind !== wanted) {
        throw new ValidationError(
          `integrationId: no ${wanted} integration ${agent.integrationId} in this workspace`,
        );
      }
      if (agent.kind === 'remote' && !('token' in body) && integration.data.baseUrl !== agent.baseUrl) {
        // The stored token was given for one host; sending it elsewhere needs the token again.
        throw new ValidationError('Changing baseUrl requires sending the token again.');
      }
    }
    if (agent.kind === 'openai') {
      for (const id of agent.connectorIds) {
        if (!(await store.getConnector(workspaceId, id)))
          throw new ValidationError(`connectorIds: no connector ${id}`);
      }
      await checkMcpTools(store, workspaceId, agent, '');
    }
    await store.saveBot({ ...bot, agent, updatedAt: now });
    return context.json({ success: true, data: { botId: bot.id, agent } });
  });

  // A JSON merge patch of the agent settings: only the named fields change; `kind` cannot.
  routes.patch('/:botId/agent', describeUpdateAgent, async (context) => {
    requirePermission(context, 'bots', 'write');
    const workspaceId = context.get('token').workspaceId;
    const bot = await store.getBot(workspaceId, context.req.param('botId'));
    if (!bot) throw new NotFoundError('botId not found');
    const patch = await readBody(context, z.record(z.string(), z.unknown()));
    if ('kind' in patch && patch.kind !== bot.agent.kind) {
      throw new ValidationError('kind: a PATCH keeps the agent kind; PUT a whole agent to change it');
    }
    const agent = parseInput(mergePatch(bot.agent, patch), agentSettingsSchema, 'body', 'body');
    checkAgentKnowledge(workspaceId, agent, deps.settings);
    if (agent.kind === 'remote' && bot.agent.kind === 'remote' && agent.baseUrl !== bot.agent.baseUrl) {
      // The stored token was given for one host; sending it elsewhere needs the token again (PUT with it).
      throw new ValidationError('Changing baseUrl requires sending the token again.');
    }
    const changed = { ...bot, agent, settings: botSettingsSchema.parse(bot.settings) };
    await checkBotReferences(store, changed);
    await store.saveBot({ ...changed, updatedAt: deps.clock.now() });
    return context.json({ success: true, data: { botId: bot.id, agent } });
  });
  return routes;
}
