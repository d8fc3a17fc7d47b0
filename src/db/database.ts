import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

/**
 * A database or a transaction on it: use cases take either. Apart from client.ts, which opens
 * connections, so that modules the migrations run (data-steps.ts) can take one without importing
 * what opens it.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Rows of a hand-written query; both drivers answer `{ rows }`. */
export async function selectRows<T = Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
