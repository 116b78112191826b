// Signed Slack requests shaped like Slack's documented examples: event callbacks, interactivity, commands.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SIGNING_SECRET = 'test-signing-secret-8f2a1c';
export const BOT_TOKEN = 'xoxb-test-0000-frontdesk';
export const TEAM = 'T0001';

/** The settings that point a server at the fake Web API at `apiUrl`, with this app's signing secret and bot token. */
export function slackEnv(apiUrl: string): Record<string, string> {
  return { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: apiUrl };
}

let eventCounter = 0;

/** Signs `rawBody` as Slack does: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function sign(rawBody: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  secret?: string;
  retryNum?: number;
  signature?: string;
}

/** POSTs a body to `/slack/events` with Slack's headers. */
export function postSigned(
  url: string,
  rawBody: string,
  contentType: string,
  options: SendOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': options.signature ?? sign(rawBody, timestamp, options.secret),
      ...(options.retryNum
        ? { 'X-Slack-Retry-Num': String(options.retryNum), 'X-Slack-Retry-Reason': 'http_timeout' }
        : {}),
    },
    body: rawBody,
  });
}

/** An Events API `event_callback` envelope around `event`. */
export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${++eventCounter}TEST`,
): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    api_app_id: 'A0FRONTDESK',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export function sendEvent(
  url: string,
  envelope: Record<string, unknown>,
  options?: SendOptions,
): Promise<Response> {
  return postSigned(url, JSON.stringify(envelope), 'application/json', options);
}

/** Interactivity (`block_actions`, `message_action`) arrives as a form with a JSON `payload`. */
export function sendInteraction(
  url: string,
  payload: Record<string, unknown>,
  options?: SendOptions,
): Promise<Response> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(url, body, 'application/x-www-form-urlencoded', options);
}

/** A `block_actions` interaction: `user` pressed `button` on `message` in `channel`, as Slack sends it. */
export function buttonPress(options: {
  channel: string;
  user: string;
  message: Record<string, unknown>;
  /** The button as the message's blocks have it: at least `action_id` and `value`. */
  button: Record<string, unknown>;
  responseUrl: string;
  username?: string;
  triggerId?: string;
}): Record<string, unknown> {
  const { channel, message } = options;
  return {
    type: 'block_actions',
    user: { id: options.user, username: options.username ?? 'u', team_id: TEAM },
    api_app_id: 'A0FRONTDESK',
    token: 'x',
    container: { type: 'message', message_ts: message.ts, channel_id: channel, is_ephemeral: false },
    trigger_id: options.triggerId ?? `t-${nextTs()}`,
    team: { id: TEAM, domain: 'acme' },
    channel: { id: channel, name: 'support' },
    message,
    response_url: options.responseUrl,
    actions: [
      {
        text: { type: 'plain_text', text: 'x' },
        ...options.button,
        block_id: 'b',
        type: 'button',
        action_ts: nextTs(),
      },
    ],
  };
}

/** A slash command arrives as a plain form. */
export function sendCommand(
  url: string,
  fields: Record<string, string>,
  options?: SendOptions,
): Promise<Response> {
  return postSigned(
    url,
    new URLSearchParams(fields).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}

let tsCounter = 1_800_000_000;

/** A fresh message ts, as Slack writes them. */
export function nextTs(): string {
  tsCounter += 1;
  return `${tsCounter}.000200`;
}

/** `app_mention` and the matching `message` event for one user message. */
export function mentionEvents(options: {
  channel: string;
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
}) {
  const shared = {
    user: options.user,
    text: `<@UBOT0001> ${options.text}`,
    ts: options.ts,
    channel: options.channel,
    event_ts: options.ts,
    team: TEAM,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
  };
  return {
    mention: { type: 'app_mention', ...shared },
    message: { type: 'message', channel_type: 'channel', ...shared },
  };
}

/** A plain `message` event (a thread reply or a DM). */
export function messageEvent(options: {
  channel: string;
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
  channelType?: string;
  extra?: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    type: 'message',
    channel: options.channel,
    channel_type: options.channelType ?? 'channel',
    user: options.user,
    text: options.text,
    ts: options.ts,
    event_ts: options.ts,
    team: TEAM,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    ...options.extra,
  };
}

const FIXTURES = fileURLToPath(new URL('../fixtures/slack/', import.meta.url));

/** A payload from test/fixtures/slack with `{{name}}` filled in; `eventId` defaults to a fresh one. */
export function slackFixture(name: string, values: Record<string, string>): Record<string, unknown> {
  let text = readFileSync(`${FIXTURES}${name}.json`, 'utf8');
  const all = { eventId: `Ev${++eventCounter}FIXTURE`, ...values };
  for (const [key, value] of Object.entries(all)) text = text.replaceAll(`{{${key}}}`, value);
  return JSON.parse(text) as Record<string, unknown>;
}
