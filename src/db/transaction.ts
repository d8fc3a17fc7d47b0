import type { Database } from './database.ts';

/**
 * Runs `work` in one transaction: it all lands, or nothing does. The one place a transaction is
 * opened outside a request (routes use `app.write`, which records the request's actor and id).
 * Drizzle types a transaction apart from its database by driver; use cases take either, so the
 * transaction is handed on as a `Database`.
 */
export function inTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Database));
}
