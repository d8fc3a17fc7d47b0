import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';

export type TestEngine = 'pglite' | 'postgres';

export function testEngine(): TestEngine {
  return process.env.JUMELAGE_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

/** Where a test may create a database of its own: TEST_DATABASE_URL with another database name. */
export function testServerUrl(database: string): string {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is needed to test on PostgreSQL');
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new database with nothing in it, not even migrations (an in-memory PGlite or a new PostgreSQL database). */
export async function createEmptyTestDatabase(): Promise<DatabaseHandle> {
  if (testEngine() === 'pglite') return openDatabase({ memory: true });
  return createEmptyPostgresDatabase();
}

/** A new PostgreSQL database on TEST_DATABASE_URL's server, with nothing in it, that `close()` drops. */
export async function createEmptyPostgresDatabase(): Promise<DatabaseHandle> {
  const name = `jumelage_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const handle = await openDatabase({ databaseUrl: testServerUrl(name) });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * A fresh, migrated database of its own for one test file: an in-memory PGlite, or a new
 * PostgreSQL database on TEST_DATABASE_URL's server that `close()` drops.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testEngine() === 'pglite') {
    const template = await readFile(inject('pgliteTemplate'));
    const handle = await openDatabase({ memory: true, loadDataDir: new Blob([template]) });
    await handle.migrate();
    return handle;
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is needed to test on PostgreSQL');
  const name = `jumelage_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  await handle.migrate();
  const close = handle.close;
  return {
    ...handle,
    close: async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
