import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase, createTestDatabase } from '../../test/helpers/database.ts';
import { type DatabaseHandle, MIGRATIONS_FOLDER, selectRows } from './client.ts';
import { MigrationHistoryError, readMigrationFiles } from './migration-integrity.ts';
import { inTransaction } from './transaction.ts';

const FILES = readMigrationFiles(MIGRATIONS_FOLDER);

interface HistoryRow {
  id: number;
  hash: string;
  created_at: string;
}

const history = (handle: DatabaseHandle) =>
  selectRows<HistoryRow>(
    handle.db,
    sql`SELECT id, hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY id`,
  );

describe('starting on a migrated database', () => {
  let handle: DatabaseHandle;
  let original: HistoryRow[];

  beforeAll(async () => {
    handle = await createTestDatabase();
    original = await history(handle);
  });
  afterAll(() => handle?.close());
  // Each test edits the history; the next one starts from the history as the migrator wrote it.
  afterEach(async () => {
    await inTransaction(handle.db, async (tx) => {
      await tx.execute(sql`DELETE FROM drizzle.__drizzle_migrations`);
      for (const row of original)
        await tx.execute(
          sql`INSERT INTO drizzle.__drizzle_migrations (id, hash, created_at) VALUES (${row.id}, ${row.hash}, ${row.created_at}::bigint)`,
        );
    });
  });

  const refusal = () =>
    handle.migrate().then(
      () => null,
      (error: unknown) => error,
    );

  it('goes on when every applied migration is the file at its place', async () => {
    expect(original.map((row) => [row.hash, Number(row.created_at)])).toEqual(
      FILES.map((file) => [file.hash, file.createdAt]),
    );
    await handle.migrate();
    expect(await history(handle)).toEqual(original);
  });

  it('refuses when an applied migration’s file was edited since', async () => {
    const edited = FILES[3]!;
    await handle.db.execute(
      sql`UPDATE drizzle.__drizzle_migrations SET hash = ${'0'.repeat(64)} WHERE created_at = ${edited.createdAt}`,
    );
    const error = await refusal();
    expect(error).toBeInstanceOf(MigrationHistoryError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Refusing to start: .* differs .* at ${edited.tag}: the database applied another content of ${edited.tag}`,
      ),
    );
  });

  it('refuses a history with a migration missing in the middle', async () => {
    const missing = FILES[5]!;
    await handle.db.execute(
      sql`DELETE FROM drizzle.__drizzle_migrations WHERE created_at = ${missing.createdAt}`,
    );
    expect(((await refusal()) as Error).message).toMatch(
      new RegExp(`at ${missing.tag}: the database applied migration ${FILES[6]!.tag} there`),
    );
  });

  it('refuses a history applied out of order', async () => {
    const [second, third] = [original[1]!, original[2]!];
    await inTransaction(handle.db, async (tx) => {
      await tx.execute(
        sql`UPDATE drizzle.__drizzle_migrations SET hash = ${third.hash}, created_at = ${third.created_at}::bigint WHERE id = ${second.id}`,
      );
      await tx.execute(
        sql`UPDATE drizzle.__drizzle_migrations SET hash = ${second.hash}, created_at = ${second.created_at}::bigint WHERE id = ${third.id}`,
      );
    });
    const error = await refusal();
    expect(error).toBeInstanceOf(MigrationHistoryError);
    expect((error as Error).message).toMatch(
      new RegExp(`at ${FILES[1]!.tag}: the database applied migration ${FILES[2]!.tag}`),
    );
  });

  it('refuses a database migrated by a newer version, whose last migration this version does not know', async () => {
    const later = FILES.at(-1)!.createdAt + 60_000;
    await handle.db.execute(
      sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (${'f'.repeat(64)}, ${later})`,
    );
    const error = await refusal();
    expect(error).toBeInstanceOf(MigrationHistoryError);
    expect((error as Error).message).toMatch(
      new RegExp(`as its migration number ${FILES.length + 1}, which this version of Jumelage does not have`),
    );
  });
});

describe('migrating a database that has only some of the migrations', () => {
  let handle: DatabaseHandle;
  let olderFolder: string;

  beforeAll(async () => {
    handle = await createEmptyTestDatabase();
    // The migrations of an older version: the same files, its journal ending earlier.
    olderFolder = mkdtempSync(join(tmpdir(), 'jumelage-migrations-'));
    cpSync(MIGRATIONS_FOLDER, olderFolder, { recursive: true });
    const journalPath = join(olderFolder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 12) }));
  });
  afterAll(async () => {
    await handle?.close();
    rmSync(olderFolder, { recursive: true, force: true });
  });

  it('applies the pending ones after the check', async () => {
    if (handle.pglite) await migratePglite(drizzlePglite(handle.pglite), { migrationsFolder: olderFolder });
    else await migratePostgres(drizzlePostgres(handle.pool!), { migrationsFolder: olderFolder });
    expect(await history(handle)).toHaveLength(12);
    await handle.migrate();
    expect((await history(handle)).map((row) => [row.hash, Number(row.created_at)])).toEqual(
      FILES.map((file) => [file.hash, file.createdAt]),
    );
  });
});
