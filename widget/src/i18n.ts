/** The widget's texts in English (built into the panel); other languages are chunks under ./locales. */

/** A text that depends on a number: one form per `Intl.PluralRules` category, `other` always present. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const en = {
  title: 'Support',
  greeting: 'Hi! Ask me anything about our product.',
  placeholder: 'Write a message…',
  launcherLabel: 'Chat with us',
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
  rateLimited: {
    one: 'Too many messages. You can send again in {n} second.',
    other: 'Too many messages. You can send again in {n} seconds.',
  } as string | Plural,
  offline: 'You are offline. Messages send once you reconnect.',
  unavailable: 'Chat is not available on this page.',
  newConversation: 'New conversation',
  conversations: 'Past conversations',
  noConversations: 'No past conversations.',
  endConversation: 'End conversation',
  ended: 'This conversation has ended.',
  back: 'Back to chat',
  unread: { one: '{n} unread message', other: '{n} unread messages' } as string | Plural,
  relevance: 'relevance',
  suggested: 'Suggested questions',
  attach: 'Attach a file',
  typing: 'Support team is typing…',
  read: 'Read',
};
export type Strings = typeof en;

/** Fills `{name}` placeholders. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** The form of `text` for `n` in `language` (Arabic has six, Japanese one), with `{n}` filled in. */
export function count(text: string | Plural, n: number, language: string): string {
  const form =
    typeof text === 'string' ? text : (text[new Intl.PluralRules(language).select(n)] ?? text.other);
  return format(form, { n, s: n });
}
