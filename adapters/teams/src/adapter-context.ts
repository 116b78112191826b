/** What the adapter's parts share: settings, ports, the SDK adapter and the way into a conversation. */
import type {
  ChannelStore,
  Clock,
  ConversationStore,
  Core,
  FeedbackStore,
  KeepChannelFiles,
  MemberStore,
  WorkspaceStore,
} from '@frontdesk/core';
import type { ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { ConversationLimiter } from './conversation-limiter.js';
import type { TeamsLogger, TeamsSettings } from './options.js';
import type { Send, SendPolicy } from './sender.js';

export interface AdapterContext {
  settings: TeamsSettings;
  /** `teams:env` (MICROSOFT_APP_ID or the Emulator) or a registration's app id; channel routes hang off it. */
  connectionId: string;
  core: Core;
  /** Conversations, their references, feedback, and the workspace's members (to tell staff, by email, from the people they help). */
  store: ConversationStore &
    FeedbackStore &
    ChannelStore &
    Pick<MemberStore, 'listMembers'> &
    Pick<WorkspaceStore, 'getBot'>;
  logger: TeamsLogger;
  clock: Clock;
  cloud: CloudAdapter;
  limiter: ConversationLimiter;
  /** Pacing and 429 back-off for every send. */
  sendPolicy: SendPolicy;
  /** Opens a turn on a stored reference (a proactive turn) and hands it a paced, retrying `send`. */
  continueWith(
    reference: ConversationReference,
    channelKey: string,
    work: (turn: TurnContext, send: Send) => Promise<void>,
  ): Promise<void>;
  /** Keeps images and files people send like widget uploads; absent, they travel as names. */
  keepFiles?: KeepChannelFiles;
  /** Runs work after the request was acknowledged; `idle()` waits for it. */
  background(name: string, work: () => Promise<void>): void;
}
