import type { UiLanguage } from '../../../src/shared/languages.ts';

export type LocalizedText = { [language: string]: string | undefined };

const FALLBACK: Record<UiLanguage, UiLanguage[]> = {
  ar: ['ar', 'fr', 'en'],
  fr: ['fr', 'en', 'ar'],
  en: ['en', 'fr', 'ar'],
};

/** The text in the reader's language when the record has it, else the best available. */
export function pickText(
  text: LocalizedText | null | undefined,
  language: UiLanguage,
): { text: string; lang: string } {
  if (!text) return { text: '', lang: language };
  for (const candidate of FALLBACK[language]) {
    const value = text[candidate];
    if (value) return { text: value, lang: candidate };
  }
  const [lang, value] = Object.entries(text).find(([, entry]) => Boolean(entry)) ?? [language, ''];
  return { text: value ?? '', lang };
}

/**
 * A name as the reader should see it, with the original beside it where it differs: the Arabic
 * name beside a Latin one, or the Latin beside the Arabic, so that both spellings can be recognised.
 */
export function displayName(
  text: LocalizedText | null | undefined,
  language: UiLanguage,
): { text: string; lang: string; original?: { text: string; lang: string } } {
  const shown = pickText(text, language);
  if (!text) return shown;
  const otherScript = shown.lang === 'ar' ? (text.fr ?? text.en) : text.ar;
  const otherLang = shown.lang === 'ar' ? (text.fr ? 'fr' : 'en') : 'ar';
  if (otherScript && otherScript !== shown.text)
    return { ...shown, original: { text: otherScript, lang: otherLang } };
  return shown;
}

const regionNames = new Map<UiLanguage, Intl.DisplayNames>();

/** A country's name in the reader's language, from the browser's own data. */
export function countryName(code: string | null | undefined, language: UiLanguage): string {
  if (!code) return '';
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const languageNames = new Map<UiLanguage, Intl.DisplayNames>();

/** A language's name (of a document, a text) in the reader's language, from the browser's own data. */
export function languageName(code: string, language: UiLanguage): string {
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    languageNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
