/** The visitor's conversations: list, history, end. */
import {
  type Clock,
  cannedLocalizer,
  localizeActions,
  type Store,
  type WidgetConversation,
} from '@frontdesk/core';
import type { FileStorage } from '@frontdesk/services/files/file-storage';
import { Hono } from 'hono';
import type { TicketLinks } from './ticket-links.js';
import { toWidgetMessages, visitorConversation, visitorScope } from './widget-conversations.js';
import { widgetDocs } from './widget-docs.js';
import type { WidgetEnv } from './widget-env.js';

/** History shows at most this many of the latest messages. */
export const HISTORY_LIMIT = 200;
const LIST_LIMIT = 20;
const PREVIEW_LENGTH = 80;

export interface ConversationRouteDependencies {
  store: Store;
  clock: Clock;
  links: TicketLinks;
  /** Where the visitor's files are: their messages in the history carry them as attachments. */
  files?: FileStorage;
}

export function conversationRoutes(deps: ConversationRouteDependencies): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();

  routes.get('/conversations', widgetDocs.conversations, async (context) => {
    const visitor = context.get('visitor');
    const found = await deps.store.listConversationsByChannelKeyPrefix(
      visitor.workspaceId,
      visitor.botId,
      `${visitorScope(visitor)}:`,
      { limit: LIST_LIMIT },
    );
    // The preview of the last message says the core's fixed sentences in the visitor's language too.
    const local = cannedLocalizer(context.get('bot'), visitor.language);
    const data: WidgetConversation[] = await Promise.all(
      found.map(async (conversation) => {
        const [latest] = await deps.store.listMessages(conversation.id, { limit: 1 });
        const said = latest?.role === 'user' ? latest.text : local.text(latest?.text ?? '');
        const text = said.replace(/\s+/g, ' ').trim();
        return {
          id: conversation.id,
          createdAt: conversation.createdAt,
          updatedAt: conversation.updatedAt,
          ended: conversation.endedAt !== undefined,
          preview: text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text,
        };
      }),
    );
    return context.json({ success: true, data });
  });

  routes.get('/conversations/:id/messages', widgetDocs.history, async (context) => {
    const visitor = context.get('visitor');
    const conversation = await visitorConversation(deps.store, visitor, context.req.param('id'));
    const stored = await deps.store.listMessages(conversation.id, { limit: HISTORY_LIMIT });
    const local = cannedLocalizer(context.get('bot'), visitor.language);
    const messages = (
      await toWidgetMessages(deps.store, stored, deps.links, visitor.language, deps.files)
    ).map((message) =>
      message.role === 'user'
        ? message
        : {
            ...message,
            text: local.text(message.text),
            ...(message.actions ? { actions: localizeActions(message.actions, visitor.language) } : {}),
          },
    );
    const ended = conversation.endedAt !== undefined;
    // The widget asks for an e-mail address only when it knows none.
    const email = conversation.requester?.email ?? visitor.user?.email;
    const data = { conversationId: conversation.id, ended, messages, ...(email ? { email } : {}) };
    return context.json({ success: true, data });
  });

  routes.post('/conversations/:id/end', widgetDocs.end, async (context) => {
    const visitor = context.get('visitor');
    const conversation = await visitorConversation(deps.store, visitor, context.req.param('id'));
    await deps.store.endConversation(conversation.id, deps.clock.now());
    return context.json({ success: true, data: { conversationId: conversation.id, ended: true } });
  });

  return routes;
}
