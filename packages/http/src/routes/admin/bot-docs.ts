/** The OpenAPI operations of `/v1/bots` (admin part) and `/v1/sessions`. */
import { agentSettingsSchema, botRulesSchema, botSettingsSchema } from '@frontdesk/core';
import { deletedSchema } from '@frontdesk/core/wire';
import { z } from 'zod';
import {
  describe,
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  queryParameters,
  writeErrors,
} from '../../openapi/helpers.js';
import {
  createBotSchema,
  deleteBotQuerySchema,
  listSessionsQuerySchema,
  rulesBodyDocSchema,
  sessionActions,
  sessionStatuses,
  updateBotSchema,
} from './schemas.js';

/** A bot as `/v1/bots` answers it. */
export const botSchema = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  agent: agentSettingsSchema,
  settings: botSettingsSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** A session as `/v1/sessions` answers it. */
export const sessionSchema = z.object({
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

export const botDocs = {
  list: describe({
    operationId: 'listBots',
    summary: "The workspace's bots",
    responses: { '200': ok('The bots.', z.array(botSchema)), ...errorResponses() },
  }),
  create: describe({
    operationId: 'createBot',
    summary: 'Create a bot',
    requestBody: jsonBody(createBotSchema),
    responses: { '201': ok('The bot.', botSchema), ...writeErrors({ '409': 'A bot with this id exists.' }) },
  }),
  get: describe({
    operationId: 'getBot',
    summary: 'A bot',
    responses: { '200': ok('The bot.', botSchema), ...oneErrors() },
  }),
  update: describe({
    operationId: 'updateBot',
    summary: 'Change a bot; top-level settings keys given replace the stored ones',
    requestBody: jsonBody(updateBotSchema),
    responses: { '200': ok('The bot.', botSchema), ...writeErrors() },
  }),
  delete: describe({
    operationId: 'deleteBot',
    summary:
      'Delete a bot. With conversations: 409 naming them, unless `cascade=true` (which removes them too); `dryRun=true` only counts what would go',
    parameters: queryParameters(deleteBotQuerySchema),
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
      ...oneErrors({
        '400': 'A bad query parameter.',
        '409': 'The bot has conversations and cascade was not asked for.',
      }),
    },
  }),
  getRules: describe({
    operationId: 'getBotRules',
    summary: "A bot's rules",
    responses: { '200': ok('The rules.', botRulesSchema), ...oneErrors() },
  }),
  rules: {
    put: describe({
      operationId: 'setBotRules',
      summary:
        'Replace a bot\'s rules (triggers, sessions, debounce, ignore list); regex triggers are checked here. Also takes the seed\'s bot fields (enabled, openaiCredsId, model, maxTokens, systemMessages, userMessages, assistantMessages, functionUrl, ignoreJids); botType "assistant" and assistantId are refused with the reason',
      requestBody: jsonBody(rulesBodyDocSchema),
      responses: { '200': ok('The rules.', botRulesSchema), ...writeErrors() },
    }),
    patch: describe({
      operationId: 'updateBotRules',
      summary: 'Change the named rules (and seed fields) of a bot; the others keep their values',
      requestBody: jsonBody(rulesBodyDocSchema),
      responses: { '200': ok('The rules.', botRulesSchema), ...writeErrors() },
    }),
  },
  enable: describe({
    operationId: 'enableBot',
    summary: 'Enable a bot',
    responses: { '200': ok('The bot.', botSchema), ...oneErrors() },
  }),
  disable: describe({
    operationId: 'disableBot',
    summary: 'Disable a bot',
    responses: { '200': ok('The bot.', botSchema), ...oneErrors() },
  }),
};

const SESSION_STATES = { open: 'opened', pause: 'paused', close: 'closed' } as const;

export const sessionDocs = {
  list: describe({
    operationId: 'listSessions',
    summary: 'Bot sessions, latest activity first',
    parameters: queryParameters(listSessionsQuerySchema),
    responses: {
      '200': ok('The sessions.', z.array(sessionSchema)),
      ...errorResponses({ '400': 'A bad filter.' }),
    },
  }),
  get: describe({
    operationId: 'getSession',
    summary: 'A session',
    responses: { '200': ok('The session.', sessionSchema), ...oneErrors() },
  }),
  delete: describe({
    operationId: 'deleteSession',
    summary: 'Delete a session (the next message starts a new one)',
    responses: { '200': ok('Deleted.', deletedSchema), ...oneErrors() },
  }),
  actions: Object.fromEntries(
    sessionActions.map((action) => [
      action,
      describe({
        operationId: `${action}Session`,
        summary: `Set a session ${SESSION_STATES[action]}`,
        responses: { '200': ok('The session.', sessionSchema), ...oneErrors() },
      }),
    ]),
  ) as Record<(typeof sessionActions)[number], ReturnType<typeof describe>>,
};
