import { and, eq, exists, ne, not, or, type SQL, sql } from 'drizzle-orm';
import type { Reader } from '../accounts/visibility.ts';
import { agreements } from '../agreements/tables.ts';
import { visibleTo } from '../agreements/visibility.ts';
import type { Database } from '../db/client.ts';
import { citations, sources } from './tables.ts';

/**
 * The sources a reader may see, as SQL. A source is as open as the records citing it: visible when
 * no members-only or restricted agreement cites it, or when at least one record citing it is
 * visible to the reader (any other kind of record is public), by a citation not withdrawn. An article cited only by a
 * restricted agreement would otherwise reveal what the agreement keeps to its readers.
 */
export function sourceVisibleTo(db: Database, reader: Reader): SQL | undefined {
  if (reader.isPlatformAdmin) return undefined;
  // Each source asks about its own citations, from their index. OFFSET 0 keeps it so: PostgreSQL
  // would otherwise hash every citation of the registry first, not knowing that a page stops early.
  const citedBy = (condition: SQL) =>
    sql`EXISTS (SELECT 1 FROM ${citations} WHERE ${citations.sourceId} = ${sources.id} AND ${condition} OFFSET 0)`;
  const byClosedAgreement = citedBy(
    and(
      eq(citations.entityType, 'agreement'),
      exists(
        db
          .select({ one: sql`1` })
          .from(agreements)
          .where(and(eq(agreements.id, citations.entityId), ne(agreements.visibility, 'public'))),
      ),
    )!,
  );
  const agreementVisible = visibleTo(db, reader);
  // Only a citation that stands opens a source; a withdrawn one still keeps it closed (above).
  const standing = eq(citations.status, 'current');
  const byVisibleAgreement = citedBy(
    and(
      eq(citations.entityType, 'agreement'),
      standing,
      exists(
        db
          .select({ one: sql`1` })
          .from(agreements)
          .where(and(eq(agreements.id, citations.entityId), agreementVisible)),
      ),
    )!,
  );
  // A press article submitted for review is the reviewers' until a fact cites it: a rejected or
  // unread article is not the registry's to publish.
  const awaitingReview = sql`(EXISTS (SELECT 1 FROM press_articles pa WHERE pa.source_id = ${sources.id})
    AND NOT ${citedBy(standing)})`;
  return and(
    or(
      not(byClosedAgreement),
      citedBy(and(ne(citations.entityType, 'agreement'), standing)!),
      byVisibleAgreement,
    ),
    not(awaitingReview),
  );
}
