// The chat adapters' words in the widget's ten languages: every word translated with the same
// placeholders, the plural forms each language needs, and the button names the welcome quotes.
import { describe, expect, it } from 'vitest';
import { BUTTON_LABELS, type ButtonLanguage } from './button-labels.js';
import {
  CHAT_WORDS,
  type ChatWords,
  chatWords,
  ENGLISH_CHAT_WORDS,
  fillWords,
  tryAgainInText,
} from './chat-words.js';
import { WIDGET_LANGUAGES } from './widget-settings.js';

const keys = Object.keys(ENGLISH_CHAT_WORDS) as (keyof ChatWords)[];
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();

describe('chat words', () => {
  it('has exactly the ten widget languages', () => {
    expect(Object.keys(CHAT_WORDS).sort()).toEqual(['en', ...WIDGET_LANGUAGES].sort());
  });

  it.each(WIDGET_LANGUAGES)('has every word in %s, translated, with the same placeholders', (language) => {
    const words = CHAT_WORDS[language];
    expect(Object.keys(words).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const text = words[key];
      const english = ENGLISH_CHAT_WORDS[key];
      if (typeof text === 'string' && typeof english === 'string') {
        expect(text.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(english));
      }
    }
    // Words that differ in English differ in every language too (a copy would be a missed translation).
    for (const key of ['helpful', 'howDidWeDo', 'staffHandling', 'welcome'] as const) {
      expect(words[key], `${language}.${key}`).not.toBe(ENGLISH_CHAT_WORDS[key]);
    }
  });

  it.each(['en', ...WIDGET_LANGUAGES])('has the plural forms %s uses for 1 to 120 seconds', (language) => {
    const forms = CHAT_WORDS[language as ButtonLanguage].tryAgainIn;
    const rules = new Intl.PluralRules(language);
    for (let seconds = 1; seconds <= 120; seconds += 1) {
      const form = rules.select(seconds) as keyof typeof forms;
      expect(forms[form], `${language} ${seconds} (${form})`).toBeTruthy();
    }
    for (const text of Object.values(forms)) {
      expect(placeholders(text).every((name) => name === '{seconds}')).toBe(true);
    }
  });

  it.each(WIDGET_LANGUAGES)('welcomes in %s with the exact "Talk to a human" button text', (language) => {
    expect(CHAT_WORDS[language].welcome).toContain(BUTTON_LABELS[language].talkToHuman);
  });

  it('takes a language from any locale form, and English for one it lacks', () => {
    expect(chatWords('de-AT').helpful).toBe('Hilfreich');
    expect(chatWords('es_ES').notHelpful).toBe('No útil');
    expect(chatWords('ko-KR')).toBe(ENGLISH_CHAT_WORDS);
    expect(chatWords(undefined)).toBe(ENGLISH_CHAT_WORDS);
  });

  it('fills placeholders and says the wait in the right plural form', () => {
    expect(fillWords(CHAT_WORDS.de.markedHelpful, { user: '<@U1>' })).toBe(
      'Von <@U1> als hilfreich markiert. Vielen Dank!',
    );
    expect(tryAgainInText(undefined, 1)).toContain('in 1 second.');
    expect(tryAgainInText('en', 30)).toContain('in 30 seconds.');
    expect(tryAgainInText('de-DE', 1)).toContain('in 1 Sekunde erneut');
    expect(tryAgainInText('ar', 2)).toContain('بعد ثانيتين');
    expect(tryAgainInText('ar', 5)).toContain('بعد 5 ثوانٍ');
    expect(tryAgainInText('he', 1)).toContain('בעוד שנייה אחת');
    expect(tryAgainInText('ja', 12)).toContain('12秒後');
  });
});
