/**
 * A ticket's status said in the widget's ten languages: the word on the widget's ticket card
 * (`statusLabel`) and the "Your ticket X is now <status>." sentence the core posts when staff
 * change it. The core stores English; the web channel translates on the way out.
 */

/** The statuses with a translation; others are shown as the ticket system names them. */
type KnownStatus = 'open' | 'new' | 'pending' | 'in progress' | 'resolved' | 'closed';

const LABELS: Record<string, Record<KnownStatus, string>> = {
  de: {
    open: 'offen',
    new: 'neu',
    pending: 'ausstehend',
    'in progress': 'in Bearbeitung',
    resolved: 'gelöst',
    closed: 'geschlossen',
  },
  fr: {
    open: 'ouvert',
    new: 'nouveau',
    pending: 'en attente',
    'in progress': 'en cours',
    resolved: 'résolu',
    closed: 'fermé',
  },
  es: {
    open: 'abierto',
    new: 'nuevo',
    pending: 'pendiente',
    'in progress': 'en curso',
    resolved: 'resuelto',
    closed: 'cerrado',
  },
  pt: {
    open: 'aberto',
    new: 'novo',
    pending: 'pendente',
    'in progress': 'em andamento',
    resolved: 'resolvido',
    closed: 'fechado',
  },
  it: {
    open: 'aperto',
    new: 'nuovo',
    pending: 'in attesa',
    'in progress': 'in lavorazione',
    resolved: 'risolto',
    closed: 'chiuso',
  },
  nl: {
    open: 'open',
    new: 'nieuw',
    pending: 'in afwachting',
    'in progress': 'in behandeling',
    resolved: 'opgelost',
    closed: 'gesloten',
  },
  ja: {
    open: '受付中',
    new: '新規',
    pending: '保留中',
    'in progress': '対応中',
    resolved: '解決済み',
    closed: '終了',
  },
  ar: {
    open: 'مفتوحة',
    new: 'جديدة',
    pending: 'قيد الانتظار',
    'in progress': 'قيد المعالجة',
    resolved: 'تم حلها',
    closed: 'مغلقة',
  },
  he: {
    open: 'פתוחה',
    new: 'חדשה',
    pending: 'ממתינה',
    'in progress': 'בטיפול',
    resolved: 'נפתרה',
    closed: 'סגורה',
  },
};

/** "Your ticket {ticket} is now {status}." per language. */
const SENTENCES: Record<string, string> = {
  de: 'Ihr Ticket {ticket} ist jetzt {status}.',
  fr: 'Votre ticket {ticket} est maintenant {status}.',
  es: 'Su ticket {ticket} ahora está {status}.',
  pt: 'Seu ticket {ticket} agora está {status}.',
  it: 'Il Suo ticket {ticket} ora è {status}.',
  nl: 'Je ticket {ticket} is nu {status}.',
  ja: 'チケット {ticket} のステータスが「{status}」になりました。',
  ar: 'أصبحت حالة تذكرتك {ticket}: {status}.',
  he: 'סטטוס הפנייה שלכם {ticket} הוא כעת: {status}.',
};

const languageCode = (language: string | undefined) => language?.toLowerCase().split('-')[0] ?? 'en';

/** `status` in `language` (`de`, `de-AT`, …); English, an unknown language or status keep it as it is. */
export function ticketStatusLabel(status: string, language: string | undefined): string {
  const key = status.trim().toLowerCase().replace(/[_-]+/g, ' ');
  return LABELS[languageCode(language)]?.[key as KnownStatus] ?? status;
}

/** The sentence `changeTicket` posts, as the core writes it. */
export function statusUpdateText(ticketId: string, status: string): string {
  return `Your ticket ${ticketId} is now ${status}.`;
}

const STATUS_UPDATE = /Your ticket (\S+) is now ([^.\n]+)\./g;

/** `text` with each "Your ticket X is now <status>." said in `language`, status word included. */
export function localizeStatusUpdate(text: string, language: string | undefined): string {
  const sentence = SENTENCES[languageCode(language)];
  if (!sentence) return text;
  return text.replace(STATUS_UPDATE, (_all, ticket: string, status: string) =>
    sentence.replace('{ticket}', ticket).replace('{status}', ticketStatusLabel(status, language)),
  );
}
