import { and, asc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { countryName } from '../export/labels.ts';
import { createPlace } from '../places/places.ts';
import { searchPlaces } from '../places/search.ts';
import { places } from '../places/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.ts';
import type { UiLanguage } from '../shared/languages.ts';
import { normalizeName } from '../shared/names.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import { sources } from '../sources/tables.ts';
import { ensureLocalAuthority, type ImportReport, importAgreementTable } from './agreements-import.ts';
import type { PlaceCandidate } from './confidence.ts';
import { resolveCountry } from './countries.ts';
import { writtenKey } from './place-names.ts';
import { choiceProblem, type ImportReviewStatus, refusedMove, seatLevel } from './review-rules.ts';
import type {
  ImportReviewCandidateView,
  ImportReviewDismissal,
  ImportReviewOutcome,
  ImportReviewQuery,
  ImportReviewResolution,
  ImportReviewView,
} from './schemas.ts';
import { importReviews } from './tables.ts';

export type ImportReview = typeof importReviews.$inferSelect;

/** Close spellings offered for a name the import found no place of. */
const CLOSE_CANDIDATES = 5;

/** How a review list is read: in the reader's language, with what the reader may do with each name. */
export interface ReviewReading {
  language: UiLanguage;
  actions?: (review: ImportReview) => string[];
}

const DEFAULT_READING: ReviewReading = { language: 'en' };

/** The moment a name was put under review, to the microsecond in UTC: a cursor JavaScript's dates would round. */
const listedAt = sql<string>`to_char(${importReviews.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function filtersOf(query: ImportReviewQuery): SQL | undefined {
  const needle = query.q ? normalizeName(query.q) : '';
  return and(
    eq(importReviews.status, query.status ?? 'open'),
    query.country ? eq(importReviews.countryCode, query.country) : undefined,
    // The key is the name and the country as written, normalized: a search finds either.
    query.q ? sql`strpos(${importReviews.key}, ${needle || query.q}) > 0` : undefined,
  );
}

/**
 * A page of the review list, the names put under review first first, with how many match. A name
 * the import found no place of is offered the place search's closest spellings (in its country
 * when known), marked `close`: a person chooses, nothing is taken for them.
 */
export async function listImportReviews(
  db: Database,
  query: ImportReviewQuery = {},
  reading: ReviewReading = DEFAULT_READING,
): Promise<{ items: ImportReviewView[]; nextCursor: string | null; total: number }> {
  const limit = pageSize(query.limit);
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const where = filtersOf(query);
  const rows = await db
    .select({ review: importReviews, listedAt })
    .from(importReviews)
    .where(
      and(
        where,
        cursor
          ? sql`(${importReviews.createdAt}, ${importReviews.id}) > (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(importReviews.createdAt), asc(importReviews.id))
    .limit(limit + 1);
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(importReviews).where(where);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await viewsOf(
      db,
      page.map((row) => row.review),
      reading,
    ),
    nextCursor: rows.length > limit && last ? encodeCursor([last.listedAt, last.review.id]) : null,
    total: Number(counted?.total ?? 0),
  };
}

/** One name under review, with its candidates and the pairs it holds back. */
export async function getImportReview(
  db: Database,
  id: string,
  reading: ReviewReading = DEFAULT_READING,
): Promise<ImportReviewView> {
  const [row] = await db.select().from(importReviews).where(eq(importReviews.id, id));
  if (!row) throw new NotFoundError('import_review.not_found', { id });
  const [view] = await viewsOf(db, [row], reading);
  return view!;
}

/** The candidates a name under review has: those the import found, else close spellings from the place search. */
async function candidatesOf(db: Database, review: ImportReview): Promise<PlaceCandidate[]> {
  if (review.status !== 'open' || review.candidates.length > 0) return review.candidates;
  const found = await searchPlaces(db, {
    q: review.name.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim() || review.name,
    country: review.countryCode ?? undefined,
    limit: CLOSE_CANDIDATES,
  });
  return found.map((place) => ({
    placeId: place.id,
    name: place.name,
    countryCode: place.countryCode,
    population: place.population,
    featureCode: place.featureCode,
    matchedName: place.matchedName,
    match: 'close',
  }));
}

/** Reviews as the API shows them: candidates with their places' facts, partners with whether they wait too. */
async function viewsOf(
  db: Database,
  rows: ImportReview[],
  reading: ReviewReading,
): Promise<ImportReviewView[]> {
  const { language } = reading;
  const candidates = new Map<string, PlaceCandidate[]>();
  for (const row of rows) candidates.set(row.id, await candidatesOf(db, row));
  const placeIds = [
    ...new Set([
      ...[...candidates.values()].flat().map((candidate) => candidate.placeId),
      ...rows.flatMap((row) => (row.placeId ? [row.placeId] : [])),
    ]),
  ];
  const placeRows = placeIds.length
    ? await db
        .select({
          id: places.id,
          name: places.name,
          names: places.names,
          countryCode: places.countryCode,
          population: places.population,
          featureCode: places.featureCode,
          latitude: places.latitude,
          longitude: places.longitude,
        })
        .from(places)
        .where(inArray(places.id, placeIds))
    : [];
  const placeOf = new Map(placeRows.map((place) => [place.id, place]));
  const partnerKeys = [
    ...new Set(
      rows.flatMap((row) => row.partners.map((partner) => writtenKey(partner.name, partner.country))),
    ),
  ];
  const waiting = new Set(
    partnerKeys.length
      ? (
          await db
            .select({ key: importReviews.key })
            .from(importReviews)
            .where(and(inArray(importReviews.key, partnerKeys), ne(importReviews.status, 'resolved')))
        ).map((row) => row.key)
      : [],
  );
  const sourceIds = [...new Set(rows.flatMap((row) => (row.sourceId ? [row.sourceId] : [])))];
  const sourceOf = new Map(
    (sourceIds.length
      ? await db
          .select({ id: sources.id, title: sources.title, url: sources.url, publisher: sources.publisher })
          .from(sources)
          .where(inArray(sources.id, sourceIds))
      : []
    ).map((source) => [source.id, source]),
  );
  const localName = (place: { name: string; names: Partial<Record<string, string>> }) =>
    place.names[language] ?? place.name;

  return rows.map((row) => {
    const offered: ImportReviewCandidateView[] = (candidates.get(row.id) ?? []).map((candidate, index) => {
      const place = placeOf.get(candidate.placeId);
      return {
        placeId: candidate.placeId,
        name: place ? localName(place) : candidate.name,
        countryCode: place?.countryCode ?? candidate.countryCode,
        countryName: countryName(language, place?.countryCode ?? candidate.countryCode),
        population: place?.population ?? candidate.population,
        featureCode: place?.featureCode ?? candidate.featureCode,
        seat: seatLevel(place?.featureCode ?? candidate.featureCode),
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
        matchedName: candidate.matchedName,
        match: candidate.match,
        rank: index + 1,
      };
    });
    const chosen = row.placeId ? placeOf.get(row.placeId) : undefined;
    const source = row.sourceId ? sourceOf.get(row.sourceId) : undefined;
    return {
      id: row.id,
      name: row.name,
      country: row.country,
      countryCode: row.countryCode,
      countryName: row.countryCode ? countryName(language, row.countryCode) : null,
      reason: row.reason,
      status: row.status,
      version: row.version,
      candidates: offered,
      partners: row.partners.map((partner) => {
        const code = resolveCountry(partner.country)?.code ?? null;
        return {
          name: partner.name,
          country: partner.country,
          countryName: code ? countryName(language, code) : null,
          underReview: waiting.has(writtenKey(partner.name, partner.country)),
        };
      }),
      source: source
        ? { id: source.id, title: source.title, url: source.url, publisher: source.publisher }
        : null,
      place: chosen ? { id: chosen.id, name: localName(chosen), countryCode: chosen.countryCode } : null,
      resolvedBy: row.resolvedBy,
      resolvedAt: row.resolvedAt,
      dismissReason: row.dismissReason,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      allowedActions: reading.actions?.(row) ?? [],
    };
  });
}

/** The review, locked for the decision, and whether it may move to `to` on the version the reviewer saw. */
async function reviewForDecision(
  tx: Database,
  id: string,
  to: ImportReviewStatus,
  version: number,
): Promise<ImportReview> {
  const [review] = await tx.select().from(importReviews).where(eq(importReviews.id, id)).for('update');
  if (!review) throw new NotFoundError('import_review.not_found', { id });
  const refused = refusedMove(review, to, version);
  if (refused) throw new ConflictError(refused.code, { current: review.version }, refused.field);
  return review;
}

/** A new place's errors name the request's field: /newPlace/… */
async function withFieldsUnder<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError(error.code, error.params, `${prefix}${error.field ?? ''}`);
    throw error;
  }
}

/**
 * Settles a name under review, in the caller's transaction: the chosen place (any place of the
 * gazetteer: a candidate, or another the reviewer knows), or a new place cited to the list that
 * named it, becomes the name's. Its local authority is found or made, and the pairs it held back
 * are recorded the way an import records them (twinning in force, citing the list) — those whose
 * other side is settled too; the others stay held until it is. Later imports of the same name as
 * written use that place.
 */
export async function resolveImportReview(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  input: ImportReviewResolution,
  reading: ReviewReading = DEFAULT_READING,
): Promise<ImportReviewOutcome> {
  const review = await reviewForDecision(tx, id, 'resolved', input.version);
  const problem = choiceProblem(input);
  if (problem) throw new ValidationError('import_review.choice_required', problem);
  let placeId: string;
  if (input.placeId) {
    const [place] = await tx.select({ id: places.id }).from(places).where(eq(places.id, input.placeId));
    if (!place) throw new ValidationError('place.not_found', { id: input.placeId }, '/placeId');
    placeId = place.id;
  } else {
    const newPlace = input.newPlace!;
    placeId = (
      await withFieldsUnder('/newPlace', () =>
        createPlace(tx, actingAs, {
          ...newPlace,
          // The list that named it is where the place comes from.
          sources: review.sourceId ? [{ sourceId: review.sourceId }] : [],
        }),
      )
    ).id;
  }
  const [resolved] = await tx
    .update(importReviews)
    .set({
      status: 'resolved',
      placeId,
      resolvedBy: actingAs.actor,
      resolvedAt: sql`now()`,
      version: sql`${importReviews.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(importReviews.id, id))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'import_review',
    entityId: id,
    before: { status: review.status, version: review.version },
    after: { status: 'resolved', version: resolved!.version, placeId, newPlace: Boolean(input.newPlace) },
  });
  const organization = await ensureLocalAuthority(tx, actingAs, placeId, review.sourceId);
  const report: ImportReport = await importAgreementTable(
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
    { actingAs, ...(review.sourceId ? { sourceId: review.sourceId } : {}) },
  );
  return {
    review: (await viewsOf(tx, [resolved!], reading))[0]!,
    // The name's own authority, made just before, is found by the import when a pair was recorded.
    organizations: {
      matched: report.organizations.matched - (organization.created && report.pairs > 0 ? 1 : 0),
      created: report.organizations.created + (organization.created ? 1 : 0),
    },
    agreements: report.agreements,
    heldPairs: report.heldPairs,
  };
}

/** Dismisses a name under review: the pairs it holds back are not imported, and later imports leave it be. */
export async function dismissImportReview(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  input: ImportReviewDismissal,
  reading: ReviewReading = DEFAULT_READING,
): Promise<ImportReviewView> {
  const review = await reviewForDecision(tx, id, 'dismissed', input.version);
  const reason = input.reason.trim();
  if (!reason) throw new ValidationError('text.blank', '/reason');
  const [dismissed] = await tx
    .update(importReviews)
    .set({
      status: 'dismissed',
      dismissReason: reason,
      resolvedBy: actingAs.actor,
      resolvedAt: sql`now()`,
      version: sql`${importReviews.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(importReviews.id, id))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'import_review',
    entityId: id,
    before: { status: review.status, version: review.version },
    after: { status: 'dismissed', version: dismissed!.version, reason },
  });
  return (await viewsOf(tx, [dismissed!], reading))[0]!;
}
