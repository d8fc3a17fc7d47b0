import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { createPlace } from '../places/places.ts';
import type { PlaceInput } from '../places/schemas.ts';
import { searchPlaces } from '../places/search.ts';
import { places } from '../places/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.ts';
import { sources } from '../sources/tables.ts';
import { type ImportReport, importAgreementTable } from './agreements-import.ts';
import type { PlaceCandidate } from './confidence.ts';
import { importReviews } from './tables.ts';

export type ImportReview = typeof importReviews.$inferSelect;

/** Close spellings offered for a name the import found no place of. */
const CLOSE_CANDIDATES = 5;

/**
 * The review list: names still open first, oldest first, then those settled. A name the import
 * found no place of is offered the place search's closest spellings (in its country when known),
 * marked `close`: a person chooses, nothing is taken for them.
 */
export async function listImportReviews(
  db: Database,
  options: { status?: 'open' | 'resolved'; limit?: number } = {},
): Promise<ImportReview[]> {
  const rows = await db
    .select()
    .from(importReviews)
    .where(options.status ? eq(importReviews.status, options.status) : undefined)
    .orderBy(asc(importReviews.status), asc(importReviews.createdAt), asc(importReviews.id))
    .limit(options.limit ?? 50);
  const listed: ImportReview[] = [];
  for (const row of rows) {
    if (row.status !== 'open' || row.candidates.length > 0) {
      listed.push(row);
      continue;
    }
    const found = await searchPlaces(db, {
      q: row.name.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim() || row.name,
      country: row.countryCode ?? undefined,
      limit: CLOSE_CANDIDATES,
    });
    const candidates: PlaceCandidate[] = found.map((place) => ({
      placeId: place.id,
      name: place.name,
      countryCode: place.countryCode,
      population: place.population,
      featureCode: place.featureCode,
      matchedName: place.matchedName,
      match: 'close',
    }));
    listed.push({ ...row, candidates });
  }
  return listed;
}

/** How a name under review is settled: one of the places found, any gazetteer place, or a new place with its source. */
export type ReviewChoice = { placeId: string } | { newPlace: PlaceInput };

/**
 * Settles a name under review, in the caller's transaction: the chosen place (or the place made
 * for it, citing its sources) becomes the name's, and the pairs it held back are recorded the
 * way an import records them (both sides resolved: twinning in force, the review's source cited).
 * Later imports of the same name as written use that place.
 */
export async function resolveImportReview(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  choice: ReviewChoice,
): Promise<{ review: ImportReview; report: ImportReport }> {
  const [review] = await tx.select().from(importReviews).where(eq(importReviews.id, id)).for('update');
  if (!review) throw new NotFoundError('import_review.not_found', { id });
  if (review.status !== 'open') throw new ConflictError('import_review.already_resolved', '/status');
  let placeId: string;
  if ('placeId' in choice) {
    const [place] = await tx.select({ id: places.id }).from(places).where(eq(places.id, choice.placeId));
    if (!place) throw new ValidationError('place.not_found', { id: choice.placeId }, '/placeId');
    placeId = place.id;
  } else {
    placeId = (await createPlace(tx, actingAs, choice.newPlace)).id;
  }
  const [resolved] = await tx
    .update(importReviews)
    .set({
      status: 'resolved',
      placeId,
      resolvedBy: actingAs.actor,
      resolvedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(importReviews.id, id), eq(importReviews.status, 'open')))
    .returning();
  const [source] = review.sourceId
    ? await tx.select().from(sources).where(eq(sources.id, review.sourceId))
    : [];
  const report = await importAgreementTable(
    tx,
    {
      headers: ['city1', 'country1', 'city2', 'country2'],
      rows: review.partners.map((partner) => ({
        city1: review.name,
        country1: review.country,
        city2: partner.name,
        country2: partner.country,
      })),
    },
    {
      actingAs,
      source: source?.url
        ? {
            url: source.url,
            title: source.title,
            publisher: source.publisher ?? undefined,
            language: source.language,
          }
        : undefined,
    },
  );
  return { review: resolved!, report };
}
