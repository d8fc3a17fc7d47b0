/**
 * An agreement's status from the verbs of the sentence that reports it (rule 5 of the annotation
 * guide): renewed when it says so, announced when the signature is to come ("will sign",
 * "signera", "سيتم التوقيع", "firmará"), planned for an intention without a time, signed
 * otherwise (a signature reported done, initialled included). Plain rules, no I/O.
 */
import {
  type AgreementStatus,
  PENDING_PHRASES,
  PLANNED_PHRASES,
  RENEWAL_WORDS,
  SIGNING_WORDS,
} from './lexicon.ts';
import { findPhrases, type PhraseHit, type Span, tokenize } from './text.ts';

export function agreementStatus(
  folded: string,
  span: Span,
): { status: AgreementStatus; passage: PhraseHit | null; confidence: number } {
  const tokens = tokenize(folded.slice(span.start, span.end), span.start);
  const renewal = findPhrases(tokens, RENEWAL_WORDS)[0];
  const pending = findPhrases(tokens, PENDING_PHRASES)[0];
  const planned = findPhrases(tokens, PLANNED_PHRASES)[0];
  // "with the aim of renewing", "renovarán": a renewal to come is not done yet.
  const before = (hit: PhraseHit | undefined, other: PhraseHit) =>
    hit !== undefined && hit.start < other.start;
  if (renewal && !before(pending, renewal) && !before(planned, renewal))
    return { status: 'renewed', passage: renewal, confidence: 0.8 };
  const signed = findPhrases(tokens, SIGNING_WORDS)[0];
  if (pending && (!signed || pending.start <= signed.start))
    return { status: 'announced_pending', passage: pending, confidence: 0.7 };
  if (planned && (!signed || (renewal && planned.start < renewal.start)))
    return { status: 'planned', passage: planned, confidence: 0.6 };
  return { status: 'signed', passage: signed ?? null, confidence: signed ? 0.85 : 0.5 };
}

/** Whether a sentence speaks of a signature (done or to come). */
export function speaksOfSigning(folded: string, span: Span): boolean {
  const tokens = tokenize(folded.slice(span.start, span.end), span.start);
  return (
    findPhrases(tokens, SIGNING_WORDS).length > 0 ||
    findPhrases(tokens, RENEWAL_WORDS).length > 0 ||
    findPhrases(tokens, PENDING_PHRASES).length > 0 ||
    findPhrases(tokens, PLANNED_PHRASES).length > 0
  );
}
