/**
 * The labels of the buttons the server sends (talk to a human, yes / no, skip, add a comment) in
 * the widget's ten languages. The core writes its buttons in English; channels that know the
 * conversation's language swap the labels (and the text a tap sends) with `localizeActions`, and
 * the core accepts a tap in any of these languages.
 */
import type { WIDGET_LANGUAGES } from './widget-settings.js';
import type { ReplyAction } from './wire.js';

export type ButtonLanguage = 'en' | (typeof WIDGET_LANGUAGES)[number];
export type ButtonKey = 'talkToHuman' | 'yes' | 'no' | 'skip' | 'addComment';

export const BUTTON_LABELS: Record<ButtonLanguage, Record<ButtonKey, string>> = {
  en: { talkToHuman: 'Talk to a human', yes: 'Yes', no: 'No', skip: 'Skip', addComment: 'Add a comment' },
  de: {
    talkToHuman: 'Mit einem Menschen sprechen',
    yes: 'Ja',
    no: 'Nein',
    skip: 'Überspringen',
    addComment: 'Kommentar hinzufügen',
  },
  fr: {
    talkToHuman: 'Parler à une personne',
    yes: 'Oui',
    no: 'Non',
    skip: 'Passer',
    addComment: 'Ajouter un commentaire',
  },
  es: {
    talkToHuman: 'Hablar con una persona',
    yes: 'Sí',
    no: 'No',
    skip: 'Omitir',
    addComment: 'Añadir un comentario',
  },
  pt: {
    talkToHuman: 'Falar com uma pessoa',
    yes: 'Sim',
    no: 'Não',
    skip: 'Pular',
    addComment: 'Adicionar um comentário',
  },
  it: {
    talkToHuman: 'Parla con una persona',
    yes: 'Sì',
    no: 'No',
    skip: 'Salta',
    addComment: 'Aggiungi un commento',
  },
  nl: {
    talkToHuman: 'Met een medewerker praten',
    yes: 'Ja',
    no: 'Nee',
    skip: 'Overslaan',
    addComment: 'Opmerking toevoegen',
  },
  ja: {
    talkToHuman: '担当者と話す',
    yes: 'はい',
    no: 'いいえ',
    skip: 'スキップ',
    addComment: 'コメントを追加',
  },
  ar: { talkToHuman: 'التحدث إلى موظف', yes: 'نعم', no: 'لا', skip: 'تخطي', addComment: 'إضافة تعليق' },
  he: { talkToHuman: 'לדבר עם נציג', yes: 'כן', no: 'לא', skip: 'דילוג', addComment: 'הוספת תגובה' },
};

const LANGUAGES = Object.keys(BUTTON_LABELS) as ButtonLanguage[];

/** The label in `language` (a code such as `de` or `de-AT`); English for any other. */
export function buttonLabel(key: ButtonKey, language: string | undefined): string {
  const code = language?.toLowerCase().split('-')[0] as ButtonLanguage | undefined;
  return (code && BUTTON_LABELS[code] ? BUTTON_LABELS[code] : BUTTON_LABELS.en)[key];
}

const normal = (text: string) =>
  text
    .trim()
    .replace(/[\s.!]+$/u, '')
    .toLowerCase();

/** Whether `text` is the button `key` in any of the languages (a tap, or a quick reply). */
export function isButtonText(key: ButtonKey, text: string): boolean {
  const typed = normal(text);
  return LANGUAGES.some((language) => normal(BUTTON_LABELS[language][key]) === typed);
}

/** The key of an English button text the core wrote, if it is one. */
function keyOf(text: string): ButtonKey | undefined {
  const english = BUTTON_LABELS.en;
  return (Object.keys(english) as ButtonKey[]).find((key) => english[key] === text);
}

/** The actions with their labels and tap texts in `language`; ratings (1–5) and other texts stay. */
export function localizeActions(
  actions: readonly ReplyAction[],
  language: string | undefined,
): ReplyAction[] {
  return actions.map((action) => {
    const key = action.kind === 'escalate' ? 'talkToHuman' : keyOf(action.text);
    if (!key) return action;
    const label = buttonLabel(key, language);
    return { ...action, label, text: label };
  });
}
