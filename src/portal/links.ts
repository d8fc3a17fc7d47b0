import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Reader } from '../accounts/visibility.ts';
import { type Database, selectRows } from '../db/client.ts';
import { agreementLinksJson } from './portal.ts';

/*
 * The map's links are the largest answer the portal gives (every visible agreement of a registry of
 * tens of thousands) and change seldom, so each one made is kept with the database snapshot it was
 * read in. A later request by a reader who sees the same (same account, organizations, networks,
 * bodies: what the read filter depends on) with the same filter is answered with it as long as the
 * database's current snapshot is still that one: no transaction has committed since, so reading
 * again would give the same rows. Any write anywhere changes the snapshot (one read of
 * pg_current_snapshot() tells), on any instance sharing the database, so nothing stale is served.
 * The answer carries an ETag made of its content: a client sending it back in If-None-Match gets
 * 304 without the body.
 */

export interface LinksAnswer {
  /** The JSON of AgreementLinks. */
  body: string;
  etag: string;
}

interface Kept extends LinksAnswer {
  snapshot: string;
}

/** Answers kept per database, at most this many bytes of them (a registry of 20k agreements: 6 MB each). */
const KEPT_BYTES = 48 * 1024 * 1024;

const keptByDatabase = new WeakMap<Database, Map<string, Kept>>();

function keyOf(reader: Reader, filter: { network?: string; organization?: string }): string {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  return JSON.stringify([
    reader.isPlatformAdmin,
    reader.userId,
    sorted(reader.organizations),
    sorted(reader.networks),
    sorted(reader.bodies),
    filter.network ?? null,
    filter.organization ?? null,
  ]);
}

async function currentSnapshot(db: Database): Promise<string> {
  const [row] = await selectRows<{ snapshot: string }>(
    db,
    sql`SELECT pg_current_snapshot()::text AS snapshot`,
  );
  return row!.snapshot;
}

/** The links the reader may see, from the answer kept for them when nothing has been written since. */
export async function agreementLinksAnswer(
  db: Database,
  reader: Reader,
  filter: { network?: string; organization?: string },
): Promise<LinksAnswer> {
  let kept = keptByDatabase.get(db);
  if (!kept) {
    kept = new Map();
    keptByDatabase.set(db, kept);
  }
  const key = keyOf(reader, filter);
  const known = kept.get(key);
  if (known && known.snapshot === (await currentSnapshot(db))) {
    // Most recently used last: the first ones are let go first.
    kept.delete(key);
    kept.set(key, known);
    return known;
  }
  const { body, snapshot } = await agreementLinksJson(db, reader, filter);
  const answer: Kept = {
    body,
    snapshot,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
  };
  kept.set(key, answer);
  let bytes = 0;
  for (const entry of kept.values()) bytes += entry.body.length;
  for (const [oldKey, entry] of kept) {
    if (bytes <= KEPT_BYTES || oldKey === key) break;
    kept.delete(oldKey);
    bytes -= entry.body.length;
  }
  return answer;
}

/** Whether an If-None-Match header names this entity tag (RFC 9110 §13.1.2: weak comparison). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
