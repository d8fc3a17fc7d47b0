import { addMonths } from '../shared/dates.ts';
import { ValidationError } from '../shared/errors.ts';

// Whether the dates of signature an agreement records could be true: a signature has happened (it
// is not in the future), and its parts were signed in their order. A wrong date is published at
// once, so these are refusals; a date far from what its source says is only a warning, since old
// agreements are often reported years later.

/** A part as the rules see it: its place in the agreement and its date of signature. */
export interface SignedPart {
  number: number;
  signedOn: string | null;
}

/**
 * The latest calendar day it is anywhere on Earth (UTC+14): a signature dated today in Kiribati is
 * not in the future, though it is still yesterday in UTC.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Refuses a date of signature that has not come yet, or that puts a part before one recorded
 * ahead of it (or after one recorded behind it). `others` are the agreement's other parts.
 */
export function assertPlausibleSigning(
  part: SignedPart,
  others: readonly SignedPart[],
  today: string,
  field: string,
): void {
  const date = part.signedOn;
  if (!date) return;
  if (date > today) throw new ValidationError('date.signed_in_future', { date }, field);
  for (const other of others) {
    if (!other.signedOn || other.number === part.number) continue;
    if (other.number < part.number && date < other.signedOn) {
      throw new ValidationError(
        'part.signed_before_earlier_part',
        { date, number: other.number, earlier: other.signedOn },
        field,
      );
    }
    if (other.number > part.number && date > other.signedOn) {
      throw new ValidationError(
        'part.signed_after_later_part',
        { date, number: other.number, later: other.signedOn },
        field,
      );
    }
  }
}

/** Checks every signed part of a list (e.g. the parts of a new agreement) against the others. */
export function assertPlausibleParts(parts: readonly SignedPart[], today: string, field: string): void {
  parts.forEach((part, index) => {
    assertPlausibleSigning(part, parts.slice(0, index), today, `${field}/${index}/signedOn`);
  });
}

/** How far a date of signature may lie from its source's publication before it is pointed out. */
export const SOURCE_DISTANCE_YEARS = 2;

/** A warning about a write that was accepted: its code's message is in error-messages.ts. */
export interface DateWarning {
  code: 'date.far_from_source';
  params: { date: string; published: string; number: number };
  field: string;
}

/**
 * Dates of signature more than SOURCE_DISTANCE_YEARS from the publication of every source cited
 * that has a date: an article of 2024 reporting a signature of 2031 (or of 1984) deserves a look.
 * A signature close to any one of its sources is not pointed out.
 */
export function signingWarnings(
  parts: ReadonlyArray<{ number: number; signedOn: string | null }>,
  sources: ReadonlyArray<{ publishedOn: string | null }>,
): DateWarning[] {
  const published = sources.flatMap((source) => (source.publishedOn ? [source.publishedOn] : [])).sort();
  if (published.length === 0) return [];
  const months = SOURCE_DISTANCE_YEARS * 12;
  const near = (date: string) =>
    published.some((day) => addMonths(day, -months) <= date && date <= addMonths(day, months));
  return parts.flatMap((part, index) =>
    part.signedOn && !near(part.signedOn)
      ? [
          {
            code: 'date.far_from_source' as const,
            params: {
              date: part.signedOn,
              published: nearest(published, part.signedOn),
              number: part.number,
            },
            field: `/parts/${index}/signedOn`,
          },
        ]
      : [],
  );
}

function nearest(dates: readonly string[], date: string): string {
  const distance = (day: string) => Math.abs(Date.parse(day) - Date.parse(date));
  return dates.reduce((best, day) => (distance(day) < distance(best) ? day : best));
}

/**
 * The agreement's term once the date a part was signed on is corrected: a start or an end that
 * followed from the wrong date (the start on the day of signature, the end a term later) follows
 * the corrected one; a start or an end the record states on its own stays.
 */
export function termAfterCorrection(
  term: { startsOn: string | null; endsOn: string | null; termMonths: number | null },
  from: string,
  to: string,
): { startsOn: string | null; endsOn: string | null } {
  if (term.startsOn !== from) return { startsOn: term.startsOn, endsOn: term.endsOn };
  const endFollowed = term.termMonths !== null && term.endsOn === addMonths(from, term.termMonths);
  return { startsOn: to, endsOn: endFollowed ? addMonths(to, term.termMonths!) : term.endsOn };
}
