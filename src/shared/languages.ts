/**
 * The facts about Jumelage's own languages that the server and the web application share. Plain
 * values only (no I/O, nothing Node-specific): the web application imports this module too.
 */

/** The languages every user-visible text of Jumelage exists in. */
export const UI_LANGUAGES = ['ar', 'fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The language used when nothing says which one a reader wants. */
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

/** The cookie remembering the language a reader chose, read by the server to render their pages. */
export const LANGUAGE_COOKIE = 'jumelage_lang';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Arabic is written right to left; French and English left to right. */
export function directionOf(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Each language's name in itself, for a reader looking for their own among them. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  ar: 'العربية',
  fr: 'Français',
  en: 'English',
};
