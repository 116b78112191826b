/** The Slack adapter's options: a zod schema for the plain settings, and the ports it is handed. */
import type {
  ChannelStore,
  Clock,
  ConversationStore,
  Core,
  FeedbackStore,
  KeepChannelFiles,
  SessionStore,
  WorkspaceStore,
} from '@frontdesk/core';
import { z } from 'zod';

/** What the adapter logs through; pino loggers fit. */
export interface SlackLogger {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/** What the adapter keeps: conversations, sessions, installations and routes, and the bots to route to. */
export type SlackStore = ConversationStore &
  SessionStore &
  ChannelStore &
  FeedbackStore &
  Pick<WorkspaceStore, 'listBots' | 'getBot'>;

export const slackSettingsSchema = z
  .object({
    /** `SLACK_SIGNING_SECRET`: checks that requests come from Slack. */
    signingSecret: z.string().min(1, 'SLACK_SIGNING_SECRET must not be empty').optional(),
    /**
     * `SLACK_APP_TOKEN`: an app-level token (`xapp-…`, `connections:write`) turns on Socket Mode —
     * events arrive over a WebSocket the server opens, so no public URL is needed.
     */
    appToken: z
      .string()
      .regex(/^xapp-/, 'SLACK_APP_TOKEN must be an app-level token (xapp-…)')
      .optional(),
    /**
     * `SLACK_BOT_TOKEN`: the bot token (`xoxb-…`) of the default workspace's connection. Optional
     * when `oauth` is set: then every Slack workspace is connected by "Add to Slack".
     */
    botToken: z.string().min(1, 'SLACK_BOT_TOKEN must not be empty').optional(),
    /** "Add to Slack" (OAuth v2): one Slack app installed into many Slack workspaces. */
    oauth: z
      .object({
        /** `SLACK_CLIENT_ID` */
        clientId: z.string().min(1, 'SLACK_CLIENT_ID must not be empty'),
        /** `SLACK_CLIENT_SECRET` */
        clientSecret: z.string().min(1, 'SLACK_CLIENT_SECRET must not be empty'),
        /** `SLACK_STATE_SECRET`: signs the OAuth `state`. */
        stateSecret: z.string().min(16, 'SLACK_STATE_SECRET must be at least 16 characters'),
        /** `SLACK_SCOPES`: the bot scopes asked for. */
        scopes: z.array(z.string().min(1)).min(1),
        /** The redirect URL registered with the app (`{PUBLIC_URL}/slack/oauth_redirect`). */
        redirectUri: z.url().optional(),
        /** Slack's authorize page; tests point it elsewhere. */
        authorizationUrl: z.url().optional(),
      })
      .optional(),
    /** `SLACK_API_URL`: the Web API base. Default Slack's. */
    apiUrl: z.url().default('https://slack.com/api/'),
    /** The workspace and bot that answer in Slack. */
    workspaceId: z.string().min(1),
    botId: z.string().min(1),
    /** The reaction that turns a message into a ticket, without colons. Default `ticket`. */
    ticketEmoji: z
      .string()
      .regex(/^:?[a-z0-9_+'-]+:?$/)
      .transform((value) => value.replace(/:/g, ''))
      .default('ticket'),
    /**
     * A top-level DM within this time of the DM's last message continues that conversation; 0 starts
     * a new one every time. Default 30 minutes.
     */
    dmFollowUpWindowMs: z
      .number()
      .int()
      .min(0)
      .default(30 * 60 * 1000),
    /** Stream answers with `chat.startStream`; false posts once and updates. Default true. */
    streaming: z.boolean().default(true),
    /** Prompts offered when someone opens a new assistant thread. */
    suggestedPrompts: z
      .array(z.object({ title: z.string().min(1), message: z.string().min(1) }))
      .max(4)
      .default([
        { title: 'Reset my password', message: 'How do I reset my password?' },
        { title: 'Billing question', message: 'How do I change my billing details?' },
        { title: 'Talk to a human', message: 'I would like to talk to a human.' },
      ]),
    /** How long a request may wait for its listener's ack before it is acknowledged anyway. */
    ackTimeoutMs: z.number().int().min(100).max(2900).default(2500),
    /** Per-call timeout of Web API calls, in milliseconds. */
    apiTimeoutMs: z.number().int().min(100).default(10_000),
  })
  .refine((settings) => settings.botToken !== undefined || settings.oauth !== undefined, {
    message: 'Set SLACK_BOT_TOKEN, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for "Add to Slack"',
    path: ['botToken'],
  })
  .refine((settings) => settings.signingSecret !== undefined || settings.appToken !== undefined, {
    message: 'Set SLACK_SIGNING_SECRET (events over HTTP) or SLACK_APP_TOKEN (Socket Mode)',
    path: ['signingSecret'],
  });

export type SlackSettings = z.output<typeof slackSettingsSchema>;

/** Seals installation records (tokens) at rest; the server's secret box fits. */
export interface Sealer {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

export interface SlackAdapterOptions extends z.input<typeof slackSettingsSchema> {
  core: Core;
  store: SlackStore;
  /** Required with `oauth`: installation records are sealed with it. */
  sealer?: Sealer;
  logger: SlackLogger;
  clock?: Clock;
  /** Keeps the files people share (downloaded with the bot token); without it they stay names and links. */
  keepFiles?: KeepChannelFiles;
}
