/** What a visitor tells us about a conversation: 👍/👎 on an answer, and the e-mail address for replies. */
import {
  type Clock,
  NotFoundError,
  recordFeedback,
  type Store,
  widgetEmailRequestSchema,
  widgetFeedbackRequestSchema,
} from '@frontdesk/core';
import { readJsonBody } from '@frontdesk/http/request-input';
import { Hono } from 'hono';
import { visitorConversation } from './widget-conversations.js';
import { widgetDocs } from './widget-docs.js';
import type { WidgetEnv } from './widget-env.js';

export interface VisitorRouteDependencies {
  store: Store;
  clock: Clock;
}

export function visitorRoutes(deps: VisitorRouteDependencies): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();

  // Stored the way Slack's and Teams' feedback buttons store it, so reports see all channels.
  routes.post('/conversations/:id/feedback', widgetDocs.feedback, async (context) => {
    const visitor = context.get('visitor');
    const conversation = await visitorConversation(deps.store, visitor, context.req.param('id'));
    const body = await readJsonBody(context, widgetFeedbackRequestSchema, { whole: 'body' });
    const messages = await deps.store.listMessages(conversation.id);
    const answer = messages.find((message) => message.id === body.messageId);
    if (answer?.role !== 'assistant') {
      throw new NotFoundError('No answer with this messageId in the conversation.');
    }
    await recordFeedback(deps.store, {
      messageId: answer.id,
      feedback: body.feedback,
      by: `web:${visitor.visitorId}`,
      now: deps.clock.now(),
    });
    return context.json({ success: true, data: { messageId: answer.id, feedback: body.feedback } });
  });

  // The visitor's own address: it becomes the requester of the conversation and its tickets.
  routes.post('/conversations/:id/email', widgetDocs.email, async (context) => {
    const visitor = context.get('visitor');
    const conversation = await visitorConversation(deps.store, visitor, context.req.param('id'));
    const body = await readJsonBody(context, widgetEmailRequestSchema, { whole: 'body' });
    const requester = {
      ...(conversation.requester ?? { id: `web:${visitor.visitorId}` }),
      ...(visitor.user?.name ? { name: visitor.user.name } : {}),
      email: body.email,
    };
    await deps.store.setRequester(conversation.id, requester, deps.clock.now());
    return context.json({ success: true, data: { conversationId: conversation.id, email: body.email } });
  });

  return routes;
}
