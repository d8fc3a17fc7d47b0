import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import { selectRows } from './database.ts';

/*
 * Answers kept while the database stays as it was read. A value read together with the snapshot of
 * its statement (pg_current_snapshot(), which names every transaction it sees as committed) is the
 * same value while the current snapshot is still that one: no transaction has committed since, on
 * any connection or instance sharing the database. One look at the snapshot then replaces reading
 * it all again. Kept per database handle; never inside a transaction, whose own writes do not change
 * its snapshot.
 */

interface Kept<T> {
  value: T;
  snapshot: string;
  size: number;
}

const keptByDatabase = new WeakMap<Database, Map<string, Kept<unknown>>>();

/** The snapshot a statement is read in, to select beside what it reads. */
export const STATEMENT_SNAPSHOT = sql`pg_current_snapshot()::text`;

function inTransaction(db: Database): boolean {
  return typeof (db as { rollback?: unknown }).rollback === 'function';
}

/**
 * The value under `key`, read again by `read` (which returns it with the snapshot of the statement
 * that read it: STATEMENT_SNAPSHOT) unless the one kept is still current. At most `budget` of
 * `sizeOf` is kept per database, the least recently used let go first.
 */
export async function keptWhileUnchanged<T>(
  db: Database,
  key: string,
  read: () => Promise<{ value: T; snapshot: string }>,
  options: { sizeOf?: (value: T) => number; budget?: number } = {},
): Promise<T> {
  if (inTransaction(db)) return (await read()).value;
  let kept = keptByDatabase.get(db);
  if (!kept) {
    kept = new Map();
    keptByDatabase.set(db, kept);
  }
  const known = kept.get(key) as Kept<T> | undefined;
  if (known) {
    const [row] = await selectRows<{ snapshot: string }>(db, sql`SELECT ${STATEMENT_SNAPSHOT} AS snapshot`);
    if (row?.snapshot === known.snapshot) {
      // Most recently used last: the first ones are let go first.
      kept.delete(key);
      kept.set(key, known);
      return known.value;
    }
  }
  const { value, snapshot } = await read();
  const size = options.sizeOf?.(value) ?? 1;
  kept.delete(key);
  kept.set(key, { value, snapshot, size });
  let total = 0;
  for (const entry of kept.values()) total += entry.size;
  const budget = options.budget ?? 1000;
  for (const [oldKey, entry] of kept) {
    if (total <= budget || oldKey === key) break;
    kept.delete(oldKey);
    total -= entry.size;
  }
  return value;
}
