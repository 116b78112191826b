/** The agents bots talk to: one embedded agent per knowledge folder, created on first use and shared. */
import { resolve } from 'node:path';
import type { Article } from '@frontdesk/agents';
import {
  createEmbeddedAgent,
  createEmbeddingClient,
  type EmbeddedAgent,
  type EmbeddedAgentOptions,
} from '@frontdesk/agents';
import { type AgentClient, AgentError, type Bot, ValidationError } from '@frontdesk/core';
import {
  createPostgresVectorStore,
  createSqliteVectorStore,
  isPostgresUrl,
  type PostgresVectorStore,
  type SqliteVectorStore,
} from '@frontdesk/store';
import type { Logger } from 'pino';
import { type KnowledgeSettings, knowledgeFolder } from '../knowledge/knowledge-folders.js';
import type { Settings } from '../settings/config.js';
import { databaseFile } from '../store/open-store.js';
import { type ConfiguredAgentDependencies, configuredAgent } from './configured-agents.js';

export interface AgentRegistryOptions {
  settings: Pick<Settings, 'publicUrl'> &
    KnowledgeSettings &
    Partial<
      Pick<
        Settings,
        | 'openAiApiKey'
        | 'openAiBaseUrl'
        | 'dataDir'
        | 'databaseUrl'
        | 'embeddingsUrl'
        | 'embeddingsModel'
        | 'embeddingsKey'
        | 'embeddingsMinSimilarity'
      >
    >;
  logger: Logger;
  /** Needed by bots of kind `openai` and `remote` (credentials, connectors, conversation links). */
  credentials?: Pick<ConfiguredAgentDependencies, 'store' | 'secrets' | 'clock'>;
  /** Re-index a folder when its files change. Default true. */
  watch?: boolean;
}

export interface AgentRegistry {
  /** The agent that answers for `bot` (the core's `agentFor`). */
  agentFor(bot: Bot): AgentClient;
  /** The articles of a knowledge folder, for the `/kb` pages; shares the folder's agent. */
  knowledgeFor(knowledgeDir: string): { articles(): Article[]; reindex(): Promise<void> };
  /** Resolves once the folder has been read the first time; never rejects (failures are logged). */
  ready(knowledgeDir: string): Promise<void>;
  /** Stops every agent's folder watcher. */
  close(): Promise<void>;
}

/** Creates the registry; no folder is read until a bot or page needs it. */
export function createAgentRegistry(options: AgentRegistryOptions): AgentRegistry {
  // Keyed by absolute path, so bots naming the same folder differently share one index and watcher.
  const embedded = new Map<string, EmbeddedAgent>();
  let vectorStore: SqliteVectorStore | PostgresVectorStore | undefined;

  /** The database's vector table: pgvector with DATABASE_URL on PostgreSQL, sqlite-vec in DATA_DIR. */
  function openVectorStore(): SqliteVectorStore | PostgresVectorStore | undefined {
    const { databaseUrl, dataDir } = options.settings;
    const onWarning = (message: string) => options.logger.warn(message);
    if (isPostgresUrl(databaseUrl)) return createPostgresVectorStore({ url: databaseUrl, onWarning });
    return dataDir ? createSqliteVectorStore(databaseFile({ dataDir }), { onWarning }) : undefined;
  }

  /** Hybrid retrieval when an embeddings API and model are configured; vectors in the database. */
  function embeddingsOption(): EmbeddedAgentOptions['embeddings'] {
    const { embeddingsUrl, embeddingsModel, embeddingsKey, embeddingsMinSimilarity } = options.settings;
    if (!embeddingsUrl || !embeddingsModel) return undefined;
    vectorStore ??= openVectorStore();
    const client = createEmbeddingClient({
      baseUrl: embeddingsUrl,
      model: embeddingsModel,
      apiKey: embeddingsKey,
    });
    return { client, minSimilarity: embeddingsMinSimilarity, ...(vectorStore ? { store: vectorStore } : {}) };
  }

  function embeddedFor(knowledgeDir: string): EmbeddedAgent {
    const folder = resolve(knowledgeDir);
    let agent = embedded.get(folder);
    if (!agent) {
      const logger = options.logger.child({ knowledgeDir: folder });
      agent = createEmbeddedAgent({
        knowledgeDir: folder,
        publicUrl: options.settings.publicUrl,
        watch: options.watch ?? true,
        onWarning: (message) => logger.warn(message),
        embeddings: embeddingsOption(),
      });
      // `send` reports a failed first read to the caller; here it only needs logging once.
      agent.ready.catch((error: unknown) => logger.error({ err: error }, 'cannot read the knowledge folder'));
      embedded.set(folder, agent);
    }
    return agent;
  }

  /** The bot's folder inside its workspace's knowledge folder; a stored path outside it is never read. */
  function folderOf(bot: Bot, knowledgeDir: string): string {
    try {
      return knowledgeFolder(bot.workspaceId, knowledgeDir, options.settings);
    } catch (error) {
      if (error instanceof ValidationError) throw new AgentError(`Bot ${bot.id}: ${error.message}`);
      throw error;
    }
  }

  return {
    agentFor(bot) {
      switch (bot.agent.kind) {
        case 'embedded': {
          const knowledgeDir = bot.agent.knowledgeDir;
          return {
            send: (request, sendOptions) =>
              embeddedFor(folderOf(bot, knowledgeDir)).send(request, sendOptions),
          };
        }
        case 'openai':
        case 'remote': {
          if (!options.credentials) throw new Error('The agent registry has no credential store.');
          return configuredAgent(
            { ...bot, agent: bot.agent },
            {
              ...options.credentials,
              settings: options.settings,
              logger: options.logger,
              knowledgeIndex: (knowledgeDir) => embeddedFor(folderOf(bot, knowledgeDir)).knowledgeIndex(),
            },
          );
        }
      }
    },
    knowledgeFor(knowledgeDir) {
      return {
        articles: () => embeddedFor(knowledgeDir).articles(),
        reindex: () => embeddedFor(knowledgeDir).reindex(),
      };
    },
    async ready(knowledgeDir) {
      await embeddedFor(knowledgeDir).ready.catch(() => {});
    },
    async close() {
      for (const agent of embedded.values()) agent.close();
      embedded.clear();
      await vectorStore?.close();
      vectorStore = undefined;
    },
  };
}
