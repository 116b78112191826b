/** The OpenAPI paths of the bot and session routes, generated from the same zod schemas the routes validate with. */
import { agentSettingsSchema, botRulesSchema, botSettingsSchema } from '@frontdesk/core';
import { z } from 'zod';
import {
  createBotSchema,
  listSessionsQuerySchema,
  sessionActions,
  sessionStatuses,
  updateBotSchema,
} from './schemas.js';

type JsonObject = Record<string, unknown>;

function jsonSchema(type: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

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

const envelope = (data: z.ZodType) => jsonSchema(z.object({ success: z.literal(true), data }), 'output');
const ok = (description: string, data: z.ZodType) => ({
  description,
  content: { 'application/json': { schema: envelope(data) } },
});
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
});
const body = (type: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: jsonSchema(type, 'input') } },
});
const pathParameter = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

const common = {
  '401': error('Missing, malformed, revoked or unknown token.'),
  '403': error('The token may not do this (e.g. a viewer writing).'),
};
const one = { ...common, '404': error("Not in this token's workspace.") };
const write = { ...one, '400': error('The body is invalid; the message names the field.') };

/** Paths for `/v1/bots` (admin part) and `/v1/sessions`. */
export function adminOpenApiPaths(): Record<string, JsonObject> {
  const botId = [pathParameter('botId')];
  const sessionId = [pathParameter('id')];
  const paths: Record<string, JsonObject> = {
    '/v1/bots': {
      get: {
        operationId: 'listBots',
        summary: "The workspace's bots",
        responses: { '200': ok('The bots.', z.array(botSchema)), ...common },
      },
      post: {
        operationId: 'createBot',
        summary: 'Create a bot',
        requestBody: body(createBotSchema),
        responses: { '201': ok('The bot.', botSchema), ...write, '409': error('A bot with this id exists.') },
      },
    },
    '/v1/bots/{botId}': {
      get: {
        operationId: 'getBot',
        summary: 'A bot',
        parameters: botId,
        responses: { '200': ok('The bot.', botSchema), ...one },
      },
      patch: {
        operationId: 'updateBot',
        summary: 'Change a bot; top-level settings keys given replace the stored ones',
        parameters: botId,
        requestBody: body(updateBotSchema),
        responses: { '200': ok('The bot.', botSchema), ...write },
      },
      delete: {
        operationId: 'deleteBot',
        summary: 'Delete a bot without conversations (disable it otherwise)',
        parameters: botId,
        responses: {
          '200': ok('Deleted.', z.object({ id: z.string(), deleted: z.literal(true) })),
          ...one,
          '409': error('The bot has conversations.'),
        },
      },
    },
    '/v1/bots/{botId}/rules': {
      get: {
        operationId: 'getBotRules',
        summary: "A bot's rules",
        parameters: botId,
        responses: { '200': ok('The rules.', botRulesSchema), ...one },
      },
      put: {
        operationId: 'setBotRules',
        summary:
          "Replace a bot's rules (triggers, sessions, debounce, ignore list); regex triggers are checked here",
        parameters: botId,
        requestBody: body(botRulesSchema),
        responses: { '200': ok('The rules.', botRulesSchema), ...write },
      },
    },
    '/v1/sessions': {
      get: {
        operationId: 'listSessions',
        summary: 'Bot sessions, latest activity first',
        parameters: Object.entries(
          (jsonSchema(listSessionsQuerySchema, 'input').properties ?? {}) as JsonObject,
        ).map(([name, schema]) => ({ name, in: 'query', required: false, schema })),
        responses: {
          '200': ok('The sessions.', z.array(sessionSchema)),
          ...common,
          '400': error('A bad filter.'),
        },
      },
    },
    '/v1/sessions/{id}': {
      get: {
        operationId: 'getSession',
        summary: 'A session',
        parameters: sessionId,
        responses: { '200': ok('The session.', sessionSchema), ...one },
      },
      delete: {
        operationId: 'deleteSession',
        summary: 'Delete a session (the next message starts a new one)',
        parameters: sessionId,
        responses: { '200': ok('Deleted.', z.object({ id: z.string(), deleted: z.literal(true) })), ...one },
      },
    },
  };
  for (const action of ['enable', 'disable'] as const) {
    paths[`/v1/bots/{botId}/${action}`] = {
      post: {
        operationId: `${action}Bot`,
        summary: `${action === 'enable' ? 'Enable' : 'Disable'} a bot`,
        parameters: botId,
        responses: { '200': ok('The bot.', botSchema), ...one },
      },
    };
  }
  for (const action of sessionActions) {
    paths[`/v1/sessions/{id}/${action}`] = {
      post: {
        operationId: `${action}Session`,
        summary: `Set a session ${action === 'open' ? 'opened' : action === 'pause' ? 'paused' : 'closed'}`,
        parameters: sessionId,
        responses: { '200': ok('The session.', sessionSchema), ...one },
      },
    };
  }
  return paths;
}
