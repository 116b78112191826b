/** The zod schemas of the bot and session routes' bodies and queries; `/openapi.json` is built from them. */
import { agentSettingsSchema, botRulesShape, botSettingsSchema } from '@frontdesk/core';
import { z } from 'zod';
import { seedBotFieldsShape } from './seed-bot-fields.js';

/** A slug: the `{botId}` of every bot route. */
export const botIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lowercase letters, digits, "-" and "_", at most 63 characters');

export const createBotSchema = z.strictObject({
  id: botIdSchema,
  name: z.string().trim().min(1).max(100),
  enabled: z.boolean().default(true),
  agent: agentSettingsSchema,
  /** Any subset; the rest gets defaults. */
  settings: botSettingsSchema.optional(),
});

/**
 * A change: top-level settings keys given here replace the bot's (e.g. `rules`, `widget`,
 * `ticketPolicy`); the merged settings are validated whole.
 */
export const updateBotSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  enabled: z.boolean().optional(),
  agent: agentSettingsSchema.optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});

const ruleKeys = Object.keys(botRulesShape) as (keyof typeof botRulesShape)[];

/**
 * `PUT` and `PATCH /v1/bots/{botId}/rules`: the rules' fields plus the seed's bot fields
 * (`enabled`, `openaiCredsId`, `model`, `ignoreJids`, …). Rule values are checked after merging
 * (by `botRulesSchema`), so a PATCH's missing fields are not filled with defaults here.
 */
export const rulesBodySchema = z.strictObject({
  ...Object.fromEntries(ruleKeys.map((key) => [key, z.unknown().optional()])),
  ...seedBotFieldsShape,
});

/** The same body as `/openapi.json` documents it, with each rule's type. */
export const rulesBodyDocSchema = z.strictObject({ ...botRulesShape, ...seedBotFieldsShape }).partial();

export const sessionStatuses = ['opened', 'paused', 'closed'] as const;

export const listSessionsQuerySchema = z.strictObject({
  botId: z.string().min(1).optional(),
  status: z.enum(sessionStatuses).optional(),
  conversationId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const sessionActions = ['open', 'pause', 'close'] as const;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `DELETE /v1/bots/{botId}` query: `cascade` removes the bot's conversations too; `dryRun` only counts them. */
export const deleteBotQuerySchema = z.strictObject({
  cascade: flag.default(false),
  dryRun: flag.default(false),
});
