import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './client.ts';
import {
  type AppliedMigration,
  checkMigrationHistory,
  type MigrationFile,
  migrationHistoryRefusal,
  readMigrationFiles,
} from './migration-integrity.ts';

const FILES: MigrationFile[] = [
  { tag: '0000_first', createdAt: 1000, hash: 'a'.repeat(64) },
  { tag: '0001_second', createdAt: 2000, hash: 'b'.repeat(64) },
  { tag: '0002_third', createdAt: 3000, hash: 'c'.repeat(64) },
];
const applied = (...files: MigrationFile[]): AppliedMigration[] =>
  files.map(({ createdAt, hash }) => ({ createdAt, hash }));
const [FIRST, SECOND, THIRD] = FILES as [MigrationFile, MigrationFile, MigrationFile];

function refusal(history: AppliedMigration[], files = FILES): string | null {
  return migrationHistoryRefusal(checkMigrationHistory(history, files), files);
}

describe('the migration history check', () => {
  it('accepts a database at this version’s migrations, and one with migrations still to apply', () => {
    expect(checkMigrationHistory(applied(FIRST, SECOND, THIRD), FILES)).toEqual({
      kind: 'consistent',
      pending: [],
    });
    expect(checkMigrationHistory(applied(FIRST), FILES)).toEqual({
      kind: 'consistent',
      pending: [SECOND, THIRD],
    });
    expect(checkMigrationHistory([], FILES)).toEqual({ kind: 'consistent', pending: FILES });
    expect(refusal(applied(FIRST))).toBeNull();
  });

  it('refuses an applied migration whose file changed since, naming it', () => {
    const edited = { ...SECOND, hash: 'd'.repeat(64) };
    expect(checkMigrationHistory(applied(FIRST, edited), FILES)).toEqual({
      kind: 'differs',
      position: 1,
      applied: applied(edited)[0],
      file: SECOND,
    });
    expect(refusal(applied(FIRST, edited))).toMatch(
      /differs .* at 0001_second: .*another content of 0001_second/,
    );
  });

  it('refuses a history with a migration missing in the middle, or applied out of order', () => {
    expect(refusal(applied(FIRST, THIRD))).toMatch(
      /at 0001_second: the database applied migration 0002_third there/,
    );
    expect(refusal(applied(SECOND, FIRST, THIRD))).toMatch(
      /at 0000_first: the database applied migration 0001_second/,
    );
  });

  it('refuses a database migrated by a newer version', () => {
    const newer = { createdAt: 4000, hash: 'e'.repeat(64) };
    expect(checkMigrationHistory([...applied(...FILES), newer], FILES)).toEqual({
      kind: 'unknown',
      position: 3,
      applied: newer,
    });
    expect(refusal([...applied(...FILES), newer])).toMatch(
      /migration number 4, which this version of Jumelage does not have \(it has 3\): a newer version/,
    );
    // Code that lost its last migration is, for the database, older than what migrated it.
    expect(refusal(applied(FIRST, SECOND, THIRD), [FIRST, SECOND])).toMatch(
      /a migration made at 1970-01-01T00:00:03.000Z \(hash cccccccccccc\) as its migration number 3/,
    );
  });

  it('refuses a migration to apply that is dated before the last applied one, which the migrator would skip', () => {
    const misdated = { tag: '0003_misdated', createdAt: 1500, hash: 'f'.repeat(64) };
    expect(checkMigrationHistory(applied(FIRST, SECOND), [FIRST, SECOND, misdated])).toEqual({
      kind: 'dated-before-applied',
      file: misdated,
      lastApplied: applied(SECOND)[0],
    });
    expect(refusal(applied(FIRST, SECOND), [FIRST, SECOND, misdated])).toMatch(
      /0003_misdated is dated before/,
    );
  });

  it('reads this version’s files in journal order, dated in increasing order, hashed as the migrator hashes them', () => {
    const files = readMigrationFiles(MIGRATIONS_FOLDER);
    expect(files[0]).toMatchObject({ tag: '0000_extensions', createdAt: 1795397325138 });
    expect(files.every((file) => /^[0-9a-f]{64}$/.test(file.hash))).toBe(true);
    expect(files.length).toBeGreaterThan(20);
    for (const [index, file] of files.entries())
      if (index > 0) expect(file.createdAt).toBeGreaterThan(files[index - 1]!.createdAt);
  });
});
