/** The embedded agent: answers from a folder of markdown help articles, with no keys and no network. */
import {
  type AgentClient,
  AgentError,
  type AgentEvent,
  type AgentRequest,
  ValidationError,
} from '@frontdesk/core';
import type { Article } from './article.js';
import { composeAnswer } from './compose-answer.js';
import { findPassages } from './find-passages.js';
import { createKnowledgeIndex, type KnowledgeIndex } from './knowledge-index.js';
import { loadKnowledge } from './load-knowledge.js';
import { smallTalkKind, smallTalkReply } from './small-talk.js';
import { chunkText } from './text-chunks.js';
import { type FolderWatcher, watchFolder } from './watch-folder.js';

export interface EmbeddedAgentOptions {
  /** The folder of `*.md` help articles. */
  knowledgeDir: string;
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
  let watcher: FolderWatcher | undefined;
  let loaded = false;
  let queue: Promise<void> = Promise.resolve();

  const load = async () => {
    const articles = await loadKnowledge(settings.knowledgeDir, { onWarning: warn });
    if (articles.length === 0) warn(`No articles found in ${settings.knowledgeDir}.`);
    // One assignment: a question is answered either from the old index or the new one.
    index = createKnowledgeIndex(articles);
    loaded = true;
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
    const answer = kind
      ? { text: smallTalkReply(kind), sources: [], noAnswer: false }
      : composeAnswer(findPassages(index, { ...request, lang }), { ...settings, lang });
    for (const chunk of chunkText(answer.text)) {
      signal.throwIfAborted();
      yield { type: 'text-delta', text: chunk };
    }
    signal.throwIfAborted();
    if (answer.sources.length > 0) yield { type: 'sources', sources: answer.sources };
    yield { type: 'finish', noAnswer: answer.noAnswer };
  }

  return {
    ready,
    send,
    reindex,
    close() {
      watcher?.close();
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
