import { describe, expect, it } from 'vitest';
import { codeMigrations } from './catalog.ts';
import {
  BackupFormatError,
  type BackupHeader,
  compareMigrations,
  dependencyOrder,
  type MigrationStamp,
  migrationRefusal,
  parseBodyLine,
  parseHeader,
} from './format.ts';

const stamp = (n: number, hash = `h${n}`): MigrationStamp => ({
  tag: `000${n}_m`,
  createdAt: 1000 + n,
  hash,
});
const CODE = [stamp(0), stamp(1), stamp(2)];
const HEADER: BackupHeader = {
  format: 'jumelage-backup',
  version: 1,
  app: '0.1.0',
  engine: 'pglite',
  takenAt: '2026-12-01T00:00:00.000Z',
  migrations: CODE,
};

describe('which backups this version restores', () => {
  it('restores a backup taken at exactly its migrations', () => {
    expect(compareMigrations(CODE, CODE)).toEqual({ kind: 'same' });
    expect(migrationRefusal({ kind: 'same' }, HEADER, '0.1.0')).toBeNull();
  });

  it('refuses a newer backup, an older one, and one from another build, each saying what to do', () => {
    const newer = compareMigrations([...CODE, stamp(3)], CODE);
    expect(newer).toEqual({ kind: 'newer', unknown: stamp(3) });
    expect(migrationRefusal(newer, { ...HEADER, app: '0.2.0' }, '0.1.0')).toMatch(
      /newer Jumelage \(0\.2\.0, migration 0003_m\)/,
    );
    const older = compareMigrations(CODE.slice(0, 2), CODE);
    expect(older).toEqual({ kind: 'older', missing: [stamp(2)] });
    expect(migrationRefusal(older, HEADER, '0.1.0')).toMatch(
      /older Jumelage .* then run this version's `jumelage migrate`/,
    );
    expect(compareMigrations([stamp(0), stamp(1, 'other'), stamp(2)], CODE)).toEqual({
      kind: 'diverged',
      stamp: stamp(1, 'other'),
    });
    expect(compareMigrations([stamp(0), { tag: null, createdAt: 1001.5, hash: 'x' }], CODE).kind).toBe(
      'diverged',
    );
  });

  it('knows this version’s migrations by drizzle-kit tag, time and hash', () => {
    const migrations = codeMigrations();
    expect(migrations[0]).toMatchObject({
      tag: '0000_extensions',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(migrations.map((migration) => migration.createdAt)).toEqual(
      [...migrations.map((migration) => migration.createdAt)].sort((a, b) => a - b),
    );
  });
});

describe('the order tables are written in', () => {
  it('puts each table after those it references, ties alphabetically, self-references aside', () => {
    const order = dependencyOrder(
      ['parts', 'agreements', 'organizations', 'places', 'users', 'sessions'],
      [
        { table: 'parts', references: 'agreements' },
        { table: 'parts', references: 'places' },
        { table: 'agreements', references: 'organizations' },
        { table: 'organizations', references: 'organizations' },
        { table: 'organizations', references: 'places' },
        { table: 'sessions', references: 'users' },
      ],
    );
    expect(order).toEqual(['places', 'users', 'organizations', 'sessions', 'agreements', 'parts']);
  });

  it('refuses tables referencing each other in a cycle', () => {
    expect(() =>
      dependencyOrder(
        ['a', 'b'],
        [
          { table: 'a', references: 'b' },
          { table: 'b', references: 'a' },
        ],
      ),
    ).toThrow(/cycle/);
  });
});

describe('reading the lines', () => {
  it('reads a header, and refuses what is not one', () => {
    expect(parseHeader(JSON.stringify(HEADER))).toEqual(HEADER);
    expect(() => parseHeader('{"format":"other"}')).toThrow(/not a Jumelage backup/);
    expect(() => parseHeader(JSON.stringify({ ...HEADER, version: 2 }))).toThrow(/format version 2/);
    expect(() => parseHeader(JSON.stringify({ ...HEADER, migrations: 'none' }))).toThrow(/incomplete/);
    expect(() => parseHeader('{"format":')).toThrow(BackupFormatError);
  });

  it('tells tables, rows, sequences and the trailer apart, and refuses anything else', () => {
    expect(parseBodyLine('{"table":"t","columns":[{"name":"id","type":"uuid"}]}', 2).kind).toBe('table');
    expect(parseBodyLine('["a",null,"\\\\x00ff"]', 3)).toEqual({ kind: 'row', line: ['a', null, '\\x00ff'] });
    expect(parseBodyLine('{"sequence":"s","lastValue":"9007199254740993","isCalled":true}', 4).kind).toBe(
      'sequence',
    );
    expect(parseBodyLine('{"end":"jumelage-backup","rows":{"t":1},"sha256":"ab"}', 5).kind).toBe('trailer');
    expect(() => parseBodyLine('[1, 2]', 6)).toThrow(/line 6: a row holds only text and nulls/);
    expect(() => parseBodyLine('{"what":1}', 7)).toThrow(/line 7 is not a table/);
    expect(() => parseBodyLine('[', 8)).toThrow(/line 8 is not JSON/);
  });
});
