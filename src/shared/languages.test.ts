import { describe, expect, it } from 'vitest';
import { directionOf, isUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES } from './languages.ts';

describe('the UI languages', () => {
  it('are Arabic, French and English, Arabic alone written right to left', () => {
    expect(UI_LANGUAGES.map((language) => [language, directionOf(language)])).toEqual([
      ['ar', 'rtl'],
      ['fr', 'ltr'],
      ['en', 'ltr'],
    ]);
  });

  it('recognises only their own codes', () => {
    expect(UI_LANGUAGES.every(isUiLanguage)).toBe(true);
    for (const other of ['de', 'AR', 'ar-MA', '', undefined, null, 1])
      expect(isUiLanguage(other)).toBe(false);
  });

  it('each have a name written in themselves', () => {
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...UI_LANGUAGES].sort());
  });
});
