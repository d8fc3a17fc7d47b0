import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Drizzle's migrator looks only at the latest migration a database records: one applied migration
 * edited afterwards, missing, out of order, or unknown to this version goes unnoticed, and so does a
 * new file dated before the latest applied one (it is skipped for ever). Before migrating, the whole
 * history is compared with the files, position by position, and a database that disagrees is
 * refused with the first migration that differs (as Actual's checkDatabaseValidity does).
 */

/** A migration file, as Drizzle records it once applied: its journal time and the SHA-256 of its SQL. */
export interface MigrationFile {
  tag: string;
  createdAt: number;
  hash: string;
}

/** A row of `drizzle.__drizzle_migrations`, in the order the migrations were applied. */
export interface AppliedMigration {
  createdAt: number;
  hash: string;
}

export type MigrationHistoryCheck =
  /** Every applied migration is the file at its place; the files after them are still to apply. */
  | { kind: 'consistent'; pending: MigrationFile[] }
  /** The database applied more migrations than this version has: a newer version migrated it. */
  | { kind: 'unknown'; position: number; applied: AppliedMigration }
  /** At `position` the database applied something other than this version's file. */
  | { kind: 'differs'; position: number; applied: AppliedMigration; file: MigrationFile }
  /** A migration still to apply is dated no later than the last applied one: Drizzle would skip it. */
  | { kind: 'dated-before-applied'; file: MigrationFile; lastApplied: AppliedMigration };

/** Compares a database's applied migrations with this version's files, in order. */
export function checkMigrationHistory(
  applied: readonly AppliedMigration[],
  files: readonly MigrationFile[],
): MigrationHistoryCheck {
  for (const [position, migration] of applied.entries()) {
    const file = files[position];
    if (!file) return { kind: 'unknown', position, applied: migration };
    if (file.hash !== migration.hash || file.createdAt !== migration.createdAt) {
      return { kind: 'differs', position, applied: migration, file };
    }
  }
  const pending = files.slice(applied.length);
  const lastApplied = applied.at(-1);
  const skipped = lastApplied && pending.find((file) => file.createdAt <= lastApplied.createdAt);
  if (lastApplied && skipped) return { kind: 'dated-before-applied', file: skipped, lastApplied };
  return { kind: 'consistent', pending };
}

function appliedName(applied: AppliedMigration, files: readonly MigrationFile[]): string {
  const same = files.find((file) => file.hash === applied.hash && file.createdAt === applied.createdAt);
  if (same) return `migration ${same.tag}`;
  const sameTime = files.find((file) => file.createdAt === applied.createdAt);
  if (sameTime) return `another content of ${sameTime.tag} (hash ${applied.hash.slice(0, 12)})`;
  return `a migration made at ${new Date(applied.createdAt).toISOString()} (hash ${applied.hash.slice(0, 12)})`;
}

/** Why a database must not be started on, in words for the operator; null when it may. */
export function migrationHistoryRefusal(
  check: MigrationHistoryCheck,
  files: readonly MigrationFile[],
): string | null {
  switch (check.kind) {
    case 'consistent':
      return null;
    case 'unknown':
      return `the database has applied ${appliedName(check.applied, files)} as its migration number ${check.position + 1}, which this version of Jumelage does not have (it has ${files.length}): a newer version migrated it. Run that version or a later one.`;
    case 'differs':
      return `the database's migration history differs from this version's files at ${check.file.tag}: the database applied ${appliedName(check.applied, files)} there. An applied migration was edited, removed or reordered; restore the database or the migration files as they were.`;
    case 'dated-before-applied':
      return `the migration ${check.file.tag} is dated before the last one the database applied (${new Date(check.lastApplied.createdAt).toISOString()}), so the migrator would skip it; give it a later date in meta/_journal.json.`;
  }
}

export class MigrationHistoryError extends Error {
  override name = 'MigrationHistoryError';
  constructor(reason: string) {
    super(`Refusing to start: ${reason}`);
  }
}

/** This version's migrations, read as Drizzle's migrator reads them (journal order, hash of the SQL). */
export function readMigrationFiles(migrationsFolder: string): MigrationFile[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  return journal.entries.map((entry) => ({
    tag: entry.tag,
    createdAt: entry.when,
    // The migrator hashes the file's text: the same bytes give the same hash.
    hash: createHash('sha256')
      .update(readFileSync(join(migrationsFolder, `${entry.tag}.sql`)).toString())
      .digest('hex'),
  }));
}

export type MigrationQuery = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** The migrations a database has applied, in the order it applied them (none when never migrated). */
export async function readAppliedMigrations(query: MigrationQuery): Promise<AppliedMigration[]> {
  const { rows: table } = await query(
    `SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`,
  );
  if (!table[0]?.present) return [];
  const { rows } = await query(
    'SELECT hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY id',
  );
  return rows.map((row) => ({ createdAt: Number(row.created_at), hash: String(row.hash) }));
}

/**
 * Refuses (MigrationHistoryError) a database whose applied migrations disagree with the files;
 * answers the migrations still to apply.
 */
export async function assertMigrationHistory(
  query: MigrationQuery,
  migrationsFolder: string,
): Promise<MigrationFile[]> {
  const files = readMigrationFiles(migrationsFolder);
  const check = checkMigrationHistory(await readAppliedMigrations(query), files);
  const refusal = migrationHistoryRefusal(check, files);
  if (refusal) throw new MigrationHistoryError(refusal);
  return check.kind === 'consistent' ? check.pending : files;
}
