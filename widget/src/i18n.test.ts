// The languages: every one says everything English says, with each plural form its language
// needs; language choice from tags like `de-AT`; plural texts for Arabic, Hebrew and Japanese.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attachStrings } from './attach-strings.js';
import { count, en } from './i18n.js';
import { isRightToLeft, LAUNCHER_LABELS, pickLanguage } from './languages.js';

const folder = fileURLToPath(new URL('./locales/', import.meta.url));
const locales = Object.fromEntries(
  readdirSync(folder).map((file) => [file.slice(0, -5), JSON.parse(readFileSync(folder + file, 'utf8'))]),
) as Record<string, Record<string, string | Record<string, string>>>;

describe('widget languages', () => {
  it('ships the nine languages besides English, each with every English key and no other', () => {
    expect(Object.keys(locales).sort()).toEqual(['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pt']);
    expect(Object.keys(LAUNCHER_LABELS).sort()).toEqual([...Object.keys(locales), 'en'].sort());
    for (const [language, strings] of Object.entries(locales)) {
      // The panel's texts, and the attachment tray's (which it hands to the tray chunk).
      const english = { ...en, ...attachStrings };
      expect(Object.keys(strings).sort(), language).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(strings)) {
        const text = english[key as keyof typeof english];
        expect(typeof value, `${language}.${key}`).toBe(typeof text);
        if (typeof value === 'string') expect(value.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('gives every plural text the form its language uses for each count from 0 to 200, and {n} in other', () => {
    for (const [language, strings] of Object.entries(locales)) {
      const rules = new Intl.PluralRules(language);
      const used = new Set(Array.from({ length: 201 }, (_, n) => rules.select(n)));
      for (const key of ['unread', 'rateLimited']) {
        const forms = strings[key] as Record<string, string>;
        for (const category of used) expect(forms[category], `${language}.${key}.${category}`).toBeTruthy();
        expect(forms.other, `${language}.${key}`).toContain('{n}');
      }
    }
  });

  it('picks the plural form by Intl.PluralRules', () => {
    expect(count(en.unread, 1, 'en')).toBe('1 unread message');
    expect(count(en.unread, 3, 'en')).toBe('3 unread messages');
    const ar = locales.ar!.unread as Record<string, string>;
    expect(count(ar, 2, 'ar')).toBe('رسالتان غير مقروءتين');
    expect(count(ar, 5, 'ar')).toBe('5 رسائل غير مقروءة');
    expect(count(ar, 11, 'ar')).toBe('11 رسالة غير مقروءة');
    expect(count(locales.he!.unread as Record<string, string>, 2, 'he')).toBe('שתי הודעות שלא נקראו');
    expect(count(locales.ja!.unread as Record<string, string>, 1, 'ja')).toBe('未読メッセージ1件');
    // A plain string (a page's own override, say) is used for every number.
    expect(count('{n} new', 4, 'de')).toBe('4 new');
  });

  it('chooses the first language it speaks from tags in any case, else English', () => {
    expect(pickLanguage(undefined, 'de-AT', 'fr')).toBe('de');
    expect(pickLanguage('pt_BR')).toBe('pt');
    expect(pickLanguage('AR')).toBe('ar');
    expect(pickLanguage('xx', '', null, 'he-IL')).toBe('he');
    expect(pickLanguage('sv', 'fi')).toBe('en');
    expect(isRightToLeft('ar') && isRightToLeft('he') && !isRightToLeft('ja')).toBe(true);
  });
});
