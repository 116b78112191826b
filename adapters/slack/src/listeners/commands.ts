/** `/frontdesk <question>` answers privately; `/frontdesk ticket <text>` opens a ticket. */
import { collectReply, RateLimitError } from '@frontdesk/core';
import type { App } from '@slack/bolt';
import { type AdapterContext, APOLOGY } from '../adapter-context.js';
import { fallbackText, sourceBlocks, textBlocks, ticketBlock } from '../blocks.js';
import { commandScope } from '../keys.js';
import { redact } from '../receiver.js';

export const COMMAND = '/frontdesk';

const USAGE =
  'Ask me anything with `/frontdesk your question`, or open a ticket with `/frontdesk ticket what you need`.';

/** Registers the slash command. */
export function registerCommand(app: App, context: AdapterContext): void {
  app.command(COMMAND, async ({ ack, command, respond }) => {
    await ack();
    const ticket = /^ticket\b\s*([\s\S]*)$/i.exec(command.text.trim());
    const text = (ticket ? ticket[1] : command.text)?.trim() ?? '';
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
        clientKey: `slack:${command.team_id}:${command.user_id}`,
        channelScope: commandScope(command.team_id, command.channel_id),
        channelMessageId: `command:${command.team_id}:${command.trigger_id}`,
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
