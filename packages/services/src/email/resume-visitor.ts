/**
 * Redeeming a resume link from an e-mail: which web visitor and conversation it names, so the
 * widget's session route can hand that visitor a session on any device and open the conversation.
 */
import type { ConversationStore } from '@frontdesk/core';
import type { ResumeLinks } from './resume-link.js';

export interface ResumedVisitor {
  workspaceId: string;
  botId: string;
  conversationId: string;
  /** The visitor id in the conversation's channel key (`web:<visitorId>:…`). */
  visitorId: string;
}

/** The visitor of a valid, unexpired link to a web conversation that still exists; else undefined. */
export async function resumeVisitor(
  links: ResumeLinks,
  store: ConversationStore,
  token: string,
  now: number,
): Promise<ResumedVisitor | undefined> {
  const claims = links.verify(token, now);
  if (!claims) return undefined;
  const conversation = await store.getConversation(claims.conversationId);
  if (
    !conversation ||
    conversation.channel !== 'web' ||
    conversation.workspaceId !== claims.workspaceId ||
    conversation.botId !== claims.botId
  ) {
    return undefined;
  }
  const visitorId = /^web:([^:]+):/.exec(conversation.channelKey)?.[1];
  if (!visitorId) return undefined;
  return { ...claims, visitorId, conversationId: conversation.id };
}
