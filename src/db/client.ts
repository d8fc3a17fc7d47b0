import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { runDataSteps } from './data-steps.ts';
import * as schema from './schema.ts';

/** A database or a transaction on it: use cases take either. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /**
   * Brings the schema up to date (refuses when applied history and files disagree), then runs the
   * data steps that need the app's code (data-steps.ts).
   */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The underlying client, for bulk loads that bypass the query builder (COPY). */
  pglite?: PGlite;
  pool?: pg.Pool;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

export type DatabaseLocation =
  | { databaseUrl: string }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob };

export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if ('databaseUrl' in location) {
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const db = drizzlePostgres(pool, { schema }) as unknown as Database;
    return {
      db,
      engine: 'postgres',
      pool,
      migrate: async () => {
        await migratePostgres(drizzlePostgres(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        await runDataSteps(db);
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if ('dataDir' in location) {
    mkdirSync(location.dataDir, { recursive: true });
    client = await PGlite.create(location.dataDir, { extensions: PGLITE_EXTENSIONS });
  } else {
    client = await PGlite.create({ extensions: PGLITE_EXTENSIONS, loadDataDir: location.loadDataDir });
  }
  const pgliteDb = drizzlePglite(client, { schema });
  return {
    db: pgliteDb as unknown as Database,
    engine: 'pglite',
    pglite: client,
    migrate: async () => {
      await migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
      await runDataSteps(pgliteDb as unknown as Database);
    },
    close: () => client.close(),
  };
}

export type RawQuery = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Runs `work` in one transaction with plain parameterized SQL, for bulk loads where
 * array parameters and `unnest` beat the query builder.
 */
export async function inRawTransaction<T>(
  handle: DatabaseHandle,
  work: (query: RawQuery) => Promise<T>,
): Promise<T> {
  if (handle.pglite) {
    return handle.pglite.transaction((tx) =>
      work(async (text, params) => ({ rows: (await tx.query<Record<string, unknown>>(text, params)).rows })),
    );
  }
  const client = await handle.pool!.connect();
  try {
    await client.query('BEGIN');
    const result = await work(async (text, params) => ({ rows: (await client.query(text, params)).rows }));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Rows of a hand-written query; both drivers answer `{ rows }`. */
export async function selectRows<T = Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
