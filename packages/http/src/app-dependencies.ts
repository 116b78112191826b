/** Everything the HTTP app needs, injected so tests build it from an in-memory store and fakes. */
import type { Article } from '@frontdesk/agents';
import type { Clock, Core, IdSource, RateLimiter, Store } from '@frontdesk/core';
import type { DeliveryRouter } from '@frontdesk/services/delivery/delivery-router';
import type { Mailer } from '@frontdesk/services/email/mailer';
import type { DeskEvents } from '@frontdesk/services/events/desk-events';
import type { RequestLogWriter } from '@frontdesk/services/request-log';
import type { SecretBox } from '@frontdesk/services/secrets/secret-box';
import type { Settings } from '@frontdesk/services/settings/config';
import type { Logger } from 'pino';
import type { StreamLimiter } from './sse/stream-limits.js';

export interface AppDependencies {
  settings: Settings;
  /** Aborted when the server starts to stop: open SSE streams send a final `shutdown` event and end. */
  shutdown?: AbortSignal;
  /** Open SSE streams per token, visitor and address; unset: the app makes its own. */
  streams?: StreamLimiter;
  store: Store;
  core: Core;
  logger: Logger;
  clock: Clock;
  ids: IdSource;
  rateLimiter: RateLimiter;
  /** The server secret (FRONTDESK_SECRET_KEY or the data dir's key file); unset: a random one per process. */
  secretKey?: Buffer;
  /** Routes staff replies and ticket updates to each conversation's channel; unset: the widget only. */
  deliveryRouter?: DeliveryRouter;
  /** New tickets, ticket changes and messages for `GET /v1/events`; unset: the app makes its own (nothing publishes). */
  deskEvents?: DeskEvents;
  /** Records every `/v1` request in batches; unset: the app makes its own (closed with the process). */
  requestLog?: RequestLogWriter | undefined;
  /** The demo knowledge base shown under `/kb`; read on every call, so edits show up. */
  knowledge: { articles(): Article[] };
  /** Any bot's knowledge folder, for `/v1/knowledge`; unset: those routes are not mounted. */
  knowledgeFolder?: (
    workspaceId: string,
    knowledgeDir: string,
  ) => { dir: string; articles(): Article[]; reindex(): Promise<void> };
  /** Seals credentials; without it the integration, connector and bot-agent routes are not mounted. */
  secrets?: SecretBox;
  /** Sends invitation e-mails when SMTP is set; unset: the console shows the link to copy. */
  mailer?: Mailer | undefined;
  /** The Slack app, when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set; mounted at `POST /slack/events`. */
  slack?: { handleRequest(request: Request): Promise<Response> } | undefined;
  /** The Teams bot (Bot Framework activities), mounted at `POST /api/messages`. */
  teams?: { handleRequest(request: Request): Promise<Response> } | undefined;
}
