/**
 * Reading an article's text: a folded copy of the same length (lower case, no accents, one form
 * of each Arabic letter), its words with their offsets, its sentences and clauses. Plain rules, no I/O.
 */

const ARABIC_FOLDS: Record<string, string> = {
  آ: 'ا',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ة: 'ه',
  ک: 'ك',
  '٬': ',',
  '،': ',',
  '؛': ';',
  '؟': '?',
};
const EASTERN_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** One character folded to one character: offsets in the folded text are offsets in the original. */
function foldChar(char: string): string {
  const arabic = ARABIC_FOLDS[char];
  if (arabic) return arabic;
  const digit = EASTERN_DIGITS.indexOf(char);
  if (digit >= 0) return String(digit);
  if (/['’ʼ‘`´]/.test(char)) return ' ';
  const lower = char.toLowerCase();
  const base = lower.normalize('NFD')[0] ?? lower;
  return base.length === 1 ? base : char;
}

/** The text folded character by character: lower case, without accents, Arabic letters unified. */
export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    // Astral characters keep their two code units so that offsets stay aligned.
    out += char.length === 1 ? foldChar(char) : char;
  }
  return out;
}

export interface Token {
  /** The folded word. */
  text: string;
  start: number;
  end: number;
}

export function tokenize(folded: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    // Arabic short vowels and the tatweel are not spelling: وُقعت is وقعت.
    const text = match[0].replace(/[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g, '');
    if (text) tokens.push({ text, start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return tokens;
}

export const ARABIC_LETTER = /[\u0600-\u06FF]/;
// Clitics an Arabic word may carry before it: and, with/in, for, so, like; "وب", "ول" together.
const ARABIC_PROCLITICS = ['وب', 'ول', 'فب', 'و', 'ب', 'ل', 'ف', 'ك'];

/** The forms a word may take as a lexicon entry: itself, and an Arabic word without its clitics. */
export function wordForms(word: string): string[] {
  if (!ARABIC_LETTER.test(word)) return [word];
  const forms = [word];
  for (const clitic of ARABIC_PROCLITICS)
    if (word.startsWith(clitic) && word.length - clitic.length >= 2) forms.push(word.slice(clitic.length));
  // "لمدينة": ل + المدينة with its article's alef dropped.
  if (word.startsWith('لل')) forms.push(`ال${word.slice(2)}`);
  return forms;
}

/** Whether the words from `index` spell `phrase` (folded words separated by spaces). */
export function phraseAt(tokens: readonly Token[], index: number, phrase: string): number {
  const words = phrase.split(' ');
  for (let k = 0; k < words.length; k++) {
    const token = tokens[index + k];
    if (!token) return 0;
    const forms = k === 0 ? wordForms(token.text) : [token.text];
    if (!forms.includes(words[k]!)) return 0;
  }
  return words.length;
}

export interface PhraseHit {
  phrase: string;
  /** Index of its first word, and how many words it spans. */
  index: number;
  length: number;
  start: number;
  end: number;
}

// The lexicon's phrase lists by their first word: a word is compared with the phrases it may begin
// only (the lists are the lexicon's constants, so each is indexed once).
const PHRASE_INDEX = new WeakMap<readonly string[], Map<string, Array<{ order: number; phrase: string }>>>();

function phrasesByFirstWord(phrases: readonly string[]) {
  let index = PHRASE_INDEX.get(phrases);
  if (index) return index;
  index = new Map();
  const sorted = [...phrases].sort((a, b) => b.split(' ').length - a.split(' ').length);
  for (const [order, phrase] of sorted.entries()) {
    const first = phrase.split(' ')[0]!;
    const list = index.get(first) ?? [];
    list.push({ order, phrase });
    index.set(first, list);
  }
  PHRASE_INDEX.set(phrases, index);
  return index;
}

/** Every occurrence of the phrases in the words, longest first where two begin at one word. */
export function findPhrases(tokens: readonly Token[], phrases: readonly string[]): PhraseHit[] {
  const index = phrasesByFirstWord(phrases);
  const hits: PhraseHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = wordForms(tokens[i]!.text).flatMap((form) => index.get(form) ?? []);
    candidates.sort((a, b) => a.order - b.order);
    for (const { phrase } of candidates) {
      const length = phraseAt(tokens, i, phrase);
      if (length) {
        hits.push({ phrase, index: i, length, start: tokens[i]!.start, end: tokens[i + length - 1]!.end });
        break;
      }
    }
  }
  return hits;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** The first line of the article (its title) or a line without a full stop before a blank line. */
  heading: boolean;
}

/**
 * Sentences with their offsets: split after . ! ? (and their Arabic forms) followed by a space,
 * and at line breaks, except after a colon (a list announced on the line before goes with it).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Text wrapped at a width (lines cut mid-sentence, paragraphs between blank lines): a single line
  // break is a space.
  const lines = text.split('\n').filter((line) => line.trim().length >= 30);
  const cut = lines.filter((line) => !/[.!?؟:"”»]\s*$/.test(line.trim()));
  const wrapped = cut.length >= 4 && cut.length >= 0.6 * lines.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      const line = text.slice(s, e);
      sentences.push({ start: s, end: e, heading: sentences.length === 0 || !/[.!?؟:”"»]$/.test(line) });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      let before = i - 1;
      while (before >= start && /[ \t\r]/.test(text[before]!)) before--;
      if (text[before] === ':' || text[before] === '：') continue;
      // A line wrapped inside a sentence (no stop, the next line going on in lower case).
      const next = text.slice(i + 1).match(/^[ \t]*(\S)/)?.[1];
      if (next && (/\p{Ll}/u.test(next) || wrapped) && !/[.!?؟]/.test(text[before] ?? '')) continue;
      push(i);
      start = i + 1;
    } else if (/[.!?؟]/.test(char) && /\s/.test(text[i + 1] ?? ' ')) {
      // Not after an initial or a title (Mr. H.E. S.) nor a number ("le 12. mai" is rare; "17." ordinals are).
      const word = text.slice(start, i).match(/(\S+)$/)?.[1] ?? '';
      if (/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Hon|St|Mme|Sr|Sra|No|[A-Z]\.[A-Z])$/u.test(word)) continue;
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return sentences;
}

/** Clauses of a sentence: split at commas, semicolons and dashes between words. */
export function splitClauses(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (/[,،٬;؛]/.test(text[i]!) || (text[i] === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    }
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end });
  return clauses;
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
