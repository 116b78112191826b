/**
 * Mentions, DMs and thread replies become answers. A reply in the thread by someone other than its
 * requester is a staff message: the core pauses the bot (`stopBotFromMe`) or answers it (`listeningFromMe`).
 */
import { withoutFileLookAlikes } from '@frontdesk/core';
import type { App } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import { answerInThread, type ThreadRequest } from '../answer.js';
import { viewingContextOf } from '../assistant-context.js';
import { scopedContext } from '../connections.js';
import { recentDmConversation } from '../dm-continuation.js';
import { messageId, threadKey } from '../keys.js';
import { type SlackFile, sharedFilesText } from '../shared-files.js';
import { plainSlackText } from '../slack-text.js';

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
  files?: SlackFile[];
  /** Set on messages from people of another workspace or org (Slack Connect). */
  user_team?: string;
}

interface BoltIds {
  teamId?: string;
  botUserId?: string;
}

/** Registers the `app_mention` and `message` listeners. */
export function registerMessageListeners(app: App, context: AdapterContext): void {
  // The installation's team (Bolt's `context.teamId`, from `authorizations[0]`): in a Slack Connect
  // channel the envelope's `team_id` may be the other organisation's.
  app.event('app_mention', async ({ event, body, context: bolt }) => {
    await onMessage(context, bolt, event as MessageLike, teamOf(bolt, body.team_id), true);
  });
  app.event('message', async ({ event, body, context: bolt }) => {
    await onMessage(context, bolt, event as MessageLike, teamOf(bolt, body.team_id), false);
  });
}

/** The installing team of an event, falling back to the envelope's team. */
export function teamOf(bolt: BoltIds, envelopeTeam: string): string {
  return bolt.teamId ?? envelopeTeam;
}

/** Cheap checks first: channel chatter not addressed to the bot costs no lookup at all. */
async function onMessage(
  base: AdapterContext,
  bolt: Parameters<typeof scopedContext>[1] & BoltIds,
  event: MessageLike,
  team: string,
  isMention: boolean,
): Promise<void> {
  const { botUserId } = bolt;
  if (!SPOKEN_SUBTYPES.has(event.subtype) || event.bot_id || !event.user || event.user === botUserId) return;
  const mentionTag = botUserId ? `<@${botUserId}>` : undefined;
  const raw = (mentionTag ? (event.text ?? '').split(mentionTag).join(' ') : (event.text ?? '')).trim();
  const files = event.files ?? [];
  if (!raw && files.length === 0) return;
  const im = event.channel_type === 'im';
  const mentioned = isMention || (mentionTag !== undefined && (event.text ?? '').includes(mentionTag));
  if (!im && !mentioned && !event.thread_ts) return; // channel chatter that is not addressed to the bot

  const context = await scopedContext(base, bolt, event.channel);
  let fromStaff = false;
  if (!im && !mentioned && event.thread_ts) {
    // A reply in a thread the bot is not part of is not for it.
    const conversation = await context.store.findConversationByChannelKey(
      context.settings.workspaceId,
      context.settings.botId,
      threadKey({ team, channel: event.channel, threadTs: event.thread_ts }),
    );
    if (!conversation) return;
    const requesterId = conversation.requester?.id;
    fromStaff = requesterId !== undefined && requesterId !== event.user;
  }
  const words = raw
    ? (await plainSlackText(raw, async (id) => (await context.requesters.lookup(id)).name)).trim()
    : '';
  const threadTs = event.thread_ts ?? event.ts;
  const where = { team, channel: event.channel, threadTs, user: event.user };
  // Kept files travel as attachment lines, so they reach the console and the ticket with the words;
  // a file without words is answered with the bot's unknownMessage.
  const fileText = await sharedFilesText(context, { ...where, ts: event.ts }, files);
  if (fileText === undefined) return;
  // In an assistant thread (a DM thread), where the person is looking, as Slack last said.
  const viewing =
    im && event.thread_ts
      ? await viewingContextOf(
          context,
          threadKey({ team, channel: event.channel, threadTs: event.thread_ts }),
        )
      : undefined;
  const request: ThreadRequest = {
    ...where,
    text: [withoutFileLookAlikes(words), fileText].filter(Boolean).join('\n\n'),
    ...(words ? {} : { nonText: true }),
    ...(event.user_team && event.user_team !== team ? { external: true } : {}),
    ...(fromStaff ? { fromStaff: true } : {}),
    ...(viewing ? { viewing } : {}),
    // `message` and `app_mention` of one ts share this id, so the core answers once.
    channelMessageId: messageId(team, event.channel, event.ts),
  };
  if (im && !event.thread_ts) {
    // A top-level DM soon after the last one continues that conversation, as in any chat app.
    const recent = await recentDmConversation(context, team, event.channel);
    return answerInThread(context, recent ? { ...request, channelKey: recent.channelKey } : request);
  }
  return answerInThread(context, request);
}
