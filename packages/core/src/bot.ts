/** A bot's agent and behaviour settings, validated with zod wherever they are written. */
import { z } from 'zod';
import { escalationPolicyShape } from './escalation/escalation-schema.js';
import { parseRateLimitPolicy } from './rate-limiter.js';
import { botRulesSchema, defaultBotRules } from './session-rules/rules-schema.js';
import { widgetSettingsSchema } from './widget-settings.js';

/** An HTTP function the openai agent may call: POSTed `{name, arguments, conversationId}`, its answer goes back to the model. */
export const httpFunctionSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** The tool name the model sees. */
  name: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,64}$/)
    .refine((name) => name !== 'search_knowledge' && name !== 'create_ticket', 'that name is a built-in tool')
    .default('call_function'),
  description: z
    .string()
    .min(1)
    .max(1000)
    .default("Calls the business's function with the arguments it describes; returns its answer."),
  /** JSON schema of the arguments. */
  parameters: z
    .record(z.string(), z.unknown())
    .default({ type: 'object', properties: {}, additionalProperties: true }),
  /** How long the model's call may take, in milliseconds. */
  timeoutMs: z.number().int().min(100).max(30_000).default(5000),
  /** A `webhook` integration of the workspace whose secret signs the requests (`X-Frontdesk-Signature`). */
  integrationId: z.string().min(1).optional(),
});

/** An LLM behind any OpenAI-compatible API, answering from the bot's knowledge with citations. */
export const openAiAgentSettingsSchema = z.strictObject({
  kind: z.literal('openai'),
  /** The workspace's OpenAI integration to use; unset picks the active one for `environment`. */
  integrationId: z.string().min(1).optional(),
  /** Which environment's integration answers when `integrationId` is unset; then `OPENAI_API_KEY`. */
  environment: z.enum(['stage', 'production']).default('production'),
  model: z.string().min(1).default('gpt-4o-mini'),
  systemPrompt: z.string().max(20_000).optional(),
  temperature: z.number().min(0).max(2).default(0.2),
  maxTokens: z.number().int().min(1).max(100_000).default(800),
  /** Earlier turns are trimmed, oldest first, to fit this many tokens (estimated). */
  historyTokens: z.number().int().min(0).max(200_000).default(3000),
  /** Markdown articles searched for passages; unset uses only connectors. */
  knowledgeDir: z.string().min(1).optional(),
  /**
   * Images the person attached (PNG, JPEG, GIF, WebP, up to 5 MB each) go to the model as image
   * inputs; turn off for text-only models, which then read only each file's name and type.
   */
  imageInputs: z
    .boolean()
    .default(true)
    .describe(
      "Send attached images (PNG, JPEG, GIF, WebP, up to 5 MB each) to the model as image inputs. Turn off for text-only models: they then read each file's name and type only.",
    ),
  /** Knowledge connectors queried on every question. */
  connectorIds: z.array(z.string().min(1)).max(20).default([]),
  /** An HTTP function the model may call as a tool (the seed's `functionUrl`). */
  function: httpFunctionSchema.optional(),
  /**
   * Tools of MCP connectors the model may call, allow-listed per connector by the tool's name on
   * the MCP server; the server's other tools are never offered.
   */
  mcpTools: z
    .array(
      z.strictObject({
        connectorId: z.string().min(1),
        tools: z.array(z.string().min(1).max(128)).min(1).max(20),
      }),
    )
    .max(5)
    .default([]),
  /**
   * Few-shot examples (the seed's `userMessages` / `assistantMessages`): sent before the history
   * as turns, `userMessages[i]` then `assistantMessages[i]`.
   */
  userMessages: z.array(z.string().min(1).max(4000)).max(50).default([]),
  assistantMessages: z.array(z.string().min(1).max(4000)).max(50).default([]),
});

/** Forwards to an Enjo-compatible endpoint: a hosted agent, or another Frontdesk. */
export const remoteAgentSettingsSchema = z.strictObject({
  kind: z.literal('remote'),
  /** e.g. `https://api.enjo.ai`; the agent calls `{baseUrl}/v1/bots/{botId}/message`. */
  baseUrl: z.url({ protocol: /^https?$/ }),
  botId: z.string().min(1).max(200),
  /** The integration (kind `enjo`) holding the bearer token. */
  integrationId: z.string().min(1),
  /** How long to keep retrying while the remote answers 429, in milliseconds. */
  busyBudgetMs: z.number().int().min(0).max(120_000).default(10_000),
});

/** The agent that answers for a bot. */
export const agentSettingsSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('embedded'),
    /** Folder of markdown articles; relative paths resolve from the server's working directory. */
    knowledgeDir: z.string().min(1),
  }),
  openAiAgentSettingsSchema,
  remoteAgentSettingsSchema,
]);
export type AgentSettings = z.infer<typeof agentSettingsSchema>;
export type OpenAiAgentSettings = z.infer<typeof openAiAgentSettingsSchema>;
export type RemoteAgentSettings = z.infer<typeof remoteAgentSettingsSchema>;

export const ticketPolicySchema = z.strictObject({
  /** Open a ticket when the person asks for a human. */
  humanRequest: z.boolean().default(true),
  /** Act when the agent has no answer (see `noAnswerHandover`). */
  noAnswer: z.boolean().default(true),
  /**
   * `offer`: offer a person ("Talk to a human" button) and open the ticket only when asked;
   * `ticket`: open a ticket at once.
   */
  noAnswerHandover: z.enum(['offer', 'ticket']).default('offer'),
  /** Ticket type and priority given to new tickets. */
  type: z.string().min(1).default('support'),
  priority: z.string().min(1).default('medium'),
  /** The integration (kind `jira`, `servicenow` or `webhook`) tickets go to; unset keeps them in Frontdesk. */
  integrationId: z.string().min(1).optional(),
  /** Always, keywords, emoji, ticket types, confirmation and business hours. */
  ...escalationPolicyShape,
});
export type TicketPolicy = z.infer<typeof ticketPolicySchema>;

export const botSettingsSchema = z.strictObject({
  /** Rate limits per client for this bot, e.g. `20/60s,10/5s` or `off`; unset uses the server default. */
  rateLimits: z
    .string()
    .max(200)
    .superRefine((value, context) => {
      try {
        parseRateLimitPolicy(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
      }
    })
    .optional(),
  /**
   * Whose budget a client's requests count against: `workspace` (default, as the seed says: one
   * budget per client IP across the workspace's bots) or `bot` (this bot has its own). A bot
   * with its own `rateLimits` always has its own budget.
   */
  rateLimitScope: z.enum(['workspace', 'bot']).default('workspace'),
  ticketPolicy: ticketPolicySchema.default(ticketPolicySchema.parse({})),
  /** How long the agent may take to answer, in milliseconds. */
  agentTimeoutMs: z.number().int().min(1000).max(600_000).default(30_000),
  /** How many earlier messages the agent sees. */
  historyLimit: z.number().int().min(0).max(200).default(20),
  /** The website widget: allowed origins, theme, texts, identity verification. */
  widget: widgetSettingsSchema.default(widgetSettingsSchema.parse({})),
  /** Triggers, sessions, debounce, delays and the ignore list, applied for every channel. */
  rules: botRulesSchema.default(defaultBotRules),
});
export type BotSettings = z.infer<typeof botSettingsSchema>;
