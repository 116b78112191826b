/** The Teams adapter's options: a zod schema for the plain settings, and the ports it is handed. */
import {
  type ChannelStore,
  type Clock,
  type ConversationStore,
  type Core,
  ENGLISH_CHAT_WORDS,
  type FeedbackStore,
  type KeepChannelFiles,
  type MemberStore,
  type WorkspaceStore,
} from '@frontdesk/core';
import type { OutboundFetch } from '@frontdesk/outbound';
import { z } from 'zod';
import type { ConversationLimiter } from './conversation-limiter.js';

/** What the adapter logs through; pino loggers fit. */
export interface TeamsLogger {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/** Unset and empty both mean "not configured". */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

export const teamsSettingsSchema = z.object({
  /** `MICROSOFT_APP_ID`: the Azure Bot app id of the default workspace; every activity for it is JWT-checked. Optional: registrations bring their own. */
  appId: optionalText,
  /**
   * Without `appId`, answer unauthenticated activities whose service URL is local (the Bot Framework
   * Emulator). Off, only the app ids of registrations (and `appId`) are served; anything else is a 401.
   */
  emulator: z.boolean().default(false),
  /** `MICROSOFT_APP_PASSWORD`: the app's client secret, used to get tokens for replies. */
  appPassword: optionalText,
  /** `MICROSOFT_APP_TENANT_ID`: the tenant of a single-tenant app registration. */
  tenantId: optionalText,
  /**
   * `MICROSOFT_APP_AUTHORITY`: the Entra authority (`https://host/<tenant>`) that issues the app's
   * tokens and publishes the keys for activities it signs. Default Microsoft's public cloud.
   */
  authority: optionalText.pipe(z.url({ protocol: /^https$/ }).optional()),
  /** The workspace and bot that answer in Teams. */
  workspaceId: z.string().min(1),
  botId: z.string().min(1),
  /**
   * Sent when the app is installed into a chat or team. The default is said in the installer's
   * language (their Teams locale, else the bot's widget language); a text of your own goes as written.
   */
  welcomeText: z.string().min(1).default(ENGLISH_CHAT_WORDS.welcome),
  /** Personal chats stream the answer; updates go out at most this often (Teams asks for 1.5–2 s). */
  streamIntervalMs: z.number().int().min(1000).max(2000).default(1500),
  /** Stream answers in personal chats; false sends one final message everywhere. Default true. */
  streaming: z.boolean().default(true),
  /** The typing indicator is repeated this often while the agent works (Teams shows it for a few seconds). */
  typingIntervalMs: z.number().int().min(500).default(3000),
  /** Look up the sender's email through the Bot Connector (needs the member-read permission). Default true. */
  lookupMembers: z.boolean().default(true),
  /** How often a send answered with 429 is tried again before it fails. */
  maxRetries: z.number().int().min(0).max(10).default(4),
  /** The first back-off after a 429 without `Retry-After`; doubles each time, with jitter. */
  retryBaseMs: z.number().int().min(1).default(1000),
});

export type TeamsSettings = z.output<typeof teamsSettingsSchema>;

/** Seals registration secrets at rest; the server's secret box fits. */
export interface Sealer {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

export interface TeamsAdapterOptions extends z.input<typeof teamsSettingsSchema> {
  /** Opens (and seals) the client secrets of registrations made through the API. */
  sealer?: Sealer;
  core: Core;
  /** Conversations, their references, feedback, and the workspace's members (to tell staff, by email, from the people they help). */
  store: ConversationStore &
    FeedbackStore &
    ChannelStore &
    Pick<MemberStore, 'listMembers'> &
    Pick<WorkspaceStore, 'getBot'>;
  logger: TeamsLogger;
  clock?: Clock;
  /** The HTTP client for the Bot Connector; default the outbound client (address policy at connect time). */
  fetch?: OutboundFetch;
  /** Keeps images and files people send like widget uploads; without it they stay names. */
  keepFiles?: KeepChannelFiles;
  /** Paces sends per conversation; default in-process. Several instances pass one on Redis to count together. */
  limiter?: ConversationLimiter;
}
