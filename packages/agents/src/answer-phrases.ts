/** The few sentences the embedded agent writes itself, in each language it answers in. */

export interface AnswerPhrases {
  /** Leads the best passage: `Here's what I found in **{name}**:`. */
  found(name: string): string;
  also(name: string): string;
  /** Points to the articles quoted: `More in [A](…) and [B](…).` */
  more(links: readonly string[]): string;
  /**
   * Said when nothing in the help centre is close enough to the question. Only that: the core
   * then offers a person (a "Talk to a human" button), so the agent promises nothing itself.
   */
  noAnswer: string;
  /** Said before an answer quoted from an article in another language. */
  onlyIn(languageName: string): string;
}

const PHRASES: Readonly<Record<string, AnswerPhrases>> = {
  en: {
    found: (name) => `Here's what I found in **${name}**:`,
    also: (name) => `Also from **${name}**:`,
    more: (links) => `More in ${links.join(' and ')}.`,
    noAnswer: "I couldn't find that in the help centre.",
    onlyIn: (language) => `This article is only available in ${language}.`,
  },
  de: {
    found: (name) => `Das habe ich in **${name}** gefunden:`,
    also: (name) => `Außerdem aus **${name}**:`,
    more: (links) => `Mehr dazu in ${links.join(' und ')}.`,
    noAnswer: 'Dazu habe ich im Hilfe-Center nichts gefunden.',
    onlyIn: (language) => `Diesen Artikel gibt es leider nur auf ${language}.`,
  },
  fr: {
    found: (name) => `Voici ce que j'ai trouvé dans **${name}** :`,
    also: (name) => `Et dans **${name}** :`,
    more: (links) => `Plus de détails dans ${links.join(' et ')}.`,
    noAnswer: "Je n'ai pas trouvé de réponse dans le centre d'aide.",
    onlyIn: (language) => `Désolé, cet article n'existe qu'en ${language}.`,
  },
  es: {
    found: (name) => `Esto es lo que encontré en **${name}**:`,
    also: (name) => `También de **${name}**:`,
    more: (links) => `Más información en ${links.join(' y ')}.`,
    noAnswer: 'No he encontrado eso en el centro de ayuda.',
    onlyIn: (language) => `Lo siento, este artículo solo está disponible en ${language}.`,
  },
};

/** Language names in each answer language, for "only available in …". */
const LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { en: 'English', de: 'German', fr: 'French', es: 'Spanish' },
  de: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch', es: 'Spanisch' },
  fr: { en: 'anglais', de: 'allemand', fr: 'français', es: 'espagnol' },
  es: { en: 'inglés', de: 'alemán', fr: 'francés', es: 'español' },
};

/** The phrases for `lang`, English when we have none for it. */
export function answerPhrases(lang: string): AnswerPhrases {
  return PHRASES[lang] ?? (PHRASES.en as AnswerPhrases);
}

/** The name of `articleLang` as written in `lang`, or the code itself. */
export function languageName(articleLang: string, lang: string): string {
  return (LANGUAGE_NAMES[lang] ?? LANGUAGE_NAMES.en)?.[articleLang] ?? articleLang;
}

/** True when `text` opens with the agent's "I couldn't find that" in any of its languages (a ticket note may follow). */
export function isNoAnswerText(text: string): boolean {
  const opening = text.trim();
  return Object.values(PHRASES).some((phrases) => opening.startsWith(phrases.noAnswer.replace(/\.$/, '')));
}
