/** `/frontdesk <question>` answers privately; `/frontdesk ticket <text>` opens a ticket. */
import { collectReply, localizeReplyEvents, RateLimitError } from '@frontdesk/core';
import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import { type AdapterContext, APOLOGY } from '../adapter-context.js';
import { fallbackText, sourceBlocks, textBlocks, ticketBlock } from '../blocks.js';
import { scopedContext } from '../connections.js';
import { commandScope } from '../keys.js';
import { slackLanguage } from '../language.js';
import { redact } from '../receiver.js';
import { plainSlackText } from '../slack-text.js';
import { routeByCommand } from './bot-command.js';

export const COMMAND = '/frontdesk';

const USAGE =
  'Ask me anything with `/frontdesk your question`, open a ticket with `/frontdesk ticket what you need`, or (admins) choose the bot of this channel with `/frontdesk bot <name>`.';

/** Registers the slash command. */
export function registerCommand(app: App, base: AdapterContext): void {
  app.command(COMMAND, async ({ ack, command, respond, context: bolt }) => {
    await ack();
    const scoped = await scopedContext(base, bolt, command.channel_id);
    const botName = /^bot\b\s*([\s\S]*)$/i.exec(command.text.trim());
    if (botName) {
      await respond({
        response_type: 'ephemeral',
        text: await routeByCommand(scoped, {
          channelId: command.channel_id,
          userId: command.user_id,
          name: botName[1] ?? '',
        }),
      });
      return;
    }
    await answerCommand(scoped, { command, respond, team: bolt.teamId ?? command.team_id });
  });
}

async function answerCommand(
  context: AdapterContext,
  { command, respond, team }: { command: SlashCommand; respond: RespondFn; team: string },
): Promise<void> {
  {
    const ticket = /^ticket\b\s*([\s\S]*)$/i.exec(command.text.trim());
    const raw = (ticket ? ticket[1] : command.text)?.trim() ?? '';
    const text = (await plainSlackText(raw, async (id) => (await context.requesters.lookup(id)).name)).trim();
    if (!text) {
      await respond({ response_type: 'ephemeral', text: USAGE });
      return;
    }
    const { settings } = context;
    try {
      const reply = await context.core.handleIncoming({
        workspaceId: settings.workspaceId,
        botId: settings.botId,
        channel: 'slack',
        text,
        clientKey: `slack:${team}:${command.user_id}`,
        channelScope: commandScope(team, command.channel_id),
        channelMessageId: `command:${team}:${command.trigger_id}`,
        requester: await context.requesters.lookup(command.user_id),
        ...(ticket ? { escalate: true } : {}),
      });
      if (reply.duplicate || reply.skipped) return;
      const language = await slackLanguage(context, command.user_id, settings);
      const data = await collectReply(localizeReplyEvents(reply.events, language));
      await respond({
        response_type: 'ephemeral',
        text: fallbackText(data.answers),
        blocks: [
          ...textBlocks(data.answers),
          ...sourceBlocks(data.sources),
          ...(data.ticketDetails ? [ticketBlock(data.ticketDetails)] : []),
        ].slice(0, 50),
      });
    } catch (error) {
      context.logger.warn({ err: redact(error) }, 'slack: command failed');
      const apology = error instanceof RateLimitError ? 'Too many requests; try again in a moment.' : APOLOGY;
      await respond({ response_type: 'ephemeral', text: apology }).catch(() => {});
    }
  }
}
