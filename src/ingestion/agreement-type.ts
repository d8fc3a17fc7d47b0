/**
 * An agreement's type from the name the article gives the document (rule 4 of the annotation
 * guide): the words around a document noun ("convention de jumelage", "sister city agreement",
 * "protocole d'intention de coopération", "اتفاقية شراكة", "convenio de intención de
 * hermanamiento"), the most specific kind first: a memorandum or letter of intent, then twinning,
 * friendship, cooperation. Plain rules, no I/O.
 */
import { type AgreementType, DOCUMENT_HEADS, TWINNING_WORDS, TYPE_MARKERS } from './lexicon.ts';
import { findPhrases, type Span, type Token, tokenize, wordForms } from './text.ts';

export interface DocumentName extends Span {
  /** The type its words give, or null for a bare "agreement". */
  type: AgreementType | null;
  /** The words that gave it. */
  marker: string | null;
}

// Words after which a document's name stops: a link word to what follows, not its name.
const NAME_STOPS = new Set([
  'between',
  'entre',
  'بين',
  'with',
  'avec',
  'con',
  'مع',
  'to',
  'pour',
  'para',
  'which',
  'qui',
  'que',
  'signed',
  'signe',
  'signee',
  'a',
  'has',
  'have',
  'was',
  'on',
  'in',
  'at',
  'en',
  'dans',
  'ont',
  'est',
  'في',
  'التي',
  'الذي',
  'وقعها',
  'by',
  'par',
  'por',
]);

const MARKER_WORDS = new Set(
  TYPE_MARKERS.flatMap((marker) => marker.phrases.flatMap((phrase) => phrase.split(/[\s-]/))),
);

function typeOfWords(tokens: readonly Token[]): { type: AgreementType | null; marker: string | null } {
  for (const { type, phrases } of TYPE_MARKERS) {
    const hit = findPhrases(tokens, phrases)[0];
    if (hit) return { type, marker: hit.phrase };
  }
  return { type: null, marker: null };
}

/** The document names in a stretch of folded text, each with the type its words give. */
export function documentNames(folded: string, span: Span): DocumentName[] {
  const tokens = tokenize(folded.slice(span.start, span.end), span.start);
  const names: DocumentName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!wordForms(token.text).some((form) => DOCUMENT_HEADS.includes(form))) continue;
    // "letter" and "carta" are documents only with their "of intent" / "de intención".
    let from = i;
    // English names come before their noun ("sister city agreement", "twinning agreement").
    while (from > 0 && i - from < 3 && MARKER_WORDS.has(tokens[from - 1]!.text)) {
      const gap = folded.slice(tokens[from - 1]!.end, tokens[from]!.start);
      if (/[^\s-]/.test(gap)) break;
      from--;
    }
    let to = i + 1;
    while (to < tokens.length && to - i <= 6 && !NAME_STOPS.has(tokens[to]!.text)) {
      const gap = folded.slice(tokens[to - 1]!.end, tokens[to]!.start);
      if (/[^\s\-"“”«»]/.test(gap)) break;
      to++;
    }
    const words = tokens.slice(from, to);
    const { type, marker } = typeOfWords(words);
    if (!type && ['letter', 'lettre', 'carta', 'deal'].includes(token.text)) continue;
    names.push({ start: words[0]!.start, end: words.at(-1)!.end, type, marker });
  }
  return names;
}

/** Twinning named without a document noun ("Twinning between …", "توأمة بين …"). */
export function twinningWords(folded: string, span: Span) {
  return findPhrases(tokenize(folded.slice(span.start, span.end), span.start), TWINNING_WORDS);
}

/**
 * The type of the agreement an article reports: the first document named with a type in the
 * sentences of the news (the title first); else twinning when the news speaks of it; else a
 * cooperation agreement for a bare "agreement", "accord".
 */
export function agreementType(
  folded: string,
  newsSpans: readonly Span[],
): { type: AgreementType; passage: Span | null; confidence: number } {
  let bare: Span | null = null;
  for (const span of newsSpans) {
    for (const name of documentNames(folded, span)) {
      if (name.type) return { type: name.type, passage: name, confidence: 0.85 };
      bare ??= name;
    }
  }
  for (const span of newsSpans) {
    const twinning = twinningWords(folded, span)[0];
    if (twinning) return { type: 'twinning', passage: twinning, confidence: 0.7 };
  }
  return bare
    ? { type: 'cooperation_agreement', passage: bare, confidence: 0.4 }
    : { type: 'other', passage: null, confidence: 0.3 };
}
