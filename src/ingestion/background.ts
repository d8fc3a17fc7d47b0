/**
 * Relationships an article mentions as already existing (rule 3 of the annotation guide):
 * "already twinned with", "since 1995", "twinned … in 1986", "entered into force", "an earlier
 * agreement". A clause with such words is background, and so are the clauses after it in the
 * sentence until one speaks of a new act (a signature, "new"). Plain rules, no I/O.
 */
import { BACKGROUND_PHRASES, NEWS_PHRASES, SIGNING_WORDS } from './lexicon.ts';
import { findPhrases, type Span, splitClauses, tokenize } from './text.ts';

// "in 1986", "en 1995", "في 1997", "عام 2010": a year alone, without a day.
const YEAR_ALONE =
  /(?:^|[\s(])(?:in|en|el|since|depuis|desde|في|عام|سنه|منذ)\s+(1[89]\d\d|20\d\d)(?![\d/-])/u;
const EARLIER = /(?:^|\s)(?:earlier|previous|precedent|anterior|السابقه)(?:\s|$)/u;

/** The background spans of a sentence (folded text). */
export function backgroundSpans(folded: string, sentence: Span, publishedYear: number | null): Span[] {
  const spans: Span[] = [];
  let inBackground = false;
  for (const clause of splitClauses(folded, sentence)) {
    const text = folded.slice(clause.start, clause.end);
    const tokens = tokenize(text, clause.start);
    const cue = findPhrases(tokens, BACKGROUND_PHRASES).length > 0 || EARLIER.test(text);
    const news = findPhrases(tokens, NEWS_PHRASES).length > 0;
    const signing = findPhrases(tokens, SIGNING_WORDS).length > 0;
    const year = text.match(YEAR_ALONE)?.[1];
    const oldYear = year !== undefined && (publishedYear === null || Number(year) < publishedYear);
    if ((cue || oldYear) && !news) inBackground = true;
    else if (news || (signing && !oldYear)) inBackground = false;
    if (inBackground) spans.push(clause);
  }
  return spans;
}
