/** Runs one Slack message through the core and writes the reply into its thread. */
import { type IncomingMessage, localizeReplyEvents, RateLimitError } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { refreshRequesterContext, type ViewingContext } from './assistant-context.js';
import { threadKey } from './keys.js';
import { slackVoice } from './language.js';
import { redact, slackErrorCode } from './receiver.js';
import { createReplyWriter } from './reply-writer.js';
import { postStaffPauseNotice } from './staff-pause-notice.js';
import { showTicketStatus, type TicketOrigin } from './ticket-status.js';

export interface ThreadRequest {
  team: string;
  channel: string;
  /** The thread the answer goes in (the message's own `ts` for a new thread). */
  threadTs: string;
  user: string;
  text: string;
  /** The core's dedupe id: a second request with it gets no second answer. */
  channelMessageId: string;
  /** The conversation this message belongs to, when not the thread's own (a DM's follow-up). */
  channelKey?: string;
  /** Open a ticket rather than ask the agent (a button, a reaction, a shortcut). */
  escalate?: boolean;
  /** The message whose reaction shows the ticket's status; default the thread's root. */
  origin?: TicketOrigin;
  /** Someone other than the thread's requester wrote this: the core applies `stopBotFromMe` / `listeningFromMe`. */
  fromStaff?: boolean;
  /** A file with no words: the core answers with the bot's `unknownMessage`. */
  nonText?: boolean;
  /** The person belongs to another organisation (Slack Connect); the requester is marked external. */
  external?: boolean;
  /** The channel the person is viewing (Slack's assistant panel); reaches the agent on the requester. */
  viewing?: ViewingContext;
}

/** Web API errors that mean this app or workspace cannot stream at all. */
const STREAMING_MISSING = new Set([
  'unknown_method',
  'feature_not_enabled',
  'not_allowed_token_type',
  'method_deprecated',
]);

/** Answers in the thread, unless this message was handled already or staff paused the thread. */
export async function answerInThread(context: AdapterContext, request: ThreadRequest): Promise<void> {
  const { settings, client } = context;
  const channelKey =
    request.channelKey ??
    threadKey({ team: request.team, channel: request.channel, threadTs: request.threadTs });

  const message: IncomingMessage = {
    workspaceId: settings.workspaceId,
    botId: settings.botId,
    channel: 'slack',
    text: request.text,
    clientKey: `slack:${request.team}:${request.user}`,
    channelKey,
    channelMessageId: request.channelMessageId,
    requester: {
      ...(await context.requesters.lookup(request.user)),
      ...(request.external ? { external: true } : {}),
      ...(request.viewing ? { context: request.viewing } : {}),
    },
    ...(request.escalate ? { escalate: true } : {}),
    ...(request.fromStaff ? { fromStaff: true } : {}),
    ...(request.nonText ? { nonText: true } : {}),
  };
  const post = (text: string) =>
    client.chat.postMessage({ channel: request.channel, thread_ts: request.threadTs, text });

  // The agent sees the conversation's requester: an existing one learns where the person is now.
  if (request.viewing) await refreshRequesterContext(context, channelKey, request.viewing);

  // The core's sentences, the bot's canned replies and the adapter's words go out in the language
  // of the person who wrote (or pressed).
  const voice = await slackVoice(context, request.user, settings);
  const { language, words } = voice;
  let reply: Awaited<ReturnType<typeof context.core.handleIncoming>>;
  try {
    reply = await context.core.handleIncoming(message);
  } catch (error) {
    context.logger.warn({ err: redact(error), channelKey }, 'slack: message refused');
    await post(error instanceof RateLimitError ? words.slowDown : words.answerUnfinished).catch(() => {});
    return;
  }
  if (reply.skipped === 'staff-paused') {
    await postStaffPauseNotice(context, request, reply.conversationId).catch((error: unknown) => {
      context.logger.warn({ err: redact(error), channelKey }, 'slack: cannot post the pause notice');
    });
    return;
  }
  // A paused thread (staff took over), an ignored person or a debounced message gets no post.
  if (reply.duplicate || reply.skipped) return;

  // The thinking status only exists in assistant threads; elsewhere Slack refuses it, which is fine.
  await client.assistant.threads
    .setStatus({ channel_id: request.channel, thread_ts: request.threadTs, status: words.thinking })
    .catch(() => {});

  const writer = createReplyWriter(
    { client, team: request.team, channel: request.channel, threadTs: request.threadTs, user: request.user },
    {
      stream: settings.streaming && context.streaming.enabled,
      ...(language ? { language } : {}),
      onStreamRefused: (error) => {
        context.logger.info({ err: redact(error) }, 'slack: streaming unavailable, posting and updating');
        // Only a workspace or plan that lacks streaming turns it off for good; other errors are one-off.
        if (STREAMING_MISSING.has(slackErrorCode(error) ?? '')) context.streaming.enabled = false;
      },
    },
  );
  try {
    for await (const event of localizeReplyEvents(reply.events, language, voice)) {
      await writer.write(event);
      if (event.type === 'ticket-created') {
        const origin = request.origin ?? { channel: request.channel, ts: request.threadTs };
        await showTicketStatus(context, event.ticket, origin);
      }
    }
  } catch (error) {
    context.logger.error({ err: redact(error), channelKey }, 'slack: answer failed');
    await writer.fail(words.answerUnfinished).catch((failure: unknown) => {
      context.logger.error({ err: redact(failure), channelKey }, 'slack: cannot post the apology');
    });
  }
}
