/** Answers one Teams message after the ack: typing, the core's reply, streamed or as one final message. */
import {
  type ChatVoice,
  chatVoice,
  chatWords,
  type IncomingMessage,
  localizeReplyEvents,
  RateLimitError,
  type ReplyData,
  tryAgainInText,
} from '@frontdesk/core';
import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdapterContext } from './adapter-context.js';
import { markGone } from './conversation-reference.js';
import { ConversationGoneError } from './errors.js';
import { answerMessage, textMessage } from './reply-activity.js';
import { lookupRequester } from './requester.js';
import type { Send } from './sender.js';
import { createStreamWriter, type StreamWriter, startTyping } from './stream-writer.js';

/** What the person reads, in their `language`, when the answer failed; the details go to the log. */
function failureText(error: unknown, language: string | undefined): string {
  if (error instanceof RateLimitError) {
    return tryAgainInText(language, Math.max(1, Math.ceil(error.retryAfterMs / 1000)));
  }
  return chatWords(language).answerFailed;
}

/** The core's message for an activity: text, keys and the requester. */
export function incomingFrom(
  context: AdapterContext,
  activity: Activity,
  input: {
    text: string;
    channelKey: string;
    requester: IncomingMessage['requester'];
    escalate?: boolean;
    fromStaff?: boolean;
    nonText?: boolean;
  },
): IncomingMessage {
  const user = activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
  return {
    workspaceId: context.settings.workspaceId,
    botId: context.settings.botId,
    channel: 'teams',
    text: input.text,
    clientKey: `teams:${user}`,
    channelKey: input.channelKey,
    // Teams' activity ids are unique within a conversation only.
    channelMessageId: `${activity.conversation?.id}:${activity.id}`,
    ...(input.requester ? { requester: input.requester } : {}),
    ...(input.escalate ? { escalate: true } : {}),
    ...(input.fromStaff ? { fromStaff: true } : {}),
    ...(input.nonText ? { nonText: true } : {}),
  };
}

/**
 * True when a member of the workspace (matched by email) wrote in someone else's conversation:
 * the core then applies `stopBotFromMe` / `listeningFromMe`. Teams only delivers messages that
 * mention the bot, so a different sender alone does not make staff (group chats have many askers).
 */
async function isStaffMessage(
  context: AdapterContext,
  requester: IncomingMessage['requester'],
  channelKey: string,
): Promise<boolean> {
  const email = requester?.email?.toLowerCase();
  if (!email || !requester?.id) return false;
  const conversation = await context.store.findConversationByChannelKey(
    context.settings.workspaceId,
    context.settings.botId,
    channelKey,
  );
  const requesterId = conversation?.requester?.id;
  if (!requesterId || requesterId === requester.id) return false;
  const members = await context.store.listMembers(context.settings.workspaceId);
  return members.some((member) => member.email.toLowerCase() === email);
}

/** Runs the core on a message and sends the reply into the conversation the turn is on. */
export async function answer(
  context: AdapterContext,
  turn: TurnContext,
  send: Send,
  input: { activity: Activity; text: string; channelKey: string; nonText?: boolean },
): Promise<void> {
  const { activity, channelKey } = input;
  const personal = activity.conversation?.conversationType === 'personal';
  const streaming = personal && context.settings.streaming;
  const stopTyping = streaming ? () => {} : startTyping(send, context.settings.typingIntervalMs);
  let writer: StreamWriter | undefined;
  let voice: ChatVoice | undefined;
  try {
    // The core's sentences, the bot's canned replies and the card's words go out in the language
    // of the person's Teams client.
    voice = await chatVoice(activity.locale, context.store, context.settings);
    const requester = context.settings.lookupMembers
      ? await lookupRequester(turn, activity, context.cloud.ConnectorClientKey)
      : undefined;
    const reply = await context.core.handleIncoming(
      incomingFrom(context, activity, {
        text: input.text,
        channelKey,
        requester,
        fromStaff: await isStaffMessage(context, requester, channelKey),
        ...(input.nonText ? { nonText: true } : {}),
      }),
    );
    if (reply.duplicate || reply.skipped) return;
    const { language } = voice;
    if (streaming) {
      writer = createStreamWriter(send, {
        intervalMs: context.settings.streamIntervalMs,
        now: () => context.clock.now(),
        informativeText: voice.words.lookingForAnswer,
      });
      await writer.start();
    }
    let messageId: string | undefined;
    let data: ReplyData | undefined;
    for await (const event of localizeReplyEvents(reply.events, language, voice)) {
      if (event.type === 'message-start') messageId = event.messageId;
      else if (event.type === 'message-delta') writer?.append(event.text);
      else if (event.type === 'message-end') data = event.data;
    }
    if (!data) throw new Error('The reply ended without message-end.');
    stopTyping();
    if (writer) await writer.finish(data, messageId, language);
    else await send(answerMessage(data, messageId, language));
  } catch (error) {
    stopTyping();
    if (error instanceof ConversationGoneError) {
      await markGone(context.store, channelKey, error, context.clock.now());
      context.logger.warn({ channelKey, reason: error.reason }, 'teams: conversation refused the answer');
      return;
    }
    context.logger.error({ err: error, channelKey }, 'teams: answer failed');
    try {
      const text = failureText(error, voice?.language);
      if (writer) await writer.fail(text);
      else await send(textMessage(text));
    } catch (sendError) {
      context.logger.warn({ err: sendError, channelKey }, 'teams: could not tell the user about the failure');
    }
  }
}
