import { and, asc, desc, eq, inArray, ne, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { mayActFor, readerOf } from '../accounts/scopes.ts';
import { ANONYMOUS, type Reader } from '../accounts/visibility.ts';
import { agreementParties, agreements } from '../agreements/tables.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { outer, rowFromJson } from '../db/json-rows.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate } from '../shared/dates.ts';
import { type ErrorCode, NotFoundError, ValidationError } from '../shared/errors.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import type { Citation, CitationInput, Source, SourceInput } from '../shared/schemas.ts';
import { assertLanguage } from '../shared/validate.ts';
import { assertWithdrawal } from '../shared/withdrawal.ts';
import type { SourceListQuery, SourcePage } from './schemas.ts';
import { citations, sources } from './tables.ts';
import { sourceVisibleTo } from './visibility.ts';

/** Records that can cite a source. */
export const CITING_ENTITY_TYPES = [
  'agreement',
  'event',
  'membership',
  'organization',
  'person',
  'place',
] as const;
export type CitingEntityType = (typeof CITING_ENTITY_TYPES)[number];

const NOT_FOUND: Record<CitingEntityType, ErrorCode> = {
  agreement: 'agreement.not_found',
  event: 'event.not_found',
  membership: 'membership.not_found',
  organization: 'organization.not_found',
  person: 'person.not_found',
  place: 'place.not_found',
};

export type { Citation, CitationInput, Source, SourceInput };

export function validateSource(input: SourceInput, field = ''): void {
  assertLanguage(input.language, `${field}/language`);
  assertDate(input.publishedOn, `${field}/publishedOn`);
  if (input.title.trim() === '') throw new ValidationError('text.blank', `${field}/title`);
  if (input.url) {
    let url: URL | null = null;
    try {
      url = new URL(input.url);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new ValidationError('source.url_invalid', { value: input.url }, `${field}/url`);
    }
  }
}

export async function createSource(tx: Database, actingAs: ActingAs, input: SourceInput): Promise<Source> {
  validateSource(input);
  const [source] = await tx
    .insert(sources)
    .values({
      ...input,
      url: input.url ?? null,
      publisher: input.publisher ?? null,
      publishedOn: input.publishedOn ?? null,
    })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'source',
    entityId: source!.id,
    after: source,
  });
  return source!;
}

/** A source, if this reader may see it (else not found: its existence is not revealed). */
export async function getSource(db: Database, id: string, reader: Reader = ANONYMOUS): Promise<Source> {
  const [source] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.id, id), sourceVisibleTo(db, reader)));
  if (!source) throw new NotFoundError('source.not_found', { id });
  return source;
}

/** The moment a source was recorded, to the microsecond in UTC: a cursor JavaScript's dates would round. */
const recordedAt = sql<string>`to_char(${sources.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A page of the sources this reader may see, the latest recorded first (read in the order of its index). */
export async function listSources(
  db: Database,
  query: SourceListQuery = {},
  reader: Reader = ANONYMOUS,
): Promise<SourcePage> {
  const limit = pageSize(query.limit);
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await db
    .select({ source: sources, recordedAt })
    .from(sources)
    .where(
      and(
        sourceVisibleTo(db, reader),
        cursor
          ? sql`(${sources.createdAt}, ${sources.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(sources.createdAt), desc(sources.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ source }) => source),
    nextCursor: rows.length > limit && last ? encodeCursor([last.recordedAt, last.source.id]) : null,
  };
}

export async function cite(
  tx: Database,
  actingAs: ActingAs,
  entityType: CitingEntityType,
  entityId: string,
  input: CitationInput,
  field = '',
): Promise<Citation> {
  let source: Source;
  if ('sourceId' in input) {
    // Only a source one may read can be cited: citing it from an open record would open it to all.
    const [existing] = await tx
      .select()
      .from(sources)
      .where(and(eq(sources.id, input.sourceId), sourceVisibleTo(tx, await readerOf(tx, actingAs))));
    if (!existing) throw new ValidationError('source.not_found', { id: input.sourceId }, `${field}/sourceId`);
    await assertMayOpen(tx, actingAs, existing.id, `${field}/sourceId`);
    source = existing;
  } else {
    validateSource(input.source, `${field}/source`);
    source = await createSource(tx, actingAs, input.source);
  }
  const [citation] = await tx
    .insert(citations)
    .values({ sourceId: source.id, entityType, entityId, quote: input.quote ?? null })
    .returning();
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'citation',
    entityId: citation!.id,
    after: citation,
  });
  return { id: citation!.id, quote: citation!.quote, source };
}

/**
 * Citing a source from another record may open it to that record's readers. A source kept closed
 * by members-only or restricted agreements is cited only by someone who acts for every one of them;
 * anyone else records the article as a source of their own.
 */
async function assertMayOpen(
  tx: Database,
  actingAs: ActingAs,
  sourceId: string,
  field: string,
): Promise<void> {
  if (actingAs.principal === undefined) return;
  const [open] = await tx
    .select({ id: sources.id })
    .from(sources)
    .where(and(eq(sources.id, sourceId), sourceVisibleTo(tx, ANONYMOUS)));
  if (open) return;
  const closedCiters = await tx
    .select({ agreementId: agreementParties.agreementId, organizationId: agreementParties.organizationId })
    .from(citations)
    .innerJoin(agreements, eq(agreements.id, citations.entityId))
    .innerJoin(agreementParties, eq(agreementParties.agreementId, agreements.id))
    .where(
      and(
        eq(citations.sourceId, sourceId),
        eq(citations.entityType, 'agreement'),
        ne(agreements.visibility, 'public'),
      ),
    );
  const partiesByAgreement = new Map<string, string[]>();
  for (const row of closedCiters) {
    const parties = partiesByAgreement.get(row.agreementId) ?? [];
    if (row.organizationId) parties.push(row.organizationId);
    partiesByAgreement.set(row.agreementId, parties);
  }
  for (const parties of partiesByAgreement.values()) {
    if (!(await mayActFor(tx, actingAs, parties))) throw new ValidationError('source.closed', field);
  }
}

/** Cites a source for an existing record; the record must exist (and be one the actor may write to). */
export async function citeFor(
  tx: Database,
  actingAs: ActingAs,
  entityType: CitingEntityType,
  entityId: string,
  input: CitationInput,
  exists: (tx: Database, id: string, actingAs: ActingAs) => Promise<boolean>,
): Promise<Citation> {
  if (!(await exists(tx, entityId, actingAs))) {
    throw new NotFoundError(NOT_FOUND[entityType], { id: entityId });
  }
  return cite(tx, actingAs, entityType, entityId, input);
}

/** Citations as JSON: sources with the database's column names, and the withdrawal once there is one. */
export type CitationsJson = Array<{
  id: string;
  quote: string | null;
  source: Record<string, unknown>;
  withdrawal?: { at: string; by: string; reason: string } | null;
}>;

/**
 * The citations of the record whose id `entityId` gives (a column of the enclosing statement), as
 * a JSON array: for reading a record with its sources in the statement that reads it. Withdrawn
 * citations are left out, unless the record's editor is to see them, struck through.
 */
export function citationsJson(
  entityType: CitingEntityType,
  entityId: SQLWrapper,
  options: { withWithdrawn?: boolean } = {},
): SQL<CitationsJson> {
  const current = options.withWithdrawn ? sql`` : sql` AND c.status = 'current'`;
  return sql<CitationsJson>`coalesce((SELECT json_agg(json_build_object('id', c.id, 'quote', c.quote, 'source', to_jsonb(so),
      'withdrawal', CASE WHEN c.status = 'withdrawn' THEN json_build_object(
        'at', c.withdrawn_at, 'by', c.withdrawn_by, 'reason', c.withdrawal_reason) END)
      ORDER BY c.created_at, c.id)
    FROM citations c JOIN sources so ON so.id = c.source_id
    WHERE c.entity_type = ${entityType} AND c.entity_id = ${outer(entityId)}${current}), '[]'::json)`;
}

/** Citations as `citationsJson` reads them, shaped as `listCitations` answers them. */
export function citationsFromJson(json: CitationsJson): Citation[] {
  return json.map(({ id, quote, source, withdrawal }) => ({
    id,
    quote,
    source: rowFromJson(sources, source),
    ...(withdrawal ? { withdrawal: { ...withdrawal, at: new Date(withdrawal.at) } } : {}),
  }));
}

/**
 * Withdraws a citation of a record, once, with a reason: kept, struck through, and no longer shown
 * to the public. `lock` checks the actor may write to the record (and counts the write in its version).
 */
export async function withdrawCitation(
  tx: Database,
  actingAs: ActingAs,
  entityType: CitingEntityType,
  entityId: string,
  citationId: string,
  reason: string,
  lock: (tx: Database, actingAs: ActingAs, id: string) => Promise<unknown>,
): Promise<void> {
  await lock(tx, actingAs, entityId);
  const [citation] = await tx
    .select()
    .from(citations)
    .where(
      and(
        eq(citations.id, citationId),
        eq(citations.entityType, entityType),
        eq(citations.entityId, entityId),
      ),
    )
    .for('update');
  if (!citation) throw new NotFoundError('citation.not_found', { id: citationId });
  assertWithdrawal(citation.status, reason);
  const [after] = await tx
    .update(citations)
    .set({
      status: 'withdrawn',
      withdrawnBy: actingAs.actor,
      withdrawnAt: new Date(),
      withdrawalReason: reason.trim(),
    })
    .where(eq(citations.id, citationId))
    .returning();
  await recordChange(tx, actingAs, {
    action: 'transition',
    entityType: 'citation',
    entityId: citationId,
    before: citation,
    after,
  });
}

export async function listCitations(
  db: Database,
  entityType: CitingEntityType,
  entityIds: string[],
): Promise<Map<string, Citation[]>> {
  const byEntity = new Map<string, Citation[]>();
  if (entityIds.length === 0) return byEntity;
  const rows = await db
    .select({ citation: citations, source: sources })
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(
      and(
        eq(citations.entityType, entityType),
        inArray(citations.entityId, entityIds),
        eq(citations.status, 'current'),
      ),
    )
    .orderBy(asc(citations.createdAt), asc(citations.id));
  for (const { citation, source } of rows) {
    const list = byEntity.get(citation.entityId) ?? [];
    list.push({ id: citation.id, quote: citation.quote, source });
    byEntity.set(citation.entityId, list);
  }
  return byEntity;
}
