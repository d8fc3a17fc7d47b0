import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, testEngine } from '../../test/helpers/database.ts';
import { type DatabaseHandle, openDatabase, PGLITE_EXTENSIONS, selectRows } from './client.ts';
import {
  afterBulkLoad,
  checkpointIfNeeded,
  scheduleUpkeep,
  type UpkeepReport,
  upkeepRound,
} from './upkeep.ts';

async function statistics(handle: DatabaseHandle, table: string) {
  const [row] = await selectRows<{ tuples: number; columns: string }>(
    handle.db,
    sql`SELECT c.reltuples::float8 AS tuples,
               (SELECT count(*) FROM pg_stats s WHERE s.schemaname = 'public' AND s.tablename = c.relname)::text AS columns
        FROM pg_class c WHERE c.oid = to_regclass(${`public.${table}`})`,
  );
  return { tuples: Number(row!.tuples), columns: Number(row!.columns) };
}

async function fill(handle: DatabaseHandle, table: string, rows: number) {
  await handle.db.execute(sql.raw(`CREATE TABLE ${table} (id int PRIMARY KEY, label text NOT NULL)`));
  await handle.db.execute(
    sql.raw(`INSERT INTO ${table} SELECT n, 'row ' || n FROM generate_series(1, ${rows}) AS n`),
  );
}

async function walSinceCheckpoint(handle: DatabaseHandle) {
  const [row] = await selectRows<{ bytes: string }>(
    handle.db,
    sql`SELECT (pg_current_wal_lsn() - redo_lsn)::text AS bytes FROM pg_control_checkpoint()`,
  );
  return Number(row!.bytes);
}

describe('database upkeep', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('gathers the planner statistics of the tables a bulk load filled', async () => {
    await fill(handle, 'upkeep_loaded', 2000);
    const report = await afterBulkLoad(handle, ['upkeep_loaded']);
    expect(report.analyzed).toEqual(['upkeep_loaded']);
    expect(report.checkpoint).toBe(handle.engine === 'pglite');
    expect(await statistics(handle, 'upkeep_loaded')).toEqual({ tuples: 2000, columns: 2 });
  });

  it('analyzes every table when none is named', async () => {
    const report = await afterBulkLoad(handle);
    expect(report.analyzed).toEqual(
      expect.arrayContaining(['agreements', 'places', 'place_names', 'upkeep_loaded']),
    );
    expect((await statistics(handle, 'places')).tuples).toBeGreaterThanOrEqual(0);
  });

  it.runIf(testEngine() === 'pglite')(
    'on PGlite, analyzes what changed past autovacuum’s threshold and vacuums what holds dead rows',
    async () => {
      await upkeepRound(handle);
      await fill(handle, 'upkeep_changed', 1000);
      await fill(handle, 'upkeep_quiet', 1000);
      await afterBulkLoad(handle, ['upkeep_changed', 'upkeep_quiet']);
      // A tenth of the table and 50 rows more: analyzed; a few rows: left alone.
      await handle.db.execute(
        sql`INSERT INTO upkeep_changed SELECT n, 'new' FROM generate_series(1001, 1200) AS n`,
      );
      await handle.db.execute(sql`UPDATE upkeep_quiet SET label = 'changed' WHERE id <= 10`);
      const changed = await upkeepRound(handle);
      expect(changed.analyzed).toContain('upkeep_changed');
      expect(changed.analyzed).not.toContain('upkeep_quiet');
      expect(changed.vacuumed).toEqual([]);
      expect((await statistics(handle, 'upkeep_changed')).tuples).toBe(1200);

      // Most rows rewritten: their old versions are dead rows, which VACUUM clears.
      await handle.db.execute(sql`UPDATE upkeep_quiet SET label = 'rewritten'`);
      const rewritten = await upkeepRound(handle);
      expect(rewritten.vacuumed).toEqual(['upkeep_quiet']);
      const [dead] = await selectRows<{ dead: string }>(
        handle.db,
        sql`SELECT n_dead_tup::text AS dead FROM pg_stat_user_tables WHERE relname = 'upkeep_quiet'`,
      );
      expect(Number(dead!.dead)).toBe(0);

      expect(await upkeepRound(handle)).toMatchObject({ analyzed: [], vacuumed: [], checkpoint: false });
    },
  );

  it.runIf(testEngine() === 'pglite')('on PGlite, checkpoints once enough log was written', async () => {
    await handle.db.execute(sql`UPDATE upkeep_loaded SET label = label || '.'`);
    expect(await walSinceCheckpoint(handle)).toBeGreaterThan(1024);
    expect(await checkpointIfNeeded(handle, 1024 * 1024 * 1024)).toBe(false);
    expect(await checkpointIfNeeded(handle, 1024)).toBe(true);
    expect(await walSinceCheckpoint(handle)).toBeLessThan(1024);
  });

  it.runIf(testEngine() === 'postgres')(
    'does nothing on PostgreSQL, where autovacuum and the checkpointer run',
    async () => {
      expect(await upkeepRound(handle)).toMatchObject({ analyzed: [], vacuumed: [], checkpoint: false });
      expect(await checkpointIfNeeded(handle, 0)).toBe(false);
    },
  );

  it.runIf(testEngine() === 'pglite')(
    'runs on a timer while serving and stops with the server, telling what it did',
    async () => {
      await handle.db.execute(sql`DELETE FROM upkeep_changed`);
      const reported = new Promise<UpkeepReport>((resolve, reject) => {
        const schedule = scheduleUpkeep(
          handle,
          {
            done: (report) => void schedule.stop().then(() => resolve(report)),
            failed: reject,
          },
          { firstAfterMs: 0 },
        );
      });
      expect((await reported).vacuumed).toContain('upkeep_changed');
    },
  );
});

describe.runIf(testEngine() === 'pglite')('the write-ahead log of a PGlite folder', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jumelage-upkeep-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  const segments = (dataDir: string) =>
    readdirSync(join(dataDir, 'pg_wal')).filter((name) => /^[0-9A-F]{24}$/.test(name));

  /** Several segments of log: rows written, then a switch to a new segment, a few times over. */
  const writeSegments = (count: number) =>
    Array.from(
      { length: count },
      (_, round) =>
        `INSERT INTO upkeep_bulk SELECT n, 'row ' || n FROM generate_series(${round * 1000 + 1}, ${round * 1000 + 1000}) AS n;
         SELECT pg_switch_wal();`,
    ).join('\n');

  /** A folder made from the suite's migrated template, quicker than PostgreSQL's initdb. */
  const folderFromTemplate = async (name: string) => {
    const dataDir = join(folder, name);
    const template = new Blob([await readFile(inject('pgliteTemplate'))]);
    const made = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS, loadDataDir: template });
    return { dataDir, made };
  };

  it('keeps no segment for reuse: a checkpoint after a load leaves the folder close to its data', async () => {
    const { dataDir, made } = await folderFromTemplate('new');
    await made.close();
    const handle = await openDatabase({ dataDir });
    try {
      await handle.pglite!.exec(
        `CREATE TABLE upkeep_bulk (id int PRIMARY KEY, label text NOT NULL); ${writeSegments(6)}`,
      );
      expect(segments(dataDir).length).toBeGreaterThan(5);
      await afterBulkLoad(handle, ['upkeep_bulk']);
      expect(segments(dataDir).length).toBeLessThanOrEqual(2);
    } finally {
      await handle.close();
    }
    expect(segments(dataDir).length).toBeLessThanOrEqual(2);
  });

  it('drops the segments an earlier version kept for reuse', async () => {
    // PGlite's own settings, as an earlier version ran it: a checkpoint renames old segments for reuse.
    const { dataDir, made: earlier } = await folderFromTemplate('earlier');
    await earlier.exec(
      `CREATE TABLE upkeep_bulk (id int PRIMARY KEY, label text NOT NULL); ${writeSegments(6)} CHECKPOINT;`,
    );
    await earlier.close();
    expect(segments(dataDir).length).toBeGreaterThan(3);

    const handle = await openDatabase({ dataDir });
    try {
      const report = await upkeepRound(handle);
      expect(report.checkpoint).toBe(true);
      expect(report.walSegments).toBeLessThanOrEqual(2);
      expect(segments(dataDir).length).toBeLessThanOrEqual(2);
      const [count] = await selectRows<{ count: string }>(
        handle.db,
        sql`SELECT count(*)::text AS count FROM upkeep_bulk`,
      );
      expect(count!.count).toBe('6000');
    } finally {
      await handle.close();
    }
  });
});
