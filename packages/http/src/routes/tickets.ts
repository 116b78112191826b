/** `/v1/tickets`: list (filters, sorting, paging), get with transcript, update, and reply to the requester. */
import {
  applyStaffMessage,
  changeTicket,
  isResolvedStatus,
  renderTranscript,
  replyAsStaff,
  type TicketUpdateDeps,
  ValidationError,
} from '@frontdesk/core';
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readQuery } from '../request-input.js';
import { readBody } from './admin-request.js';
import { findTicket, staffId } from './desk-access.js';
import { ticketDocs } from './desk-docs.js';
import { staffReplySchema, ticketListQuerySchema, ticketUpdateSchema } from './desk-schemas.js';
import { messageView, replyView, ticketView } from './desk-views.js';

export { staffReplySchema, ticketListQuerySchema, ticketUpdateSchema } from './desk-schemas.js';

/** Transcripts stop here; a support conversation is far shorter. */
const TRANSCRIPT_MESSAGE_LIMIT = 1000;

/** The routes under `/v1/tickets`; expects the auth middleware to have set the token. */
export function ticketRoutes(
  deps: Pick<AppDependencies, 'store'> & Partial<Pick<TicketUpdateDeps, 'ids' | 'clock' | 'send'>>,
): Hono<AppEnv> {
  const { store } = deps;
  const routes = new Hono<AppEnv>();

  function updateDeps(): TicketUpdateDeps {
    if (!deps.ids || !deps.clock || !deps.send) throw new Error('Ticket updates need ids, clock and send.');
    return { store, ids: deps.ids, clock: deps.clock, send: deps.send };
  }

  routes.get('/', ticketDocs.list, async (context) => {
    requirePermission(context, 'tickets', 'read');
    const { q, assignee, groupId, ...query } = readQuery(context, ticketListQuerySchema);
    const token = context.get('token');
    const { tickets, total } = await store.listTickets(token.workspaceId, {
      ...query,
      ...(q ? { text: q } : {}),
      ...(assignee
        ? { assignee: assignee === 'none' ? null : assignee === 'me' ? staffId(token) : assignee }
        : {}),
      ...(groupId ? { groupId: groupId === 'none' ? null : groupId } : {}),
    });
    // A ticket opened before the person was known shows who its conversation says they are now.
    const requesters = await Promise.all(
      tickets.map(async (ticket) =>
        ticket.requester
          ? ticket.requester
          : ((await store.getConversation(ticket.conversationId))?.requester ?? null),
      ),
    );
    return context.json({
      success: true,
      data: tickets.map((ticket, index) => ticketView({ ...ticket, requester: requesters[index] ?? null })),
      paging: { total, limit: query.limit, offset: query.offset },
    });
  });

  routes.get('/:ticketId', ticketDocs.get, async (context) => {
    requirePermission(context, 'tickets', 'read');
    const ticket = await findTicket(store, context);
    const messages = await store.listMessages(ticket.conversationId, { limit: TRANSCRIPT_MESSAGE_LIMIT });
    const conversation = await store.getConversation(ticket.conversationId);
    return context.json({
      success: true,
      data: {
        ...ticketView({
          ...ticket,
          channel: conversation?.channel ?? 'api',
          requester: ticket.requester ?? conversation?.requester ?? null,
        }),
        transcript: renderTranscript(messages),
        messages: messages.map(messageView),
      },
    });
  });

  routes.patch('/:ticketId', ticketDocs.update, async (context) => {
    requirePermission(context, 'tickets', 'write');
    const ticket = await findTicket(store, context);
    const changes = await readBody(context, ticketUpdateSchema);
    if (changes.groupId && !(await store.getGroup(ticket.workspaceId, changes.groupId))) {
      throw new ValidationError(`groupId: no group ${changes.groupId} in this workspace.`);
    }
    const updated = await changeTicket(updateDeps(), ticket, changes);
    return context.json({ success: true, data: ticketView(updated) });
  });

  routes.post('/:ticketId/replies', ticketDocs.reply, async (context) => {
    requirePermission(context, 'tickets', 'write');
    const ticket = await findTicket(store, context);
    const { text } = await readBody(context, staffReplySchema);
    const conversation = await store.getConversation(ticket.conversationId);
    if (!conversation) throw new Error(`Ticket ${ticket.id} has no conversation.`);
    const message = await replyAsStaff(updateDeps(), { conversation, text, ticketId: ticket.id });
    // A staff reply on an open ticket is a staff message like one in a Slack thread: the bot's
    // `stopBotFromMe` decides whether it pauses (until hand-back or the ticket is resolved).
    if (!isResolvedStatus(ticket.status)) {
      await applyStaffMessage(store, conversation, {
        by: context.get('token').id,
        now: updateDeps().clock.now(),
      });
    }
    return context.json({ success: true, data: await replyView(store, message) }, 201);
  });
  return routes;
}
