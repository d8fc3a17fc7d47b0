/**
 * The language of an article among those Jumelage reads (Arabic, French, English, Spanish), by
 * franc-min's trigram models (offline, shipped in the package). Plain, no I/O.
 */
import { franc } from 'franc-min';
import type { Language } from './lexicon.ts';

const CODES: Record<string, Language> = { arb: 'ar', ara: 'ar', fra: 'fr', eng: 'en', spa: 'es' };

export interface LanguageGuess {
  language: Language | null;
  /** The ISO 639-3 code franc gave ("und" when the text is too short to tell). */
  detected: string;
}

/** The article's language, or null when it is none of the four (or too short to tell). */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 4000);
  const detected = franc(sample, { only: ['arb', 'fra', 'eng', 'spa'], minLength: 10 });
  return { language: CODES[detected] ?? null, detected };
}
