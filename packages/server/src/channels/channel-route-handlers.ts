/** `PUT` and `DELETE …/connections/{connectionId}/channels/{channelId}`: one handler for Slack and Teams. */
import type { AppEnv } from '@frontdesk/http/app-env';
import { requirePermission } from '@frontdesk/http/permissions';
import { readJsonBody } from '@frontdesk/http/request-input';
import type { Context } from 'hono';
import { z } from 'zod';

/** The body of a channel route: the bot that answers in the channel. */
export const routeSchema = z.strictObject({ botId: z.string().min(1).max(64) });

interface ChannelKey {
  connectionId: string;
  channelId: string;
  workspaceId: string;
}

const keyOf = (context: Context<AppEnv>): ChannelKey => ({
  connectionId: context.req.param('connectionId') ?? '',
  channelId: context.req.param('channelId') ?? '',
  workspaceId: context.get('token').workspaceId,
});

/** Routes the channel to the body's bot; answers with the stored route. */
export function routeChannelHandler(route: (input: ChannelKey & { botId: string }) => Promise<unknown>) {
  return async (context: Context<AppEnv>) => {
    requirePermission(context, 'integrations', 'write');
    const { botId } = await readJsonBody(context, routeSchema);
    return context.json({ success: true, data: await route({ ...keyOf(context), botId }) });
  };
}

/** Sends the channel back to its connection's default bot. */
export function unrouteChannelHandler(unroute: (input: ChannelKey) => Promise<void>) {
  return async (context: Context<AppEnv>) => {
    requirePermission(context, 'integrations', 'write');
    const key = keyOf(context);
    await unroute(key);
    return context.json({
      success: true,
      data: { connectionId: key.connectionId, channelId: key.channelId },
    });
  };
}
