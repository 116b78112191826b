/**
 * Staff presence routes, under `/v1/conversations` with the desk's authentication:
 * `POST /{id}/typing` (the console's reply box, while staff type) and `POST /{id}/read` (the
 * console opened the conversation). Both reach the visitor's widget as events.
 */
import { type Clock, type Conversation, NotFoundError, type Store } from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import { describe, ok, oneErrors, pathParameter } from '@frontdesk/http/openapi/helpers';
import { requirePermission } from '@frontdesk/http/permissions';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { markRead, type Presence } from './presence.js';

const signalSchema = z.strictObject({ conversationId: z.string(), delivered: z.boolean() });
const docs = {
  typing: describe({
    operationId: 'sendStaffTyping',
    summary: "Tell the visitor's widget that staff are typing (send again every few seconds while they do)",
    parameters: [pathParameter('conversationId')],
    responses: {
      '202': ok('Passed on; `delivered` is false for channels without a typing indicator.', signalSchema),
      ...oneErrors(),
    },
  }),
  read: describe({
    operationId: 'markConversationRead',
    summary: 'Staff opened the conversation: the widget shows the visitor their messages were read',
    parameters: [pathParameter('conversationId')],
    responses: { '202': ok('Marked read.', signalSchema), ...oneErrors() },
  }),
};

async function conversationOf(store: Store, context: Context<AppEnv>): Promise<Conversation> {
  const conversation = await store.getConversation(context.req.param('conversationId') ?? '');
  if (!conversation || conversation.workspaceId !== context.get('token').workspaceId) {
    throw new NotFoundError('No such conversation.');
  }
  return conversation;
}

export function presenceRoutes(deps: { store: Store; clock: Clock; presence: Presence }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/:conversationId/typing', docs.typing, async (context) => {
    requirePermission(context, 'conversations', 'write');
    const conversation = await conversationOf(deps.store, context);
    const delivered = conversation.channel === 'web';
    if (delivered) await deps.presence.publish(conversation.id, { type: 'typing' });
    return context.json({ success: true, data: { conversationId: conversation.id, delivered } }, 202);
  });
  routes.post('/:conversationId/read', docs.read, async (context) => {
    // It tells the visitor something, so it needs write access like a reply (a viewer only watches).
    requirePermission(context, 'conversations', 'write');
    const conversation = await conversationOf(deps.store, context);
    const delivered = conversation.channel === 'web';
    if (delivered) {
      const at = deps.clock.now();
      await markRead(deps.store, conversation.id, at);
      await deps.presence.publish(conversation.id, { type: 'read', at });
    }
    return context.json({ success: true, data: { conversationId: conversation.id, delivered } }, 202);
  });
  return routes;
}
