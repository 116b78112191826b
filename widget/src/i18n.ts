/** The widget's texts: English and German, chosen from the options, the page's `lang`, or the browser. */

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
  noReplies: 'No reply yet.',
  emailAsk: 'Your e-mail, for replies:',
  emailSave: 'Save',
  emailSkip: 'Skip',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  retry: 'Retry',
  notSent: 'Not sent.',
  failed: 'Something went wrong. Please try again.',
  timeout: 'No answer yet. Please try again.',
  rateLimited: 'Too many messages. You can send again in {s} s.',
  offline: 'You are offline. Messages will send when you reconnect.',
  unavailable: 'Chat is not available on this page.',
  newConversation: 'New conversation',
  conversations: 'Past conversations',
  noConversations: 'No past conversations yet.',
  endConversation: 'End conversation',
  ended: 'This conversation has ended.',
  back: 'Back to chat',
  unread: '{n} unread messages',
  relevance: 'relevance',
};
export type Strings = typeof en;

const de: Strings = {
  title: 'Support',
  greeting: 'Hallo! Fragen Sie mich alles zu unserem Produkt.',
  placeholder: 'Nachricht schreiben…',
  launcherLabel: 'Chatten Sie mit uns',
  open: 'Chat öffnen',
  close: 'Chat schließen',
  send: 'Senden',
  thinking: 'Denke nach…',
  you: 'Sie',
  assistant: 'Assistent',
  staff: 'Support-Team',
  sources: 'Quellen',
  ticket: 'Ticket',
  ticketStatus: 'Status',
  viewTicket: 'Ticket ansehen',
  noReplies: 'Noch keine Antwort.',
  emailAsk: 'Ihre E-Mail für Antworten:',
  emailSave: 'Speichern',
  emailSkip: 'Überspringen',
  helpful: 'Hilfreich',
  notHelpful: 'Nicht hilfreich',
  retry: 'Erneut senden',
  notSent: 'Nicht gesendet.',
  failed: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  timeout: 'Noch keine Antwort. Bitte versuchen Sie es erneut.',
  rateLimited: 'Zu viele Nachrichten. Sie können in {s} s wieder senden.',
  offline: 'Sie sind offline. Nachrichten werden gesendet, sobald Sie wieder verbunden sind.',
  unavailable: 'Der Chat ist auf dieser Seite nicht verfügbar.',
  newConversation: 'Neues Gespräch',
  conversations: 'Frühere Gespräche',
  noConversations: 'Noch keine früheren Gespräche.',
  endConversation: 'Gespräch beenden',
  ended: 'Dieses Gespräch ist beendet.',
  back: 'Zurück zum Chat',
  unread: '{n} ungelesene Nachrichten',
  relevance: 'Relevanz',
};

const LOCALES: Record<string, Strings> = { en, de };

/** `de-AT` → German; anything unknown → English. */
export function pickStrings(locale: string | undefined, overrides: Partial<Strings> = {}): Strings {
  const candidates = [
    locale,
    document.documentElement.lang,
    ...(navigator.languages ?? [navigator.language]),
  ];
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (base && LOCALES[base]) return { ...LOCALES[base], ...overrides };
  }
  return { ...en, ...overrides };
}

/** Fills `{name}` placeholders. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
