/**
 * The visitor's ticket page in the widget's ten languages. The link the widget hands out carries
 * the visitor's language (`lang`); without it the browser's `Accept-Language` decides.
 */
import { spokenLanguage } from '@frontdesk/core';

export interface TicketPageTexts {
  /** `{ticket}` is the id people quote. */
  title: string;
  status: string;
  priority: string;
  conversation: string;
  you: string;
  assistant: string;
  staff: string;
  update: string;
  footnote: string;
  /** The usual priorities; another priority shows as the ticket system names it. */
  priorities: Record<'low' | 'medium' | 'high' | 'urgent', string>;
}

const en: TicketPageTexts = {
  title: 'Ticket {ticket}',
  status: 'Status',
  priority: 'Priority',
  conversation: 'Conversation',
  you: 'You',
  assistant: 'Assistant',
  staff: 'Support team',
  update: 'Update',
  footnote: 'Replies from the support team also appear in the chat on the site where you asked.',
  priorities: { low: 'low', medium: 'medium', high: 'high', urgent: 'urgent' },
};

const TEXTS: Record<string, TicketPageTexts> = {
  en,
  de: {
    title: 'Ticket {ticket}',
    status: 'Status',
    priority: 'Priorität',
    conversation: 'Gespräch',
    you: 'Sie',
    assistant: 'Assistent',
    staff: 'Support-Team',
    update: 'Aktualisierung',
    footnote:
      'Antworten des Support-Teams erscheinen auch im Chat auf der Website, auf der Sie gefragt haben.',
    priorities: { low: 'niedrig', medium: 'mittel', high: 'hoch', urgent: 'dringend' },
  },
  fr: {
    title: 'Ticket {ticket}',
    status: 'Statut',
    priority: 'Priorité',
    conversation: 'Conversation',
    you: 'Vous',
    assistant: 'Assistant',
    staff: 'Équipe support',
    update: 'Mise à jour',
    footnote:
      'Les réponses de l’équipe support apparaissent aussi dans le chat du site où vous avez posé la question.',
    priorities: { low: 'basse', medium: 'moyenne', high: 'haute', urgent: 'urgente' },
  },
  es: {
    title: 'Ticket {ticket}',
    status: 'Estado',
    priority: 'Prioridad',
    conversation: 'Conversación',
    you: 'Usted',
    assistant: 'Asistente',
    staff: 'Equipo de soporte',
    update: 'Actualización',
    footnote: 'Las respuestas del equipo de soporte también aparecen en el chat del sitio donde preguntó.',
    priorities: { low: 'baja', medium: 'media', high: 'alta', urgent: 'urgente' },
  },
  pt: {
    title: 'Ticket {ticket}',
    status: 'Estado',
    priority: 'Prioridade',
    conversation: 'Conversa',
    you: 'Você',
    assistant: 'Assistente',
    staff: 'Equipe de suporte',
    update: 'Atualização',
    footnote: 'As respostas da equipe de suporte também aparecem no chat do site onde você perguntou.',
    priorities: { low: 'baixa', medium: 'média', high: 'alta', urgent: 'urgente' },
  },
  it: {
    title: 'Ticket {ticket}',
    status: 'Stato',
    priority: 'Priorità',
    conversation: 'Conversazione',
    you: 'Lei',
    assistant: 'Assistente',
    staff: 'Team di supporto',
    update: 'Aggiornamento',
    footnote: 'Le risposte del team di supporto compaiono anche nella chat del sito in cui ha chiesto.',
    priorities: { low: 'bassa', medium: 'media', high: 'alta', urgent: 'urgente' },
  },
  nl: {
    title: 'Ticket {ticket}',
    status: 'Status',
    priority: 'Prioriteit',
    conversation: 'Gesprek',
    you: 'Jij',
    assistant: 'Assistent',
    staff: 'Supportteam',
    update: 'Update',
    footnote: 'Antwoorden van het supportteam verschijnen ook in de chat op de site waar je het vroeg.',
    priorities: { low: 'laag', medium: 'gemiddeld', high: 'hoog', urgent: 'dringend' },
  },
  ja: {
    title: 'チケット {ticket}',
    status: 'ステータス',
    priority: '優先度',
    conversation: '会話',
    you: 'あなた',
    assistant: 'アシスタント',
    staff: 'サポートチーム',
    update: '更新',
    footnote: 'サポートチームからの返信は、質問したサイトのチャットにも表示されます。',
    priorities: { low: '低', medium: '中', high: '高', urgent: '緊急' },
  },
  ar: {
    title: 'التذكرة {ticket}',
    status: 'الحالة',
    priority: 'الأولوية',
    conversation: 'المحادثة',
    you: 'أنت',
    assistant: 'المساعد',
    staff: 'فريق الدعم',
    update: 'تحديث',
    footnote: 'تظهر ردود فريق الدعم أيضًا في الدردشة على الموقع الذي سألت فيه.',
    priorities: { low: 'منخفضة', medium: 'متوسطة', high: 'عالية', urgent: 'عاجلة' },
  },
  he: {
    title: 'פנייה {ticket}',
    status: 'סטטוס',
    priority: 'עדיפות',
    conversation: 'שיחה',
    you: 'את/ה',
    assistant: 'עוזר',
    staff: 'צוות התמיכה',
    update: 'עדכון',
    footnote: 'תשובות מצוות התמיכה מופיעות גם בצ׳אט באתר שבו שאלתם.',
    priorities: { low: 'נמוכה', medium: 'בינונית', high: 'גבוהה', urgent: 'דחופה' },
  },
};

const RIGHT_TO_LEFT = new Set(['ar', 'he']);

/** The page's language: `lang` from the link when Frontdesk speaks it, else the first of `Accept-Language` it does, else English. */
export function ticketPageLanguage(lang: string | undefined, acceptLanguage: string | undefined): string {
  const tags = [lang, ...(acceptLanguage ?? '').split(',').map((entry) => entry.split(';')[0])];
  for (const tag of tags) {
    const spoken = spokenLanguage(tag);
    if (spoken) return spoken;
  }
  return 'en';
}

export function ticketPageTexts(language: string): TicketPageTexts {
  return TEXTS[language] ?? en;
}

/** `priority` in the page's words when it is one of the usual four. */
export function ticketPriorityLabel(priority: string, texts: TicketPageTexts): string {
  return texts.priorities[priority.trim().toLowerCase() as keyof TicketPageTexts['priorities']] ?? priority;
}

export const ticketPageDirection = (language: string): 'rtl' | 'ltr' =>
  RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
