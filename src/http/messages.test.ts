import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../shared/languages.ts';
import { negotiateLanguage } from './language.ts';
import { MESSAGES, message } from './messages.ts';

describe('API messages', () => {
  it('exist in every UI language, with the same keys and placeholders', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const language of UI_LANGUAGES) {
      expect(Object.keys(MESSAGES[language]).sort()).toEqual(keys);
      for (const key of keys) {
        const placeholders = (text: string) =>
          [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        const entry = MESSAGES[language][key as keyof (typeof MESSAGES)['en']];
        expect(entry.trim()).not.toBe('');
        expect(placeholders(entry)).toEqual(placeholders(MESSAGES.en[key as keyof (typeof MESSAGES)['en']]));
      }
    }
  });

  it('fills placeholders', () => {
    expect(message('fr', 'validation.format', { format: 'date' })).toBe('Le format date est attendu');
  });

  it('negotiates the language from Accept-Language', () => {
    expect(negotiateLanguage('ar-MA,ar;q=0.9,fr;q=0.8')).toBe('ar');
    expect(negotiateLanguage('de-DE,fr;q=0.5')).toBe('fr');
    expect(negotiateLanguage('de-DE')).toBe('en');
    expect(negotiateLanguage(undefined)).toBe('en');
  });

  it('answers a wildcard, or a header with nothing we have, in the installation language', () => {
    expect(negotiateLanguage('*')).toBe('en');
    expect(negotiateLanguage('*', 'fr')).toBe('fr');
    expect(negotiateLanguage('*;q=0.8, ar')).toBe('ar');
    expect(negotiateLanguage('fr;q=0.5, *')).toBe('en');
    expect(negotiateLanguage('de', 'ar')).toBe('ar');
    expect(negotiateLanguage('', 'fr')).toBe('fr');
    expect(negotiateLanguage('en;q=0.1, fr;q=0.9', 'ar')).toBe('fr');
  });
});
