/** Finds a ticket or conversation of the caller's workspace (another workspace's looks exactly like a missing one), and who the caller is. */
import { type Conversation, NotFoundError, type Store, type Ticket, type Token } from '@frontdesk/core';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

export async function findTicket(store: Store, context: Context<AppEnv>): Promise<Ticket> {
  const ticket = await store.getTicket(context.req.param('ticketId') ?? '');
  if (!ticket || ticket.workspaceId !== context.get('token').workspaceId) {
    throw new NotFoundError('No such ticket.');
  }
  return ticket;
}

export async function findConversation(store: Store, context: Context<AppEnv>): Promise<Conversation> {
  const conversation = await store.getConversation(context.req.param('conversationId') ?? '');
  if (!conversation || conversation.workspaceId !== context.get('token').workspaceId) {
    throw new NotFoundError('No such conversation.');
  }
  return conversation;
}

/** Who the caller is on the desk (`me`): their member id, or the token's id for a token without a member. */
export function staffId(token: Token): string {
  return token.memberId ?? token.id;
}
