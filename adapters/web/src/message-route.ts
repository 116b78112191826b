/** `POST /widget/v1/messages`: one visitor message through the core, answered as SSE. */
import {
  type Clock,
  ConflictError,
  type Conversation,
  type Core,
  cannedLocalizer,
  type IncomingMessage,
  isButtonText,
  type Localizer,
  localizeActions,
  type RateLimiter,
  type ReplyAction,
  type ReplyEvent,
  type Store,
  TALK_TO_HUMAN,
  toFrontdeskError,
  widgetMessageRequestSchema,
} from '@frontdesk/core';
import { rateLimitHeaders } from '@frontdesk/http/error-response';
import { readJsonBody } from '@frontdesk/http/request-input';
import { replyEventStream } from '@frontdesk/http/sse/sse';
import type { FileStorage } from '@frontdesk/services/files/file-storage';
import { Hono } from 'hono';
import { limitAddress } from './address-limits.js';
import { attachmentLines } from './message-attachments.js';
import { forVisitor, type TicketLinks } from './ticket-links.js';
import type { VisitorClaims } from './visitor-token.js';
import { visitorConversation, visitorScope } from './widget-conversations.js';
import { widgetDocs } from './widget-docs.js';
import type { WidgetEnv } from './widget-env.js';

export interface MessageRouteDependencies {
  store: Store;
  core: Core;
  clock: Clock;
  rateLimiter: RateLimiter;
  links: TicketLinks;
  addressLimits: boolean;
  files: FileStorage;
}

/** Ticket links point at the visitor's signed ticket page, never the admin API (see `forVisitor`). */
async function* visitorEvents(
  events: AsyncIterable<ReplyEvent>,
  links: TicketLinks,
  local: Localizer,
  language: string | undefined,
): AsyncGenerator<ReplyEvent> {
  for await (const event of events) {
    if (event.type === 'message-delta') {
      // Canned replies come as whole deltas: each is swapped for the visitor's language.
      yield { ...event, text: local.text(event.text) };
    } else if (event.type === 'ticket-created') {
      yield { ...event, ticket: forVisitor(event.ticket, links, language) };
    } else if (event.type === 'message-end') {
      const { ticketDetails, quickReplies } = event.data;
      // Quick replies show as the widget's reply buttons: a tap sends the text. "Talk to a human"
      // (in any language) is the hand-over button, shown once even when the core offers a person too.
      const quick = (quickReplies ?? []).map(
        (text): ReplyAction =>
          isButtonText('talkToHuman', text) ? TALK_TO_HUMAN : { kind: 'reply', label: text, text },
      );
      const offered = event.data.actions ?? [];
      // Button labels follow the visitor's language; a tap sends the label, which the core understands.
      const actions = localizeActions(
        [...offered, ...quick.filter((reply) => !offered.some((action) => action.text === reply.text))],
        language,
      );
      yield {
        ...event,
        data: {
          ...event.data,
          answers: local.text(event.data.answers),
          ...(ticketDetails ? { ticketDetails: forVisitor(ticketDetails, links, language) } : {}),
          ...(actions.length > 0 ? { actions } : {}),
        },
      };
    } else {
      yield event;
    }
  }
}

/** `identify()` after the conversation began: its fields reach the conversation and its tickets. */
async function keepIdentity(
  deps: MessageRouteDependencies,
  conversation: Conversation,
  visitor: VisitorClaims,
): Promise<void> {
  const user = visitor.user;
  if (!user) return;
  const current = conversation.requester ?? {};
  const wanted = {
    ...current,
    id: user.id,
    ...(user.name ? { name: user.name } : {}),
    ...(user.email ? { email: user.email } : {}),
  };
  const same = (['id', 'name', 'email'] as const).every((key) => current[key] === wanted[key]);
  if (!same) await deps.store.setRequester(conversation.id, wanted, deps.clock.now());
}

export function messageRoute(deps: MessageRouteDependencies): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();
  routes.post('/messages', widgetDocs.message, async (context) => {
    const visitor = context.get('visitor');
    const body = await readJsonBody(context, widgetMessageRequestSchema, { whole: 'body' });
    await limitAddress(deps.rateLimiter, {
      enabled: deps.addressLimits,
      kind: 'message',
      clientKey: context.get('clientKey'),
    });
    if (body.conversationId) {
      const conversation = await visitorConversation(deps.store, visitor, body.conversationId);
      await keepIdentity(deps, conversation, visitor);
      if (conversation.endedAt !== undefined) {
        throw new ConflictError('This conversation has ended: start a new one.');
      }
    }
    const files = await attachmentLines(deps.files, context.get('bot'), visitor, body.attachments ?? []);
    const incoming: IncomingMessage = {
      workspaceId: visitor.workspaceId,
      botId: visitor.botId,
      channel: 'web',
      // Attachments follow the words as links; without words the core answers the bot's unknownMessage
      // (or asks an agent that takes image inputs).
      // Typed look-alikes of file lines are broken up: only real uploads show as files.
      text: [body.text.replaceAll('](attachment:', '] (attachment:'), ...files].filter(Boolean).join('\n'),
      ...(body.text ? {} : { nonText: true }),
      ...(body.escalate ? { escalate: true } : {}),
      // The core's per-client limits count per visitor; the address limit above counts per machine.
      clientKey: `visitor:${visitor.visitorId}`,
      ...(body.conversationId
        ? { conversationId: body.conversationId }
        : { channelScope: visitorScope(visitor) }),
      ...(visitor.user
        ? { requester: { id: visitor.user.id, name: visitor.user.name, email: visitor.user.email } }
        : {}),
    };
    const signal = context.req.raw.signal;
    const reply = await deps.core.handleIncoming(incoming, { signal });
    // The message carries its files now: the purge of unsent uploads leaves them alone.
    const sent = (body.attachments ?? []).flatMap((note) => (note.id ? [note.id] : []));
    if (sent.length > 0) await deps.store.markUploadsSent(sent, deps.clock.now());
    const logger = context.get('logger');
    const local = cannedLocalizer(context.get('bot'), visitor.language);
    const stream = replyEventStream(visitorEvents(reply.events, deps.links, local, visitor.language), {
      signal,
      onError: (error) => {
        const mapped = toFrontdeskError(error);
        if (mapped.status >= 500) logger.error({ err: error, code: mapped.code }, 'widget reply failed');
      },
    });
    return new Response(stream, {
      headers: {
        ...(reply.rateLimit ? rateLimitHeaders(reply.rateLimit) : {}),
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        'X-Accel-Buffering': 'no',
      },
    });
  });
  return routes;
}
