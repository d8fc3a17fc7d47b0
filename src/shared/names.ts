/**
 * Normalization of names for search, applied identically when a name is indexed and when a
 * query is typed, so that spelling variants across scripts meet on one key.
 */

// Arabic harakat, superscript alef, Quranic marks: unaccent leaves them, so we strip them here.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const LATIN_COMBINING_MARKS = /[\u0300-\u036F]/g;

const ARABIC_LETTER_FOLDS: Record<string, string> = {
  '\u0622': '\u0627', // آ alef with madda → ا
  '\u0623': '\u0627', // أ alef with hamza above → ا
  '\u0625': '\u0627', // إ alef with hamza below → ا
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064A', // ى alef maqsura → ي
  '\u06CC': '\u064A', // ی Persian ya → ي
  '\u0626': '\u064A', // ئ ya with hamza → ي
  '\u0624': '\u0648', // ؤ waw with hamza → و
  '\u0629': '\u0647', // ة ta marbuta → ه
  '\u06A9': '\u0643', // ک Persian kaf → ك
};
const ARABIC_LETTERS_TO_FOLD = new RegExp(`[${Object.keys(ARABIC_LETTER_FOLDS).join('')}]`, 'g');

// Letters that NFD does not decompose but that readers treat as plain Latin letters.
const LATIN_LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};
const LATIN_LETTERS_TO_FOLD = new RegExp(`[${Object.keys(LATIN_LETTER_FOLDS).join('')}]`, 'g');

// Apostrophes vanish (N'Djamena = Ndjamena); other punctuation separates words (Porto-Novo = Porto Novo).
const APOSTROPHES = /['’ʼ‘`´]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(LATIN_COMBINING_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(TATWEEL, '')
    .replace(ARABIC_LETTERS_TO_FOLD, (letter) => ARABIC_LETTER_FOLDS[letter] ?? letter)
    .replace(LATIN_LETTERS_TO_FOLD, (letter) => LATIN_LETTER_FOLDS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim()
    .normalize('NFC');
}

/** The distinct normalized keys of a set of names, in first-seen order, with the original spelling kept. */
export function distinctNormalizedNames(
  names: Iterable<string>,
): Array<{ name: string; normalized: string }> {
  const seen = new Map<string, string>();
  for (const name of names) {
    const normalized = normalizeName(name);
    if (normalized && !seen.has(normalized)) seen.set(normalized, name);
  }
  return [...seen].map(([normalized, name]) => ({ name, normalized }));
}

/**
 * How close a name must come to a search, in trigram word similarity, to be found though it does
 * not contain it (Amgala for Amkala): organizations' and people's name search.
 */
export const NAME_SIMILARITY = 0.5;
