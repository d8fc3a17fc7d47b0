import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate } from '../shared/dates.ts';
import { NotFoundError, ValidationError } from '../shared/errors.ts';
import type { CitationInput, SourceInput } from '../shared/schemas.ts';
import { assertLanguage } from '../shared/validate.ts';

export type { CitationInput, SourceInput };

import { citations, sources } from './tables.ts';

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

export type Source = typeof sources.$inferSelect;

export interface Citation {
  id: string;
  quote: string | null;
  source: Source;
}

export function validateSource(input: SourceInput, field = ''): void {
  assertLanguage(input.language, `${field}/language`);
  assertDate(input.publishedOn, `${field}/publishedOn`);
  if (input.title.trim() === '') throw new ValidationError('must not be blank', `${field}/title`);
  if (input.url) {
    let url: URL | null = null;
    try {
      url = new URL(input.url);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new ValidationError(`${input.url} is not an http(s) address`, `${field}/url`);
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

export async function getSource(db: Database, id: string): Promise<Source> {
  const [source] = await db.select().from(sources).where(eq(sources.id, id));
  if (!source) throw new NotFoundError(`no source ${id}`);
  return source;
}

export async function listSources(db: Database): Promise<Source[]> {
  return db.select().from(sources).orderBy(asc(sources.createdAt), asc(sources.id));
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
    const [existing] = await tx.select().from(sources).where(eq(sources.id, input.sourceId));
    if (!existing) throw new ValidationError(`no source ${input.sourceId}`, `${field}/sourceId`);
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

/** Cites a source for an existing record; the record must exist. */
export async function citeFor(
  tx: Database,
  actingAs: ActingAs,
  entityType: CitingEntityType,
  entityId: string,
  input: CitationInput,
  exists: (tx: Database, id: string) => Promise<boolean>,
): Promise<Citation> {
  if (!(await exists(tx, entityId))) throw new NotFoundError(`no ${entityType} ${entityId}`);
  return cite(tx, actingAs, entityType, entityId, input);
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
    .where(and(eq(citations.entityType, entityType), inArray(citations.entityId, entityIds)))
    .orderBy(asc(citations.createdAt), asc(citations.id));
  for (const { citation, source } of rows) {
    const list = byEntity.get(citation.entityId) ?? [];
    list.push({ id: citation.id, quote: citation.quote, source });
    byEntity.set(citation.entityId, list);
  }
  return byEntity;
}
