/** The OpenAPI paths of `/v1/bots` (admin part and agent) and `/v1/sessions`. */
import { agentSettingsSchema, botRulesSchema, botSettingsSchema } from '@frontdesk/core';
import { z } from 'zod';
import {
  createBotSchema,
  deleteBotQuerySchema,
  listSessionsQuerySchema,
  rulesBodyDocSchema,
  sessionActions,
  sessionStatuses,
  updateBotSchema,
} from '../routes/admin/schemas.js';
import { workspaceRulesDocSchema } from '../routes/admin/workspace-rules.js';
import { agentRouteBodySchema } from '../routes/bot-agent.js';
import {
  deletedSchema,
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  type Paths,
  pathParameter,
  queryParameters,
  writeErrors,
} from './helpers.js';

const botSchema = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  agent: agentSettingsSchema,
  settings: botSettingsSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const sessionSchema = z.object({
  id: z.string(),
  botId: z.string(),
  channelKey: z.string(),
  conversationId: z.string(),
  status: z.enum(sessionStatuses),
  pausedBy: z.string().nullable(),
  lastActivityAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const SESSION_STATES = { open: 'opened', pause: 'paused', close: 'closed' } as const;

/** Paths for `/v1/bots` (all but `message`) and `/v1/sessions`. */
export function botPaths(): Paths {
  const botId = [pathParameter('botId')];
  const sessionId = [pathParameter('id')];
  const paths: Paths = {
    '/v1/bots': {
      get: {
        operationId: 'listBots',
        summary: "The workspace's bots",
        responses: { '200': ok('The bots.', z.array(botSchema)), ...errorResponses() },
      },
      post: {
        operationId: 'createBot',
        summary: 'Create a bot',
        requestBody: jsonBody(createBotSchema),
        responses: {
          '201': ok('The bot.', botSchema),
          ...writeErrors({ '409': 'A bot with this id exists.' }),
        },
      },
    },
    '/v1/bots/{botId}': {
      get: {
        operationId: 'getBot',
        summary: 'A bot',
        parameters: botId,
        responses: { '200': ok('The bot.', botSchema), ...oneErrors() },
      },
      patch: {
        operationId: 'updateBot',
        summary: 'Change a bot; top-level settings keys given replace the stored ones',
        parameters: botId,
        requestBody: jsonBody(updateBotSchema),
        responses: { '200': ok('The bot.', botSchema), ...writeErrors() },
      },
      delete: {
        operationId: 'deleteBot',
        summary:
          'Delete a bot. With conversations: 409 naming them, unless `cascade=true` (which removes them too); `dryRun=true` only counts what would go',
        parameters: [...botId, ...queryParameters(deleteBotQuerySchema)],
        responses: {
          '200': ok(
            'Deleted (`removed`), or with dryRun the counts that would be (`wouldDelete`).',
            z.object({
              id: z.string(),
              deleted: z.boolean(),
              removed: z.record(z.string(), z.number()).optional(),
              wouldDelete: z.record(z.string(), z.number()).optional(),
            }),
          ),
          ...oneErrors({ '409': 'The bot has conversations and cascade was not asked for.' }),
        },
      },
    },
    '/v1/bots/{botId}/rules': {
      get: {
        operationId: 'getBotRules',
        summary: "A bot's rules",
        parameters: botId,
        responses: { '200': ok('The rules.', botRulesSchema), ...oneErrors() },
      },
      put: {
        operationId: 'setBotRules',
        summary:
          'Replace a bot\'s rules (triggers, sessions, debounce, ignore list); regex triggers are checked here. Also takes the seed\'s bot fields (enabled, openaiCredsId, model, maxTokens, systemMessages, userMessages, assistantMessages, functionUrl, ignoreJids); botType "assistant" and assistantId are refused with the reason',
        parameters: botId,
        requestBody: jsonBody(rulesBodyDocSchema),
        responses: { '200': ok('The rules.', botRulesSchema), ...writeErrors() },
      },
      patch: {
        operationId: 'updateBotRules',
        summary: 'Change the named rules (and seed fields) of a bot; the others keep their values',
        parameters: botId,
        requestBody: jsonBody(rulesBodyDocSchema),
        responses: { '200': ok('The rules.', botRulesSchema), ...writeErrors() },
      },
    },
    '/v1/bots/{botId}/agent': {
      put: {
        operationId: 'setBotAgent',
        summary:
          "Choose a bot's agent (embedded, openai, remote); a remote agent's token is kept as an `enjo` integration. A body without `kind` takes the seed's fields (openaiCredsId, model, maxTokens, systemMessages, …) and changes only those",
        parameters: botId,
        requestBody: jsonBody(agentRouteBodySchema),
        responses: {
          '200': ok('The agent.', z.object({ botId: z.string(), agent: agentSettingsSchema })),
          ...writeErrors(),
        },
      },
      patch: {
        operationId: 'updateBotAgent',
        summary: 'Change the named agent settings (a JSON merge patch); `kind` stays',
        parameters: botId,
        requestBody: jsonBody(z.record(z.string(), z.unknown())),
        responses: {
          '200': ok('The agent.', z.object({ botId: z.string(), agent: agentSettingsSchema })),
          ...writeErrors(),
        },
      },
    },
    '/v1/settings/rules': {
      get: {
        operationId: 'getWorkspaceRules',
        summary: "The workspace's default rules (the seed's settings): the rules a bot did not set itself",
        responses: { '200': ok('The default rules.', workspaceRulesDocSchema), ...errorResponses() },
      },
      put: {
        operationId: 'setWorkspaceRules',
        summary: "Replace the workspace's default rules; every bot's own rules override them",
        requestBody: jsonBody(workspaceRulesDocSchema),
        responses: { '200': ok('The default rules.', workspaceRulesDocSchema), ...writeErrors() },
      },
      patch: {
        operationId: 'updateWorkspaceRules',
        summary: 'Change the named default rules (`null` removes one)',
        requestBody: jsonBody(workspaceRulesDocSchema),
        responses: { '200': ok('The default rules.', workspaceRulesDocSchema), ...writeErrors() },
      },
    },
    '/v1/sessions': {
      get: {
        operationId: 'listSessions',
        summary: 'Bot sessions, latest activity first',
        parameters: queryParameters(listSessionsQuerySchema),
        responses: {
          '200': ok('The sessions.', z.array(sessionSchema)),
          ...errorResponses({ '400': 'A bad filter.' }),
        },
      },
    },
    '/v1/sessions/{id}': {
      get: {
        operationId: 'getSession',
        summary: 'A session',
        parameters: sessionId,
        responses: { '200': ok('The session.', sessionSchema), ...oneErrors() },
      },
      delete: {
        operationId: 'deleteSession',
        summary: 'Delete a session (the next message starts a new one)',
        parameters: sessionId,
        responses: { '200': ok('Deleted.', deletedSchema), ...oneErrors() },
      },
    },
  };
  for (const action of ['enable', 'disable'] as const) {
    paths[`/v1/bots/{botId}/${action}`] = {
      post: {
        operationId: `${action}Bot`,
        summary: `${action === 'enable' ? 'Enable' : 'Disable'} a bot`,
        parameters: botId,
        responses: { '200': ok('The bot.', botSchema), ...oneErrors() },
      },
    };
  }
  for (const action of sessionActions) {
    paths[`/v1/sessions/{id}/${action}`] = {
      post: {
        operationId: `${action}Session`,
        summary: `Set a session ${SESSION_STATES[action]}`,
        parameters: sessionId,
        responses: { '200': ok('The session.', sessionSchema), ...oneErrors() },
      },
    };
  }
  return paths;
}
