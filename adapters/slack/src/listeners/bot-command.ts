/** `/frontdesk bot <name>`: a Slack admin chooses which Frontdesk bot answers in this channel. */
import type { AdapterContext } from '../adapter-context.js';
import { ENV_CONNECTION } from '../connections.js';
import { routeChannel } from '../management.js';
import { redact } from '../receiver.js';

/** Routes the channel and returns what the admin reads; refuses people who are not Slack admins or owners. */
export async function routeByCommand(
  context: AdapterContext,
  input: { channelId: string; userId: string; name: string },
): Promise<string> {
  const name = input.name.trim();
  const bots = await context.store.listBots(context.settings.workspaceId);
  if (!name) {
    const names = bots.map((bot) => `\`${bot.id}\` (${bot.name})`).join(', ');
    return `This channel is answered by \`${context.settings.botId}\`. Bots you can choose: ${names}.`;
  }
  try {
    const info = await context.client.users.info({ user: input.userId });
    if (!info.user?.is_admin && !info.user?.is_owner)
      return 'Only Slack workspace admins can choose the bot of a channel.';
  } catch (error) {
    context.logger.warn({ err: redact(error) }, 'slack: cannot check who asked to route a channel');
    return 'I could not check that you are a Slack admin; please try again.';
  }
  const lower = name.toLowerCase();
  const bot = bots.find((candidate) => candidate.id === name || candidate.name.toLowerCase() === lower);
  if (!bot) return `There is no bot called "${name}" in this Frontdesk workspace.`;
  await routeChannel(context, {
    connectionId: context.connection?.connectionId ?? ENV_CONNECTION,
    channelId: input.channelId,
    workspaceId: context.settings.workspaceId,
    botId: bot.id,
  });
  return `From now on *${bot.name}* answers in this channel.`;
}
