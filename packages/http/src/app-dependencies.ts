/** Everything the HTTP routes need: the runtime's services, and the channel handlers that are on. */
import type { Runtime } from '@frontdesk/services/runtime/runtime';

/** A channel adapter's web-standard handler, mounted by the app. */
export interface RequestHandler {
  handleRequest(request: Request): Promise<Response>;
}

export type AppDependencies = Pick<
  Runtime,
  | 'settings'
  | 'shutdown'
  | 'streams'
  | 'store'
  | 'core'
  | 'logger'
  | 'clock'
  | 'ids'
  | 'rateLimiter'
  | 'secretKey'
  | 'secrets'
  | 'deliveryRouter'
  | 'deskEvents'
  | 'requestLog'
  | 'knowledge'
  | 'knowledgeFolder'
  | 'sharedKnowledgeFolder'
  | 'mailer'
  | 'ops'
  | 'files'
> & {
  /** The Slack app, when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set; mounted at `POST /slack/events`. */
  slack?: RequestHandler | undefined;
  /** The Teams bot (Bot Framework activities), mounted at `POST /api/messages`. */
  teams?: RequestHandler | undefined;
};
