/** The zod schemas of the bot and session routes' bodies and queries; `/openapi.json` is built from them. */
import { agentSettingsSchema, botRulesSchema, botSettingsSchema } from '@frontdesk/core';
import { z } from 'zod';

/** A slug: the `{botId}` of every bot route. */
export const botIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lowercase letters, digits, "-" and "_", at most 63 characters');

export const createBotSchema = z.object({
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
export const updateBotSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  enabled: z.boolean().optional(),
  agent: agentSettingsSchema.optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});

export const rulesBodySchema = botRulesSchema;

export const sessionStatuses = ['opened', 'paused', 'closed'] as const;

export const listSessionsQuerySchema = z.object({
  botId: z.string().min(1).optional(),
  status: z.enum(sessionStatuses).optional(),
  conversationId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const sessionActions = ['open', 'pause', 'close'] as const;
