import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { runDataSteps } from './data-steps.ts';
import type { Database } from './database.ts';
import { assertMigrationHistory } from './migration-integrity.ts';
import { pgliteWasmModule } from './pglite-wasm.ts';
import * as schema from './schema.ts';

export { type Database, selectRows } from './database.ts';

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
  /**
   * Calls the observer with every statement run through `db` (and, on PostgreSQL, every
   * connection taken from the pool) until the returned function is called: what a request costs
   * the database, counted by tests and benchmarks.
   */
  observe(observer: StatementObserver): () => void;
  /** The underlying client, for bulk loads that bypass the query builder (COPY). */
  pglite?: PGlite;
  pool?: pg.Pool;
}

export interface StatementObserver {
  statement?(text: string, params: unknown[]): void;
  /** A connection was taken from the pool (PostgreSQL only)… */
  connection?(): void;
  /** …and given back. */
  released?(): void;
}

/** Observers of one handle, and the Drizzle logger that tells them (free when none listens). */
function statementObservers() {
  const observers = new Set<StatementObserver>();
  return {
    observers,
    logger: {
      logQuery(text: string, params: unknown[]) {
        for (const observer of observers) observer.statement?.(text, params);
      },
    },
    observe(observer: StatementObserver) {
      observers.add(observer);
      return () => {
        observers.delete(observer);
      };
    },
  };
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

/**
 * What PGlite runs with beyond its own settings. It has no checkpointer: the log grows until a
 * CHECKPOINT (upkeep.ts runs them), which then removes the segments it no longer needs rather than
 * keeping up to max_wal_size of them for reuse as PostgreSQL does (an earlier version kept 370 MB
 * of them after the first start); a new segment is made by writing its last byte, not 16 MB of
 * zeros. Shared buffers live in PGlite's WebAssembly memory, which never shrinks: at 64 MB they fit
 * in its first 128 MB (PostgreSQL's 128 MB grow it to 190 MB) and leave the rest of the folder to
 * the operating system's cache, for place searches a few milliseconds slower at most.
 */
export const PGLITE_SETTINGS: Readonly<Record<string, string>> = {
  wal_recycle: 'off',
  wal_init_zero: 'off',
  min_wal_size: '32MB',
  max_wal_size: '64MB',
  shared_buffers: '64MB',
};

const pgliteStartParams = [
  ...PGlite.defaultStartParams,
  ...Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
];

export type DatabaseLocation =
  | { databaseUrl: string }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob };

export interface OpenOptions {
  /** What opens the database, in words, for the PGlite folder's lock ("the server", "jumelage migrate"). */
  holder?: string;
  /** How long a request waits for a PostgreSQL connection before it is answered 503 (default 5 s). */
  connectionTimeoutMillis?: number;
}

/** Any number that serializes the migrations of instances starting at once on one PostgreSQL database. */
const MIGRATION_LOCK_KEY = 7_315_202_609;

export async function openDatabase(
  location: DatabaseLocation,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if ('databaseUrl' in location) {
    const pool = new pg.Pool({
      connectionString: location.databaseUrl,
      max: 10,
      // While the database is away, a request fails in bounded time (503) rather than waiting forever.
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
    });
    // A connection dropped by the server (restart, failover) must not crash the process. The pool
    // listens on idle connections only; a connection checked out (inside a transaction, between two
    // of its queries) emits 'error' to nobody and Node ends the process. So every connection gets a
    // listener when made. The query in flight fails (503), and the pool drops the broken connection
    // when it is released and makes new ones when the database is back.
    const lost = (error: Error) => console.error(`PostgreSQL connection lost: ${error.message}`);
    pool.on('error', lost);
    pool.on('connect', (client) => client.on('error', lost));
    const watch = statementObservers();
    pool.on('acquire', () => {
      for (const observer of watch.observers) observer.connection?.();
    });
    pool.on('release', () => {
      for (const observer of watch.observers) observer.released?.();
    });
    const db = drizzlePostgres(pool, { schema, logger: watch.logger }) as unknown as Database;
    return {
      db,
      engine: 'postgres',
      pool,
      observe: watch.observe,
      migrate: async () => {
        // Instances starting at once migrate one after the other: the later ones find nothing to do.
        const lock = await pool.connect();
        try {
          await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
          await assertMigrationHistory((text) => lock.query(text), MIGRATIONS_FOLDER);
          await migratePostgres(drizzlePostgres(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
          await runDataSteps(db);
        } finally {
          await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
          lock.release();
        }
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  let releaseLock = () => {};
  if ('dataDir' in location) {
    mkdirSync(location.dataDir, { recursive: true });
    // One process at a time on a folder (data-dir-lock.ts): taken before PGlite reads it.
    const lock = lockDataDir(location.dataDir, options.holder ?? 'another jumelage process');
    releaseLock = lock.release;
    try {
      client = await PGlite.create(location.dataDir, {
        extensions: PGLITE_EXTENSIONS,
        startParams: pgliteStartParams,
        pgliteWasmModule: await pgliteWasmModule(),
      });
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create({
      extensions: PGLITE_EXTENSIONS,
      loadDataDir: location.loadDataDir,
      startParams: pgliteStartParams,
      pgliteWasmModule: await pgliteWasmModule(),
    });
  }
  const watch = statementObservers();
  const pgliteDb = drizzlePglite(client, { schema, logger: watch.logger });
  return {
    db: pgliteDb as unknown as Database,
    engine: 'pglite',
    pglite: client,
    observe: watch.observe,
    migrate: async () => {
      const pending = await assertMigrationHistory((text) => client.query(text), MIGRATIONS_FOLDER);
      // Drizzle's migrator reads every file again and opens a transaction even with nothing to do:
      // a restart skips it.
      if (pending.length > 0) await migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
      await runDataSteps(pgliteDb as unknown as Database);
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        releaseLock();
      }
    },
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
  let result: T;
  try {
    await client.query('BEGIN');
    result = await work(async (text, params) => ({ rows: (await client.query(text, params)).rows }));
    await client.query('COMMIT');
  } catch (error) {
    // A connection lost mid-transaction cannot roll back (the server did): keep the first error,
    // and tell the pool to drop the connection rather than reuse it.
    let broken: Error | undefined;
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    client.release(broken);
    throw error;
  }
  client.release();
  return result;
}
