/** The languages the widget speaks, how one is chosen, and which are written right to left. */
import { launcherLabel as ar } from './locales/ar.json';
import { launcherLabel as de } from './locales/de.json';
import { launcherLabel as es } from './locales/es.json';
import { launcherLabel as fr } from './locales/fr.json';
import { launcherLabel as he } from './locales/he.json';
import { launcherLabel as it } from './locales/it.json';
import { launcherLabel as ja } from './locales/ja.json';
import { launcherLabel as nl } from './locales/nl.json';
import { launcherLabel as pt } from './locales/pt.json';

/** The launcher's label per language: the loader shows it before any other text has loaded. */
export const LAUNCHER_LABELS = { en: 'Chat with us', de, fr, es, pt, it, nl, ja, ar, he };
export type Language = keyof typeof LAUNCHER_LABELS;

/** The first candidate (`de-AT`, `pt_BR`, `AR`) whose language the widget speaks, else English. */
export function pickLanguage(...candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0];
    if (base && base in LAUNCHER_LABELS) return base as Language;
  }
  return 'en';
}

export const isRightToLeft = (language: string): boolean => language === 'ar' || language === 'he';
