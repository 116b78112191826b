/**
 * Mentions, DMs and thread replies become answers. A reply in the thread by someone other than its
 * requester is a staff message: the core pauses the bot (`stopBotFromMe`) or answers it (`listeningFromMe`).
 */
import type { App } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import { answerInThread, type ThreadRequest } from '../answer.js';
import { scopedContext } from '../connections.js';
import { recentDmConversation } from '../dm-continuation.js';
import { messageId, threadKey } from '../keys.js';
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
  files?: { name?: string; title?: string; permalink?: string }[];
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
    const scoped = await scopedContext(context, bolt, (event as MessageLike).channel);
    await onMessage(scoped, event as MessageLike, teamOf(bolt, body.team_id), bolt.botUserId, true);
  });
  app.event('message', async ({ event, body, context: bolt }) => {
    const scoped = await scopedContext(context, bolt, (event as MessageLike).channel);
    await onMessage(scoped, event as MessageLike, teamOf(bolt, body.team_id), bolt.botUserId, false);
  });
}

/** The installing team of an event, falling back to the envelope's team. */
export function teamOf(bolt: BoltIds, envelopeTeam: string): string {
  return bolt.teamId ?? envelopeTeam;
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
  const raw = (mentionTag ? (event.text ?? '').split(mentionTag).join(' ') : (event.text ?? '')).trim();
  const words = raw
    ? (await plainSlackText(raw, async (id) => (await context.requesters.lookup(id)).name)).trim()
    : '';
  const files = event.files ?? [];
  if (!words && files.length === 0) return;
  const request: ThreadRequest = {
    team,
    channel: event.channel,
    threadTs: event.thread_ts ?? event.ts,
    user: event.user,
    // A file without words is kept as its names; the core answers it with the bot's unknownMessage.
    // Files travel as their names and links, so they reach the ticket with the words.
    text: [words, files.length > 0 ? `[file: ${files.map(fileLabel).join(', ')}]` : '']
      .filter(Boolean)
      .join('\n\n'),
    ...(words ? {} : { nonText: true }),
    ...(event.user_team && event.user_team !== team ? { external: true } : {}),
    // `message` and `app_mention` of one ts share this id, so the core answers once.
    channelMessageId: messageId(team, event.channel, event.ts),
  };
  if (event.channel_type === 'im') {
    // A top-level DM soon after the last one continues that conversation, as in any chat app.
    const recent = event.thread_ts ? undefined : await recentDmConversation(context, team, event.channel);
    return answerInThread(context, recent ? { ...request, channelKey: recent.channelKey } : request);
  }
  const mentioned = isMention || (mentionTag !== undefined && (event.text ?? '').includes(mentionTag));
  if (mentioned) return answerInThread(context, request);
  if (!event.thread_ts) return; // channel chatter that is not addressed to the bot

  const { settings, store } = context;
  const conversation = await store.findConversationByChannelKey(
    settings.workspaceId,
    settings.botId,
    threadKey({ team, channel: event.channel, threadTs: event.thread_ts }),
  );
  if (!conversation) return;
  const requesterId = conversation.requester?.id;
  return answerInThread(context, {
    ...request,
    ...(requesterId && requesterId !== event.user ? { fromStaff: true } : {}),
  });
}

/** `name (permalink)`, or the name alone. */
function fileLabel(file: { name?: string; title?: string; permalink?: string }): string {
  const name = file.name ?? file.title ?? 'file';
  return file.permalink?.startsWith('https://') ? `${name} (${file.permalink})` : name;
}
