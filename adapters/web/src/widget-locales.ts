/**
 * The widget's texts in languages other than English (which ships in the bundle). They travel
 * with the visitor session, so a language costs a page nothing until a visitor speaks it.
 * Keys are those of `en` in widget/src/i18n.ts; a missing key falls back to English.
 */
const de: Record<string, string> = {
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

const LOCALES: Record<string, Record<string, string>> = { de };

/** The strings for `locale` (`de`, `de-AT`), or undefined for English and languages we lack. */
export function widgetStrings(locale: string | undefined): Record<string, string> | undefined {
  const base = locale?.toLowerCase().split('-')[0];
  return base ? LOCALES[base] : undefined;
}
