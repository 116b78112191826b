/** `/frontdesk <question>` answers privately; `/frontdesk ticket <text>` opens a ticket. */
import { collectReply, localizeReplyEvents, RateLimitError } from '@frontdesk/core';
import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import { fallbackText, sourceBlocks, textBlocks, ticketBlock } from '../blocks.js';
import { scopedContext } from '../connections.js';
import { commandScope } from '../keys.js';
import { slackVoice } from '../language.js';
import { redact } from '../receiver.js';
import { plainSlackText } from '../slack-text.js';
import { routeByCommand } from './bot-command.js';

export const COMMAND = '/frontdesk';

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
    const { settings } = context;
    // The usage, the answer and the apology in the language of the person who typed the command.
    const voice = await slackVoice(context, command.user_id, settings);
    if (!text) {
      await respond({ response_type: 'ephemeral', text: voice.words.commandUsage });
      return;
    }
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
      const { language } = voice;
      const data = await collectReply(localizeReplyEvents(reply.events, language, voice));
      await respond({
        response_type: 'ephemeral',
        text: fallbackText(data.answers),
        blocks: [
          ...textBlocks(data.answers),
          ...sourceBlocks(data.sources, language),
          ...(data.ticketDetails ? [ticketBlock(data.ticketDetails, language)] : []),
        ].slice(0, 50),
      });
    } catch (error) {
      context.logger.warn({ err: redact(error) }, 'slack: command failed');
      const apology = error instanceof RateLimitError ? voice.words.slowDown : voice.words.answerUnfinished;
      await respond({ response_type: 'ephemeral', text: apology }).catch(() => {});
    }
  }
}
