/**
 * The seed's "OpenAI bot" field names (Evolution-style bodies) and how each maps onto a Frontdesk
 * bot: rules, `enabled`, the openai agent's credential, model, prompt and few-shot turns.
 */
import {
  type AgentSettings,
  type Bot,
  httpFunctionSchema,
  openAiAgentSettingsSchema,
  type Store,
  ValidationError,
} from '@frontdesk/core';
import { z } from 'zod';

const text = z.string().trim().min(1).max(4000);

/** The seed's fields that are not rules; every one is optional. */
export const seedBotFieldsShape = {
  /** Same as `POST /v1/bots/{id}/enable` or `/disable`. */
  enabled: z.boolean().optional(),
  /** The workspace's `openai` integration: the agent's `integrationId`. */
  openaiCredsId: z.string().min(1).max(200).optional(),
  /** Only `chatCompletion` (what Frontdesk runs); `assistant` is refused with the reason. */
  botType: z.string().max(100).optional(),
  /** Refused: Frontdesk does not run OpenAI Assistants. */
  assistantId: z.string().max(200).optional(),
  /** An HTTP function the model may call as a tool: the agent's `function.url` (other function settings keep their values). */
  functionUrl: z.url({ protocol: /^https?$/ }).optional(),
  model: z.string().min(1).max(200).optional(),
  maxTokens: z.number().int().min(1).max(100_000).optional(),
  /** Joined with blank lines into the agent's `systemPrompt`. */
  systemMessages: z.array(z.string().max(20_000)).max(20).optional(),
  /** Few-shot examples: the assistant's side. */
  assistantMessages: z.array(text).max(50).optional(),
  /** Few-shot examples: the person's side. */
  userMessages: z.array(text).max(50).optional(),
  /** Requester ids the bot never answers: the rules' `ignore.users`. */
  ignoreJids: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
};

export type SeedBotFields = {
  [Key in keyof typeof seedBotFieldsShape]?: z.output<(typeof seedBotFieldsShape)[Key]>;
};

/** Splits a parsed body into the seed's fields and the rest. */
export function takeSeedFields<Body extends Record<string, unknown>>(
  body: Body,
): { seed: SeedBotFields; rest: Omit<Body, keyof SeedBotFields> } {
  const seed: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key in seedBotFieldsShape) seed[key] = value;
    else rest[key] = value;
  }
  return { seed: seed as SeedBotFields, rest: rest as Omit<Body, keyof SeedBotFields> };
}

/** Throws a 400 that explains a seed field Frontdesk does not run. */
function refuseUnsupported(seed: SeedBotFields): void {
  if (seed.botType !== undefined && seed.botType !== 'chatCompletion') {
    throw new ValidationError(
      `botType: "${seed.botType}" is not supported: Frontdesk does not run OpenAI Assistants (botType "assistant", assistantId). ` +
        'Leave botType out or send "chatCompletion", and put the instructions in systemMessages.',
    );
  }
  if (seed.assistantId !== undefined) {
    throw new ValidationError(
      'assistantId: Frontdesk does not run OpenAI Assistants; send model and systemMessages for a chat-completion bot instead.',
    );
  }
}

const AGENT_FIELDS = [
  'functionUrl',
  'openaiCredsId',
  'model',
  'maxTokens',
  'systemMessages',
  'assistantMessages',
  'userMessages',
] as const;

/** The bot with the seed's fields applied; fields not given keep their values. */
export async function applySeedFields(store: Store, bot: Bot, seed: SeedBotFields): Promise<Bot> {
  refuseUnsupported(seed);
  let agent: AgentSettings = bot.agent;
  if (AGENT_FIELDS.some((field) => seed[field] !== undefined)) {
    // The seed describes an OpenAI bot: a bot of another kind becomes one, with defaults.
    const current = agent.kind === 'openai' ? agent : openAiAgentSettingsSchema.parse({ kind: 'openai' });
    if (seed.openaiCredsId !== undefined) {
      const integration = await store.getIntegration(bot.workspaceId, seed.openaiCredsId);
      if (integration?.kind !== 'openai') {
        throw new ValidationError(
          `openaiCredsId: no openai integration ${seed.openaiCredsId} in this workspace`,
        );
      }
    }
    agent = {
      ...current,
      ...(seed.openaiCredsId !== undefined ? { integrationId: seed.openaiCredsId } : {}),
      ...(seed.model !== undefined ? { model: seed.model } : {}),
      ...(seed.maxTokens !== undefined ? { maxTokens: seed.maxTokens } : {}),
      ...(seed.systemMessages !== undefined ? { systemPrompt: seed.systemMessages.join('\n\n') } : {}),
      ...(seed.assistantMessages !== undefined ? { assistantMessages: seed.assistantMessages } : {}),
      ...(seed.userMessages !== undefined ? { userMessages: seed.userMessages } : {}),
      ...(seed.functionUrl !== undefined
        ? { function: httpFunctionSchema.parse({ ...current.function, url: seed.functionUrl }) }
        : {}),
    };
  }
  const rules = bot.settings.rules;
  return {
    ...bot,
    agent,
    ...(seed.enabled !== undefined ? { enabled: seed.enabled } : {}),
    settings: {
      ...bot.settings,
      rules:
        seed.ignoreJids !== undefined
          ? { ...rules, ignore: { ...rules.ignore, users: seed.ignoreJids } }
          : rules,
    },
  };
}
