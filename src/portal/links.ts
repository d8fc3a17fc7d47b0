import { createHash } from 'node:crypto';
import type { Reader } from '../accounts/visibility.ts';
import type { Database } from '../db/client.ts';
import { keptWhileUnchanged } from '../db/kept.ts';
import { agreementLinksJson } from './portal.ts';

/*
 * The map's links are the largest answer the portal gives (every visible agreement of a registry of
 * tens of thousands) and change seldom, so each one made is kept with the database snapshot it was
 * read in (db/kept.ts). A later request by a reader who sees the same (same account, organizations,
 * networks, bodies: what the read filter depends on) with the same filter is answered with it as long
 * as the database's current snapshot is still that one: no transaction has committed since, so
 * reading again would give the same rows. Any write anywhere changes the snapshot, on any instance
 * sharing the database, so nothing stale is served.
 * The answer carries an ETag made of its content: a client sending it back in If-None-Match gets
 * 304 without the body.
 */

export interface LinksAnswer {
  /** The JSON of AgreementLinks. */
  body: string;
  etag: string;
}

/** Answers kept per database, at most this many bytes of them (a registry of 20k agreements: 6 MB each). */
const KEPT_BYTES = 48 * 1024 * 1024;

function keyOf(reader: Reader, filter: { network?: string; organization?: string }): string {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  return JSON.stringify([
    'links',
    reader.isPlatformAdmin,
    reader.userId,
    sorted(reader.organizations),
    sorted(reader.networks),
    sorted(reader.bodies),
    filter.network ?? null,
    filter.organization ?? null,
  ]);
}

/** The links the reader may see, from the answer kept for them when nothing has been written since. */
export function agreementLinksAnswer(
  db: Database,
  reader: Reader,
  filter: { network?: string; organization?: string },
): Promise<LinksAnswer> {
  return keptWhileUnchanged(
    db,
    keyOf(reader, filter),
    async () => {
      const { body, snapshot } = await agreementLinksJson(db, reader, filter);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
      return { value: { body, etag }, snapshot };
    },
    { sizeOf: (answer) => answer.body.length, budget: KEPT_BYTES },
  );
}

/** Whether an If-None-Match header names this entity tag (RFC 9110 §13.1.2: weak comparison). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
