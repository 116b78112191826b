/** What the runtime is made of (`Runtime`) and what a test or benchmark may replace (`RuntimeOptions`). */
import type { Article } from '@frontdesk/agents';
import type {
  AgentClient,
  Bot,
  Clock,
  Core,
  EventBus,
  IdSource,
  RateLimiter,
  Store,
  TicketSink,
} from '@frontdesk/core';
import type { Logger } from 'pino';
import type { AgentRegistry } from '../agents/agent-registry.js';
import type { DeskEvents } from '../events/desk-events.js';
import type { FileStorage } from '../files/file-storage.js';
import type { StreamLimiter } from '../limits/stream-limits.js';
import type { Ops } from '../ops/ops.js';
import type { RequestLogWriter } from '../request-log.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Settings } from '../settings/config.js';
import type { TicketSinks } from '../tickets/ticket-sinks.js';
import type { RuntimeDelivery } from './runtime-delivery.js';
import type { SharedConnections } from './runtime-shared.js';

/** What a test (or a benchmark) may put in place of the real thing. Everything else is built as in production. */
export interface RuntimeOptions {
  /** Default: the SQLite database in DATA_DIR (or DATABASE_URL's). */
  store?: Store;
  logger?: Logger;
  clock?: Clock;
  ids?: IdSource;
  /** Default: counters in Redis with REDIS_URL (shared by instances), else in DATA_DIR/rate-limits.db (kept over a restart). */
  rateLimiter?: RateLimiter & { close?(): void };
  /** Default: FRONTDESK_SECRET_KEY or the data dir's key file. */
  secretKey?: Buffer;
  /** Answers for some bots instead of their configured agent; `undefined` falls back to it. */
  agentFor?: (bot: Bot) => AgentClient | undefined;
  /** A ticket sink for some bots instead of their configured one; `undefined` falls back to it. */
  ticketSinkFor?: (bot: Bot) => TicketSink | undefined;
  /** The articles shown under `/kb`; default: the demo knowledge folder, read on every call. */
  knowledge?: { articles(): Article[] };
  /** Where a generated owner token is shown on the first start (see `bootstrap`). */
  print?: (text: string) => void;
  /** Default: Redis when REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY with DATABASE_URL, else in-process. */
  bus?: EventBus;
}

/** A knowledge folder of a bot, for `/v1/knowledge`. */
export interface KnowledgeFolderHandle {
  dir: string;
  articles(): Article[];
  reindex(): Promise<void>;
}

/** The running system without its HTTP surface: what routes and channel adapters are built around. */
export interface Runtime extends RuntimeDelivery {
  settings: Settings;
  logger: Logger;
  clock: Clock;
  ids: IdSource;
  /** Every ticket and message write also reaches the console's live stream (`deskEvents`). */
  store: Store;
  core: Core;
  rateLimiter: RateLimiter;
  /** The server secret; widget visitor tokens and resume links are signed with keys derived from it. */
  secretKey: Buffer;
  /** Seals credentials (integrations, connectors, agents) with the server secret. */
  secrets: SecretBox;
  agents: AgentRegistry;
  ticketSinks: TicketSinks;
  /** Attachments on disk or in S3 (FRONTDESK_FILES_S3_URL). */
  files: FileStorage;
  /** New tickets, ticket changes and messages, for `GET /v1/events` (on the bus: every instance hears them). */
  deskEvents: DeskEvents;
  /** Live events between instances: desk events and the widget's later messages. */
  bus: EventBus;
  /** `redis`, `postgres` (LISTEN/NOTIFY) or `in-process`. */
  busKind: SharedConnections['busKind'];
  /** The instance's Redis connection when REDIS_URL is set. */
  redis: SharedConnections['redis'];
  /** Prometheus metrics (`/metrics`) and readiness checks (`/readyz`). */
  ops: Ops;
  /** Records every `/v1` request in batches. */
  requestLog: RequestLogWriter;
  /** Open SSE streams per token, visitor and address. */
  streams: StreamLimiter;
  /** The demo knowledge base shown under `/kb`. */
  knowledge: { articles(): Article[] };
  /** Any bot's knowledge folder inside FRONTDESK_KNOWLEDGE_ROOT/<workspace>, with the shared articles. */
  knowledgeFolder(workspaceId: string, knowledgeDir: string): KnowledgeFolderHandle;
  /** The workspace's shared articles (`ROOT/<workspace>/_shared`, created on first use). */
  sharedKnowledgeFolder(workspaceId: string): KnowledgeFolderHandle;
  /** Aborted by `beginShutdown` (or `close`): open streams send a final `shutdown` event and end. */
  shutdown: AbortSignal;
  /** Tells open streams the server is stopping; the host then stops accepting and calls `close`. */
  beginShutdown(): void;
  /** Stops background jobs and closes agents, the request log, the mailer, the store and the counters. Safe to call twice. */
  close(): Promise<void>;
}
