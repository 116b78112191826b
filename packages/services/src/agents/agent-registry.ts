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
import {
  type KnowledgeSettings,
  knowledgeFolder,
  sharedKnowledgeFolder,
} from '../knowledge/knowledge-folders.js';
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
  /** Attachments, read for agents that take image inputs. */
  files?: ConfiguredAgentDependencies['files'];
}

export interface AgentRegistry {
  /** The agent that answers for `bot` (the core's `agentFor`). */
  agentFor(bot: Bot): AgentClient;
  /**
   * The articles of a knowledge folder (with `sharedDir`'s, as its bots see them), for the `/kb`
   * pages and the knowledge API; shares the folder's agent.
   */
  knowledgeFor(knowledgeDir: string, sharedDir?: string): { articles(): Article[]; reindex(): Promise<void> };
  /**
   * Re-reads `dir` in every agent that reads it, as its own folder or as the shared one; `ensure`
   * first creates the agent of `dir` with that shared folder when there is none yet.
   */
  reindexFolder(dir: string, ensure?: { sharedDir?: string }): Promise<void>;
  /** Resolves once the folder has been read the first time; never rejects (failures are logged). */
  ready(knowledgeDir: string, sharedDir?: string): Promise<void>;
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

  function embeddedFor(knowledgeDir: string, sharedDir?: string): EmbeddedAgent {
    const folder = resolve(knowledgeDir);
    const shared = sharedDir === undefined ? undefined : resolve(sharedDir);
    const key = `${folder}\u0000${shared ?? ''}`;
    let agent = embedded.get(key);
    if (!agent) {
      const logger = options.logger.child({ knowledgeDir: folder });
      agent = createEmbeddedAgent({
        knowledgeDir: folder,
        ...(shared ? { sharedDir: shared } : {}),
        publicUrl: options.settings.publicUrl,
        watch: options.watch ?? true,
        onWarning: (message) => logger.warn(message),
        embeddings: embeddingsOption(),
      });
      // `send` reports a failed first read to the caller; here it only needs logging once.
      agent.ready.catch((error: unknown) => logger.error({ err: error }, 'cannot read the knowledge folder'));
      embedded.set(key, agent);
    }
    return agent;
  }

  /** The workspace's shared articles, read by every bot of the workspace. */
  const sharedOf = (bot: Bot) => sharedKnowledgeFolder(bot.workspaceId, options.settings);

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
              embeddedFor(folderOf(bot, knowledgeDir), sharedOf(bot)).send(request, sendOptions),
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
              files: options.files,
              knowledgeIndex: (knowledgeDir) =>
                embeddedFor(folderOf(bot, knowledgeDir), sharedOf(bot)).knowledgeIndex(),
            },
          );
        }
      }
    },
    knowledgeFor(knowledgeDir, sharedDir) {
      return {
        articles: () => embeddedFor(knowledgeDir, sharedDir).articles(),
        reindex: () => embeddedFor(knowledgeDir, sharedDir).reindex(),
      };
    },
    async reindexFolder(dir, ensure) {
      const folder = resolve(dir);
      const readers = new Set<EmbeddedAgent>();
      if (ensure) readers.add(embeddedFor(dir, ensure.sharedDir));
      for (const [key, agent] of embedded) {
        const [own, shared] = key.split('\u0000');
        if (own === folder || shared === folder) readers.add(agent);
      }
      await Promise.all([...readers].map((agent) => agent.reindex()));
    },
    async ready(knowledgeDir, sharedDir) {
      await embeddedFor(knowledgeDir, sharedDir).ready.catch(() => {});
    },
    async close() {
      for (const agent of embedded.values()) agent.close();
      embedded.clear();
      await vectorStore?.close();
      vectorStore = undefined;
    },
  };
}
