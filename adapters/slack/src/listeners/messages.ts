/** Mentions, DMs and thread replies become answers; a staff reply in the thread pauses the agent there. */
import { type Conversation, pauseConversation } from '@frontdesk/core';
import type { App } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import { answerInThread, type ThreadRequest } from '../answer.js';
import { actionIds } from '../blocks.js';
import { messageId, threadKey } from '../keys.js';

/** Message subtypes that carry a person's words; edits, deletions, joins and the like are ignored. */
const SPOKEN_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

interface MessageLike {
  type: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
}

/** Registers the `app_mention` and `message` listeners. */
export function registerMessageListeners(app: App, context: AdapterContext): void {
  app.event('app_mention', async ({ event, body, context: bolt }) => {
    await onMessage(context, event as MessageLike, body.team_id, bolt.botUserId, true);
  });
  app.event('message', async ({ event, body, context: bolt }) => {
    await onMessage(context, event as MessageLike, body.team_id, bolt.botUserId, false);
  });
}

async function onMessage(
  context: AdapterContext,
  event: MessageLike,
  team: string,
  botUserId: string | undefined,
  isMention: boolean,
): Promise<void> {
  if (!SPOKEN_SUBTYPES.has(event.subtype) || event.bot_id || !event.user || event.user === botUserId) return;
  const mentionTag = botUserId ? `<@${botUserId}>` : undefined;
  const text = (mentionTag ? (event.text ?? '').split(mentionTag).join(' ') : (event.text ?? '')).trim();
  if (!text) return;
  const request: ThreadRequest = {
    team,
    channel: event.channel,
    threadTs: event.thread_ts ?? event.ts,
    user: event.user,
    text,
    // `message` and `app_mention` of one ts share this id, so the core answers once.
    channelMessageId: messageId(team, event.channel, event.ts),
  };
  const mentioned = isMention || (mentionTag !== undefined && (event.text ?? '').includes(mentionTag));
  if (mentioned || event.channel_type === 'im') return answerInThread(context, request);
  if (!event.thread_ts) return; // channel chatter that is not addressed to the bot

  const { settings, store } = context;
  const conversation = await store.findConversationByChannelKey(
    settings.workspaceId,
    settings.botId,
    threadKey({ team, channel: event.channel, threadTs: event.thread_ts }),
  );
  if (!conversation) return;
  const requesterId = conversation.requester?.id;
  if (requesterId && requesterId !== event.user) return pauseForStaff(context, conversation, request);
  return answerInThread(context, request);
}

/** Someone other than the requester answered in the thread: the agent steps back until resumed. */
async function pauseForStaff(
  context: AdapterContext,
  conversation: Conversation,
  request: ThreadRequest,
): Promise<void> {
  const paused = await pauseConversation(context.store, conversation.id, {
    by: request.user,
    now: context.clock.now(),
  });
  if (!paused) return;
  const text = `<@${request.user}> is handling this thread, so I'll stay quiet here.`;
  await context.client.chat.postMessage({
    channel: request.channel,
    thread_ts: request.threadTs,
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: actionIds.resume,
            text: { type: 'plain_text', text: 'Resume the agent' },
            value: conversation.id,
          },
        ],
      },
    ],
  });
}
