/** A bot's agent and behaviour settings, validated with zod wherever they are written. */
import { z } from 'zod';

/** The agent that answers for a bot. More kinds (openai, remote) come with the agents issue. */
export const agentSettingsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('embedded'),
    /** Folder of markdown articles; relative paths resolve from the server's working directory. */
    knowledgeDir: z.string().min(1),
  }),
]);
export type AgentSettings = z.infer<typeof agentSettingsSchema>;

export const ticketPolicySchema = z.object({
  /** Open a ticket when the person asks for a human. */
  humanRequest: z.boolean().default(true),
  /** Open a ticket when the agent has no answer. */
  noAnswer: z.boolean().default(true),
  /** Ticket type and priority given to new tickets. */
  type: z.string().min(1).default('support'),
  priority: z.string().min(1).default('medium'),
});
export type TicketPolicy = z.infer<typeof ticketPolicySchema>;

export const botSettingsSchema = z.object({
  /** Rate limits per client for this bot, e.g. `20/60s,10/5s` or `off`; unset uses the server default. */
  rateLimits: z.string().optional(),
  ticketPolicy: ticketPolicySchema.default(ticketPolicySchema.parse({})),
  /** How long the agent may take to answer, in milliseconds. */
  agentTimeoutMs: z.number().int().min(1000).max(600_000).default(30_000),
  /** How many earlier messages the agent sees. */
  historyLimit: z.number().int().min(0).max(200).default(20),
});
export type BotSettings = z.infer<typeof botSettingsSchema>;
