/** `/v1/conversations`: list, get, transcript, staff reply, and take over / hand back (the agent pauses). */
import {
  applyStaffMessage,
  isConversationPaused,
  pauseConversation,
  replyAsStaff,
  resumeConversation,
  type TicketUpdateDeps,
} from '@frontdesk/core';
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readQuery } from '../request-input.js';
import { readBody } from './admin-request.js';
import { findConversation } from './desk-access.js';
import { conversationDocs } from './desk-docs.js';
import { conversationListQuerySchema, staffReplySchema } from './desk-schemas.js';
import { conversationView, messageView, replyView } from './desk-views.js';

export { conversationListQuerySchema, staffReplySchema } from './desk-schemas.js';

const TRANSCRIPT_MESSAGE_LIMIT = 1000;

/** The routes under `/v1/conversations`; expects the auth middleware to have set the token. */
export function conversationRoutes(
  deps: Pick<AppDependencies, 'store'> & Pick<TicketUpdateDeps, 'ids' | 'clock' | 'send'>,
): Hono<AppEnv> {
  const { store, clock } = deps;
  const routes = new Hono<AppEnv>();
  const paused = (id: string) => isConversationPaused(store, id, clock.now());

  routes.get('/', conversationDocs.list, async (context) => {
    requirePermission(context, 'conversations', 'read');
    const query = readQuery(context, conversationListQuerySchema);
    const { conversations, total } = await store.listConversations(context.get('token').workspaceId, query);
    // One indexed read per row of a page (25 by default) gives staff the latest words to scan.
    // …and whether staff hold it (taken over), from the session the pipeline reads anyway.
    const [latest, sessions] = await Promise.all([
      Promise.all(conversations.map((conversation) => store.listMessages(conversation.id, { limit: 1 }))),
      Promise.all(
        conversations.map((conversation) =>
          store.getSession(conversation.workspaceId, conversation.botId, conversation.channelKey),
        ),
      ),
    ]);
    return context.json({
      success: true,
      data: conversations.map((conversation, index) =>
        conversationView(conversation, {
          lastMessage: latest[index]?.[0],
          paused: sessions[index]?.status === 'paused',
        }),
      ),
      paging: { total, limit: query.limit, offset: query.offset },
    });
  });

  routes.get('/:conversationId', conversationDocs.get, async (context) => {
    requirePermission(context, 'conversations', 'read');
    const conversation = await findConversation(store, context);
    return context.json({
      success: true,
      data: conversationView(conversation, { paused: await paused(conversation.id) }),
    });
  });

  routes.get('/:conversationId/transcript', conversationDocs.transcript, async (context) => {
    requirePermission(context, 'conversations', 'read');
    const conversation = await findConversation(store, context);
    const messages = await store.listMessages(conversation.id, { limit: TRANSCRIPT_MESSAGE_LIMIT });
    return context.json({ success: true, data: messages.map(messageView) });
  });

  routes.post('/:conversationId/replies', conversationDocs.reply, async (context) => {
    requirePermission(context, 'conversations', 'write');
    const conversation = await findConversation(store, context);
    const { text } = await readBody(context, staffReplySchema);
    const message = await replyAsStaff({ ...deps }, { conversation, text });
    // Staff wrote in the conversation: the bot's stopBotFromMe decides whether it steps back.
    await applyStaffMessage(store, conversation, { by: context.get('token').id, now: clock.now() });
    return context.json({ success: true, data: await replyView(store, message) }, 201);
  });

  // Staff take the conversation: the agent stays quiet until it is handed back.
  routes.post('/:conversationId/takeover', conversationDocs.takeover, async (context) => {
    requirePermission(context, 'conversations', 'write');
    const conversation = await findConversation(store, context);
    await pauseConversation(store, conversation.id, { by: context.get('token').id, now: clock.now() });
    return context.json({ success: true, data: conversationView(conversation, { paused: true }) });
  });

  routes.post('/:conversationId/handback', conversationDocs.handback, async (context) => {
    requirePermission(context, 'conversations', 'write');
    const conversation = await findConversation(store, context);
    await resumeConversation(store, conversation.id);
    return context.json({ success: true, data: conversationView(conversation, { paused: false }) });
  });
  return routes;
}
