/** `GET /v1/tickets/{ticketId}`: a ticket of the caller's workspace with its conversation transcript. */
import { NotFoundError, renderTranscript, toTicketDetails } from '@frontdesk/core';
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';

/** Transcripts stop here; a support conversation is far shorter. */
const TRANSCRIPT_MESSAGE_LIMIT = 1000;

/** The routes under `/v1/tickets`; expects the auth middleware to have set the token. */
export function ticketRoutes(deps: Pick<AppDependencies, 'store'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/:ticketId', async (context) => {
    const token = context.get('token');
    const ticket = await deps.store.getTicket(context.req.param('ticketId'));
    // Another workspace's ticket looks exactly like a missing one.
    if (!ticket || ticket.workspaceId !== token.workspaceId) throw new NotFoundError('No such ticket.');
    const messages = await deps.store.listMessages(ticket.conversationId, {
      limit: TRANSCRIPT_MESSAGE_LIMIT,
    });
    return context.json({
      success: true,
      data: {
        ...toTicketDetails(ticket),
        conversationId: ticket.conversationId,
        transcript: renderTranscript(messages),
      },
    });
  });
  return routes;
}
