/** Tickets from a message: the ticket reaction on it, or the "Create ticket" message shortcut. */
import type { App } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import { answerInThread } from '../answer.js';
import { scopedContext } from '../connections.js';
import { redact } from '../receiver.js';
import { plainSlackText } from '../slack-text.js';
import { teamOf } from './messages.js';

/** The callback id of the message shortcut in the manifest. */
export const CREATE_TICKET_SHORTCUT = 'frontdesk_create_ticket';

interface SlackMessage {
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  text?: string;
}

/** Opens (at most) one ticket for a message, answering in its thread. */
export async function ticketFromMessage(
  context: AdapterContext,
  options: { team: string; channel: string; message: SlackMessage; actor: string },
): Promise<void> {
  const { team, channel, message, actor } = options;
  const words = await plainSlackText(
    message.text?.trim() ?? '',
    async (id) => (await context.requesters.lookup(id)).name,
  );
  await answerInThread(context, {
    team,
    channel,
    threadTs: message.thread_ts ?? message.ts,
    // The author asked the question; a ticket on a bot's message is for whoever asked for it.
    user: message.user && !message.bot_id ? message.user : actor,
    text: words.trim() || 'Ticket requested from Slack.',
    escalate: true,
    channelMessageId: `ticket:${team}:${channel}:${message.ts}`,
    origin: { channel, ts: message.ts },
  });
}

/** Registers the reaction and shortcut listeners. */
export function registerTicketListeners(app: App, context: AdapterContext): void {
  app.event('reaction_added', async ({ event, body, context: bolt }) => {
    if (event.reaction !== context.settings.ticketEmoji || event.item.type !== 'message') return;
    const { channel, ts } = event.item;
    const scoped = await scopedContext(context, bolt, channel);
    let found: SlackMessage | undefined;
    try {
      const replies = await scoped.client.conversations.replies({ channel, ts, limit: 200 });
      found = replies.messages?.find((message) => message.ts === ts) as SlackMessage | undefined;
    } catch (error) {
      context.logger.warn({ err: redact(error), channel }, 'slack: cannot read the reacted message');
    }
    if (!found) return;
    await ticketFromMessage(scoped, {
      team: teamOf(bolt, body.team_id),
      channel,
      message: found,
      actor: event.user,
    });
  });

  app.shortcut(CREATE_TICKET_SHORTCUT, async ({ ack, shortcut, context: bolt }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    await ticketFromMessage(await scopedContext(context, bolt, shortcut.channel.id), {
      team: bolt.teamId ?? shortcut.team?.id ?? '',
      channel: shortcut.channel.id,
      message: shortcut.message as SlackMessage,
      actor: shortcut.user.id,
    });
  });
}
