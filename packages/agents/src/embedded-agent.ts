/** The embedded agent: answers from a folder of markdown help articles, with no keys and no network. */
import { existsSync } from 'node:fs';
import {
  type AgentClient,
  AgentError,
  type AgentEvent,
  type AgentRequest,
  ValidationError,
} from '@frontdesk/core';
import type { Article } from './article.js';
import { composeAnswer } from './compose-answer.js';
import type { EmbeddingClient } from './embeddings/embedding-client.js';
import { createVectorIndex, hybridSearch, type VectorIndex } from './embeddings/hybrid-search.js';
import { embedSections } from './embeddings/section-vectors.js';
import { createMemoryVectorStore, type VectorStore } from './embeddings/vector-store.js';
import { findPassages } from './find-passages.js';
import { createKnowledgeIndex, type KnowledgeIndex } from './knowledge-index.js';
import { passagesOfTitled, quickRepliesFor } from './quick-replies.js';
import { loadWithShared } from './shared-articles.js';
import { smallTalkKind, smallTalkReply } from './small-talk.js';
import { chunkText } from './text-chunks.js';
import { type FolderWatcher, watchFolder } from './watch-folder.js';

export interface EmbeddedAgentOptions {
  /** The folder of `*.md` help articles. */
  knowledgeDir: string;
  /** The workspace's shared articles, read (and watched) too; the folder's own win on a slug. */
  sharedDir?: string;
  /** Absolute base that relative article urls are joined to, e.g. `http://127.0.0.1:3000`. */
  publicUrl?: string;
  /** Re-index when the folder changes. Default true. */
  watch?: boolean;
  /** Confidence (0..1) below which the agent says it does not know. Default 0.44, calibrated on the eval's tune split. */
  minScore?: number;
  /** Most sources listed with an answer. Default 3. */
  maxSources?: number;
  /** Told about skipped files and failed re-indexes. Default: nothing. */
  onWarning?: (message: string) => void;
  /**
   * Hybrid retrieval: sections are embedded (only changed ones on re-index, vectors kept in
   * `store`) and the question's nearest sections are fused with the lexical ranking.
   */
  embeddings?: {
    client: EmbeddingClient;
    /** Default: in memory. The server passes the database's vector table. */
    store?: VectorStore;
    /** Cosine similarity at which a section counts as a match on its own. Default 0.5. */
    minSimilarity?: number;
  };
}

export interface EmbeddedAgent extends AgentClient {
  /** Settles once the folder has been read the first time; rejects with an AgentError if it cannot be. */
  ready: Promise<void>;
  /** Reads the folder again and swaps the index; on failure keeps the previous one, warns and rejects. */
  reindex(): Promise<void>;
  /** Stops watching the folder. */
  close(): void;
  /** The articles currently indexed, sorted by slug. */
  articles(): Article[];
  /** The current index (swapped on re-index), for agents that retrieve from the same folder. */
  knowledgeIndex(): KnowledgeIndex;
}

const DEFAULT_MIN_SCORE = 0.44;
const DEFAULT_MAX_SOURCES = 3;

/** Creates the agent and starts reading (and, by default, watching) the knowledge folder. */
export function createEmbeddedAgent(options: EmbeddedAgentOptions): EmbeddedAgent {
  const settings = checkOptions(options);
  const warn = options.onWarning ?? (() => {});
  let index: KnowledgeIndex = createKnowledgeIndex([]);
  let vectorIndex: VectorIndex = { entries: [] };
  const embeddings = options.embeddings;
  const vectorStore = embeddings?.store ?? createMemoryVectorStore();
  let watcher: FolderWatcher | undefined;
  let sharedWatcher: FolderWatcher | undefined;
  let loaded = false;
  let queue: Promise<void> = Promise.resolve();

  const load = async () => {
    const articles = await loadWithShared(settings.knowledgeDir, options.sharedDir, { onWarning: warn });
    if (articles.length === 0) warn(`No articles found in ${settings.knowledgeDir}.`);
    const nextVectors = embeddings ? await embedAll(articles) : vectorIndex;
    // One assignment each: a question is answered either from the old index or the new one.
    index = createKnowledgeIndex(articles);
    vectorIndex = nextVectors;
    loaded = true;
  };

  /** Vectors for the sections; on failure the agent keeps answering lexically, and says so. */
  const embedAll = async (articles: Article[]): Promise<VectorIndex> => {
    if (!embeddings) return { entries: [] };
    try {
      const { vectors, hashes } = await embedSections(articles, embeddings.client, vectorStore);
      const { model } = embeddings.client;
      const nearest = vectorStore.nearest?.bind(vectorStore);
      return createVectorIndex(
        articles,
        vectors,
        hashes,
        nearest && ((vector, keys, limit) => nearest(model, keys, vector, limit)),
      );
    } catch (error) {
      warn(`Embedding the knowledge failed; answering from lexical search only: ${describe(error)}`);
      return { entries: [] };
    }
  };

  const reindex = () => {
    const run = queue.then(load).catch((error: unknown) => {
      warn(`Re-indexing ${settings.knowledgeDir} failed; keeping the previous index: ${describe(error)}`);
      throw error;
    });
    queue = run.catch(() => {});
    return run;
  };

  const ready = (async () => {
    if (settings.watch) {
      try {
        watcher = watchFolder(settings.knowledgeDir, () => void reindex().catch(() => {}), {
          onWarning: warn,
        });
        // A shared folder created later is picked up by the re-index of whoever writes it.
        if (options.sharedDir && existsSync(options.sharedDir)) {
          sharedWatcher = watchFolder(options.sharedDir, () => void reindex().catch(() => {}), {
            onWarning: warn,
          });
        }
      } catch (error) {
        warn(`Cannot watch ${settings.knowledgeDir} for changes: ${describe(error)}`);
      }
    }
    try {
      await load();
    } catch (error) {
      throw new AgentError(`Cannot read the knowledge folder ${settings.knowledgeDir}: ${describe(error)}`, {
        cause: error,
      });
    }
  })();
  // Re-indexes wait for the first load. Callers that never await `ready` see a failure through `send`.
  queue = ready.catch(() => {});

  async function* send(
    request: AgentRequest,
    { signal }: { signal: AbortSignal },
  ): AsyncGenerator<AgentEvent> {
    signal.throwIfAborted();
    await ready.catch((error: unknown) => {
      // A folder that was missing at start but has been read since is fine.
      if (!loaded) throw error;
    });
    signal.throwIfAborted();
    const kind = smallTalkKind(request.text);
    const lang = index.detectLanguage(request.text);
    // A tapped quick reply names an article by its title: that article answers.
    const passages = kind ? [] : passagesOfTitled(await retrieve(request, lang, signal), request.text);
    const answer = kind
      ? { text: smallTalkReply(kind), sources: [], noAnswer: false }
      : composeAnswer(passages, { ...settings, lang });
    for (const chunk of chunkText(answer.text)) {
      signal.throwIfAborted();
      yield { type: 'text-delta', text: chunk };
    }
    signal.throwIfAborted();
    if (answer.sources.length > 0) yield { type: 'sources', sources: answer.sources };
    const replies = kind ? [] : quickRepliesFor(passages, answer, { ...settings, lang });
    if (replies.length > 0) yield { type: 'quick-replies', replies };
    yield { type: 'finish', noAnswer: answer.noAnswer };
  }

  async function retrieve(request: AgentRequest, lang: string, signal: AbortSignal) {
    const lexical = findPassages(index, { ...request, lang });
    if (!embeddings || vectorIndex.entries.length === 0) return lexical;
    try {
      const options = {
        client: embeddings.client,
        minSimilarity: embeddings.minSimilarity,
        minScore: settings.minScore,
        lang,
      };
      return await hybridSearch(request.text, lexical, vectorIndex, options, signal);
    } catch (error) {
      signal.throwIfAborted();
      warn(`Embedding the question failed; answering from lexical search only: ${describe(error)}`);
      return lexical;
    }
  }

  return {
    ready,
    send,
    reindex,
    close() {
      watcher?.close();
      sharedWatcher?.close();
    },
    articles: () => [...index.articles],
    knowledgeIndex: () => index,
  };
}

function checkOptions(options: EmbeddedAgentOptions) {
  if (typeof options.knowledgeDir !== 'string' || options.knowledgeDir.trim() === '') {
    throw new ValidationError(
      'embedded agent: `knowledgeDir` must be the path of a folder of markdown articles',
    );
  }
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (!(minScore >= 0 && minScore <= 1)) {
    throw new ValidationError('embedded agent: `minScore` must be a number from 0 to 1');
  }
  const maxSources = options.maxSources ?? DEFAULT_MAX_SOURCES;
  if (!Number.isInteger(maxSources) || maxSources < 0) {
    throw new ValidationError('embedded agent: `maxSources` must be a whole number, 0 or more');
  }
  if (options.publicUrl !== undefined && !/^https?:\/\/[^/]/i.test(options.publicUrl)) {
    throw new ValidationError('embedded agent: `publicUrl` must be an absolute http(s) URL');
  }
  return {
    knowledgeDir: options.knowledgeDir,
    publicUrl: options.publicUrl,
    watch: options.watch ?? true,
    minScore,
    maxSources,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
