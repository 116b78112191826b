/** `/frontdesk <question>` answers privately; `/frontdesk ticket <text>` opens a ticket. */
import { collectReply, RateLimitError } from '@frontdesk/core';
import type { App } from '@slack/bolt';
import { type AdapterContext, APOLOGY } from '../adapter-context.js';
import { fallbackText, sourceBlocks, textBlocks, ticketBlock } from '../blocks.js';
import { commandScope } from '../keys.js';
import { redact } from '../receiver.js';
import { plainSlackText } from '../slack-text.js';

export const COMMAND = '/frontdesk';

const USAGE =
  'Ask me anything with `/frontdesk your question`, or open a ticket with `/frontdesk ticket what you need`.';

/** Registers the slash command. */
export function registerCommand(app: App, context: AdapterContext): void {
  app.command(COMMAND, async ({ ack, command, respond, context: bolt }) => {
    await ack();
    const team = bolt.teamId ?? command.team_id;
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
      const data = await collectReply(reply.events);
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
  });
}
