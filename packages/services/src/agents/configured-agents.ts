/** Agents of kind `openai` and `remote`: credentials and connectors are looked up per message, then the agent runs. */
import {
  type AgentFiles,
  type ConversationMap,
  createHttpFunction,
  createOpenAiAgent,
  createRemoteAgent,
  type FunctionFetch,
  type HttpFunction,
  type KnowledgeIndex,
} from '@frontdesk/agents';
import {
  type AgentClient,
  AgentError,
  type Bot,
  type Clock,
  type Integration,
  type OpenAiAgentSettings,
  type RemoteAgentSettings,
  type Store,
} from '@frontdesk/core';
import { outboundFetch } from '@frontdesk/outbound';
import type { Logger } from 'pino';
import type { FileStorage } from '../files/file-storage.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Settings } from '../settings/config.js';
import { connectorTargets } from './connector-targets.js';
import { mcpFunctions } from './mcp-tool-functions.js';

export interface ConfiguredAgentDependencies {
  store: Store;
  secrets: SecretBox;
  clock: Clock;
  settings: Pick<Settings, 'publicUrl'> & Partial<Pick<Settings, 'openAiApiKey' | 'openAiBaseUrl'>>;
  logger: Logger;
  /**
   * The fetch HTTP functions (`agent.function`) are called with. Default: the outbound client
   * (address policy on the resolved IP, timeout, size limit, same-host redirects).
   */
  fetch?: FunctionFetch;
  /** The index of a knowledge folder, shared with the embedded agent reading it. */
  knowledgeIndex(knowledgeDir: string): KnowledgeIndex;
  /** The attachment store: images a person attached go to `openai` agents as image inputs. */
  files?: Pick<FileStorage, 'get'> | undefined;
}

/** Only the bot's own files: a message can name no other workspace's or bot's file. */
function botFiles(bot: Bot, files: Pick<FileStorage, 'get'>): AgentFiles {
  return {
    async get(id) {
      const file = await files.get(id);
      return file?.info.workspaceId === bot.workspaceId && file.info.botId === bot.id ? file : undefined;
    },
  };
}

async function openAiCredentials(bot: Bot, agent: OpenAiAgentSettings, deps: ConfiguredAgentDependencies) {
  let integration: Integration | undefined;
  if (agent.integrationId) {
    integration = await deps.store.getIntegration(bot.workspaceId, agent.integrationId);
    if (!integration)
      throw new AgentError(`Bot ${bot.id}: integration ${agent.integrationId} does not exist.`);
  } else {
    const openAi = (await deps.store.listIntegrations(bot.workspaceId)).filter(
      (candidate) => candidate.kind === 'openai',
    );
    const forEnvironment = openAi.filter((candidate) => candidate.environment === agent.environment);
    integration = forEnvironment.find((candidate) => candidate.status === 'active') ?? forEnvironment[0];
    // A workspace that set up OpenAI credentials uses only those: never another key behind its back.
    if (!integration && openAi.length > 0) {
      throw new AgentError(
        `Bot ${bot.id}: the workspace has no ${agent.environment} OpenAI integration (it has ${openAi
          .map((candidate) => candidate.environment)
          .join(', ')}).`,
      );
    }
  }
  if (integration) {
    if (integration.status !== 'active' || !integration.secret) {
      throw new AgentError(`Bot ${bot.id}: integration ${integration.id} is inactive or has no API key.`);
    }
    const baseUrl = typeof integration.data.baseUrl === 'string' ? integration.data.baseUrl : undefined;
    return { apiKey: deps.secrets.open(integration.secret), baseUrl };
  }
  if (!deps.settings.openAiApiKey) {
    throw new AgentError(`Bot ${bot.id}: no ${agent.environment} OpenAI integration and no OPENAI_API_KEY.`);
  }
  return { apiKey: deps.settings.openAiApiKey, baseUrl: deps.settings.openAiBaseUrl };
}

/** The bot's HTTP function as a tool, signed with its webhook integration's secret when it names one. */
async function httpFunctions(
  bot: Bot,
  agent: OpenAiAgentSettings,
  deps: ConfiguredAgentDependencies,
): Promise<HttpFunction[]> {
  const settings = agent.function;
  if (!settings) return [];
  let secret: string | undefined;
  if (settings.integrationId) {
    const integration = await deps.store.getIntegration(bot.workspaceId, settings.integrationId);
    if (integration?.kind !== 'webhook' || integration.status !== 'active' || !integration.secret) {
      throw new AgentError(
        `Bot ${bot.id}: the function's integration ${settings.integrationId} is missing, inactive or has no secret.`,
      );
    }
    secret = deps.secrets.open(integration.secret);
  }
  return [
    createHttpFunction({
      url: settings.url,
      name: settings.name,
      description: settings.description,
      parameters: settings.parameters,
      timeoutMs: settings.timeoutMs,
      ...(secret ? { secret } : {}),
      fetch: deps.fetch ?? ((url, init) => outboundFetch(url, init)),
    }),
  ];
}

async function buildOpenAi(
  bot: Bot,
  agent: OpenAiAgentSettings,
  deps: ConfiguredAgentDependencies,
  signal: AbortSignal,
) {
  const credentials = await openAiCredentials(bot, agent, deps);
  const http = await httpFunctions(bot, agent, deps);
  const taken = ['search_knowledge', 'create_ticket', ...http.map((fn) => fn.name)];
  const functions = [...http, ...(await mcpFunctions(bot, agent, deps, { signal, taken }))];
  const connectors = await connectorTargets(deps.store, bot.workspaceId, agent.connectorIds, deps);
  const knowledgeDir = agent.knowledgeDir;
  return createOpenAiAgent({
    apiKey: credentials.apiKey,
    ...(credentials.baseUrl ? { baseUrl: credentials.baseUrl } : {}),
    model: agent.model,
    ...(agent.systemPrompt ? { systemPrompt: agent.systemPrompt } : {}),
    ...(agent.userMessages.length || agent.assistantMessages.length
      ? { examples: { user: agent.userMessages, assistant: agent.assistantMessages } }
      : {}),
    temperature: agent.temperature,
    maxTokens: agent.maxTokens,
    historyTokens: agent.historyTokens,
    ...(knowledgeDir ? { knowledge: () => deps.knowledgeIndex(knowledgeDir) } : {}),
    publicUrl: deps.settings.publicUrl,
    connectors,
    functions,
    onWarning: (message) => deps.logger.warn({ botId: bot.id }, message),
    imageInputs: agent.imageInputs,
    ...(deps.files ? { files: botFiles(bot, deps.files) } : {}),
  });
}

function conversationMap(
  bot: Bot,
  agent: RemoteAgentSettings,
  deps: ConfiguredAgentDependencies,
): ConversationMap {
  // The remote agent's base URL and bot id (the format migration 0032 moved old links into):
  // pointing the bot at another agent starts its conversations afresh there.
  const agentKey = `${agent.baseUrl}#${agent.botId}`;
  const { store, clock } = deps;
  return {
    remoteFor: (localId) => store.remoteConversationFor(localId, agentKey),
    async link(localId, remoteId) {
      await store.linkRemoteConversation({
        workspaceId: bot.workspaceId,
        conversationId: localId,
        agentKey,
        remoteId,
        createdAt: clock.now(),
      });
    },
    unlink: (localId) => store.unlinkRemoteConversation(localId, agentKey),
  };
}

async function buildRemote(bot: Bot, agent: RemoteAgentSettings, deps: ConfiguredAgentDependencies) {
  const integration = await deps.store.getIntegration(bot.workspaceId, agent.integrationId);
  if (!integration?.secret || integration.status !== 'active') {
    throw new AgentError(
      `Bot ${bot.id}: integration ${agent.integrationId} is missing, inactive or has no token.`,
    );
  }
  if (integration.data.baseUrl !== undefined && integration.data.baseUrl !== agent.baseUrl) {
    throw new AgentError(
      `Bot ${bot.id}: the token of integration ${agent.integrationId} is for another URL.`,
    );
  }
  return createRemoteAgent({
    baseUrl: agent.baseUrl,
    botId: agent.botId,
    token: deps.secrets.open(integration.secret),
    conversations: conversationMap(bot, agent, deps),
    busyBudgetMs: agent.busyBudgetMs,
  });
}

/** An agent for a bot of kind `openai` or `remote`; its settings and secrets are read when a message comes. */
export function configuredAgent(
  bot: Bot & { agent: OpenAiAgentSettings | RemoteAgentSettings },
  deps: ConfiguredAgentDependencies,
): AgentClient {
  return {
    async *send(request, options) {
      const agent =
        bot.agent.kind === 'openai'
          ? await buildOpenAi(bot, bot.agent, deps, options.signal)
          : await buildRemote(bot, bot.agent, deps);
      yield* agent.send(request, options);
    },
  };
}
