/** The widget's texts in English; other languages arrive with the visitor session (server's widget-locales.ts). */

export const en = {
  title: 'Support',
  greeting: 'Hi! Ask me anything about our product.',
  placeholder: 'Write a message…',
  launcherLabel: 'Chat with us',
  open: 'Open chat',
  close: 'Close chat',
  send: 'Send',
  thinking: 'Thinking…',
  you: 'You',
  assistant: 'Assistant',
  staff: 'Support team',
  sources: 'Sources',
  ticket: 'Ticket',
  ticketStatus: 'Status',
  viewTicket: 'View ticket',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  retry: 'Retry',
  notSent: 'Not sent.',
  failed: 'Something went wrong. Try again.',
  timeout: 'No answer yet. Try again.',
  rateLimited: 'Too many messages. You can send again in {s} s.',
  offline: 'You are offline. Messages send once you reconnect.',
  unavailable: 'Chat is not available on this page.',
  newConversation: 'New conversation',
  conversations: 'Past conversations',
  noConversations: 'No past conversations.',
  endConversation: 'End conversation',
  ended: 'This conversation has ended.',
  back: 'Back to chat',
  unread: '{n} unread messages',
  relevance: 'relevance',
};
export type Strings = typeof en;

/** Fills `{name}` placeholders. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
