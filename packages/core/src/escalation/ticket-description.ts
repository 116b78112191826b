/** What a ticket's description says besides the transcript: the channel, a link back, and the attribution line. */
import type { Channel, Conversation, Requester, StoredMessage } from '../records.js';
import { renderTranscript } from '../transcript.js';

const CHANNEL_NAMES: Record<Channel, string> = {
  web: 'the website chat',
  api: 'the API',
  slack: 'Slack',
  teams: 'Microsoft Teams',
};

/** The requester as people read it: name, else email, else "a visitor". */
export function requesterLabel(requester: Requester | null): string {
  return requester?.name || requester?.email || 'a visitor';
}

/** "Opened by Frontdesk for Ada Lovelace from Slack". */
export function attributionLine(conversation: Conversation): string {
  return `Opened by Frontdesk for ${requesterLabel(conversation.requester)} from ${CHANNEL_NAMES[conversation.channel]}.`;
}

/**
 * Markdown: the channel (with a link back to the thread when the channel gave one), the transcript
 * with sources, and the attribution line last.
 */
export function ticketDescription(
  conversation: Conversation,
  messages: StoredMessage[],
  conversationLink?: string,
): string {
  const channel = CHANNEL_NAMES[conversation.channel];
  const link = conversationLink ? ` — [open the conversation](${conversationLink})` : '';
  return [
    `**Channel**: ${channel}${link}`,
    '',
    renderTranscript(messages),
    '',
    attributionLine(conversation),
  ].join('\n');
}
