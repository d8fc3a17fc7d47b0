import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './client.ts';
import { selectRows } from './database.ts';
import { quoteIdentifier } from './roles.ts';

/*
 * PostgreSQL keeps itself in shape with background processes: autovacuum gathers the planner's
 * statistics and clears dead rows, and the checkpointer bounds the write-ahead log. PGlite runs
 * PostgreSQL as one single-user backend with neither: without help, the planner never learns how
 * many rows a table holds, dead rows stay, and the log grows until the folder is closed (a
 * gazetteer import leaves hundreds of megabytes of it). This module does their work on PGlite,
 * with autovacuum's own thresholds; on PostgreSQL it only gathers statistics right after a bulk
 * load, so that the first queries do not wait for autovacuum's next round.
 */

/** What one round of upkeep did, for the log. */
export interface UpkeepReport {
  analyzed: string[];
  vacuumed: string[];
  /** Whether a checkpoint ran (PGlite), letting PostgreSQL remove the log it no longer needs. */
  checkpoint: boolean;
  /** Write-ahead log segments on disk after the round (PGlite on a folder). */
  walSegments?: number;
  milliseconds: number;
}

/** Write-ahead log written since the last checkpoint beyond which a round checkpoints (PGlite). */
export const CHECKPOINT_AFTER_WAL_BYTES = 64 * 1024 * 1024;

/** How often a serving process looks at what changed (PGlite). */
export const UPKEEP_INTERVAL_MS = 10 * 60 * 1000;

async function run(handle: DatabaseHandle, statement: string): Promise<void> {
  await handle.db.execute(sql.raw(statement));
}

async function walSinceCheckpoint(handle: DatabaseHandle): Promise<number> {
  const [row] = await selectRows<{ bytes: string }>(
    handle.db,
    sql`SELECT (pg_current_wal_lsn() - redo_lsn)::text AS bytes FROM pg_control_checkpoint()`,
  );
  return Number(row?.bytes ?? 0);
}

async function currentSegment(handle: DatabaseHandle): Promise<string> {
  const [row] = await selectRows<{ name: string }>(
    handle.db,
    sql`SELECT pg_walfile_name(pg_current_wal_lsn()) AS name`,
  );
  return row!.name;
}

/** The log segment files in a PGlite folder (none for a database in memory). */
function walSegmentFiles(handle: DatabaseHandle): string[] | undefined {
  const dataDir = handle.pglite?.dataDir;
  if (!dataDir || dataDir.startsWith('memory://')) return undefined;
  try {
    return readdirSync(join(dataDir, 'pg_wal'))
      .filter((name) => /^[0-9A-F]{24}$/.test(name))
      .sort();
  } catch {
    return undefined;
  }
}

/** A checkpoint on PGlite when at least `minimumBytes` of log were written since the last one. */
export async function checkpointIfNeeded(
  handle: DatabaseHandle,
  minimumBytes = CHECKPOINT_AFTER_WAL_BYTES,
): Promise<boolean> {
  if (handle.engine !== 'pglite') return false;
  if ((await walSinceCheckpoint(handle)) < minimumBytes) return false;
  await run(handle, 'CHECKPOINT');
  return true;
}

/**
 * After a bulk load (the gazetteer, the demo, a restore): statistics for `tables` (every table
 * when none is named), and on PGlite a checkpoint, which removes the log the load wrote. On
 * PostgreSQL a serving role that does not own a table is warned and skips it, which is harmless.
 */
export async function afterBulkLoad(handle: DatabaseHandle, tables?: string[]): Promise<UpkeepReport> {
  const started = performance.now();
  // The load's changes reach the activity statistics first: counted after the ANALYZE, they would
  // make the next round analyze the tables again.
  if (handle.engine === 'pglite') await run(handle, 'SELECT pg_stat_force_next_flush()');
  const analyzed = tables ?? (await userTables(handle));
  if (analyzed.length > 0) await run(handle, `ANALYZE ${analyzed.map(quoteIdentifier).join(', ')}`);
  const checkpoint = handle.engine === 'pglite';
  if (checkpoint) await run(handle, 'CHECKPOINT');
  return {
    analyzed,
    vacuumed: [],
    checkpoint,
    walSegments: walSegmentFiles(handle)?.length,
    milliseconds: Math.round(performance.now() - started),
  };
}

async function userTables(handle: DatabaseHandle): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(
    handle.db,
    sql`SELECT relname AS name FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY relname`,
  );
  return rows.map((row) => row.name);
}

/**
 * One round of autovacuum's work on PGlite: ANALYZE the tables changed by more than autovacuum's
 * threshold (50 rows and a tenth of the table) or never analyzed, VACUUM those with more dead
 * rows than its threshold (50 and a fifth), and checkpoint once enough log was written. PGlite
 * counts changes from its start only (its activity statistics are not kept across restarts), so
 * a table never analyzed is analyzed whatever the count. Nothing on PostgreSQL, where autovacuum
 * runs.
 */
export async function upkeepRound(handle: DatabaseHandle): Promise<UpkeepReport> {
  const started = performance.now();
  const report: UpkeepReport = { analyzed: [], vacuumed: [], checkpoint: false, milliseconds: 0 };
  if (handle.engine !== 'pglite') return report;
  // Changes reach the activity statistics at most once a second; the round reads them all.
  await run(handle, 'SELECT pg_stat_force_next_flush()');
  const tables = await selectRows<{ name: string; analyze: boolean; vacuum: boolean }>(
    handle.db,
    sql`SELECT s.relname AS name,
               c.reltuples < 0 OR s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0) AS analyze,
               s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0) AS vacuum
        FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.schemaname = 'public'
        ORDER BY s.relname`,
  );
  for (const table of tables) {
    if (table.vacuum) {
      await run(handle, `VACUUM (ANALYZE) ${quoteIdentifier(table.name)}`);
      report.vacuumed.push(table.name);
      report.analyzed.push(table.name);
    } else if (table.analyze) {
      await run(handle, `ANALYZE ${quoteIdentifier(table.name)}`);
      report.analyzed.push(table.name);
    }
  }
  report.checkpoint = await checkpointIfNeeded(handle);
  if (await dropUnusedSegments(handle)) report.checkpoint = true;
  report.walSegments = walSegmentFiles(handle)?.length;
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

/**
 * Log segments kept for reuse by an older version (wal_recycle was on: hundreds of megabytes of
 * them) are named after the segment being written, so no checkpoint removes them. Writing through
 * them (a checkpoint record, then a switch to the next segment) makes them old, and a last
 * checkpoint removes them. Done once per folder: afterwards none are kept.
 */
export async function dropUnusedSegments(handle: DatabaseHandle): Promise<boolean> {
  const files = walSegmentFiles(handle);
  if (!files) return false;
  const current = await currentSegment(handle);
  const ahead = files.filter((file) => file > current);
  // One segment made ahead by a checkpoint is PostgreSQL's ordinary way; more are leftovers.
  if (ahead.length <= 2) return false;
  const last = ahead.at(-1)!;
  let segment = current;
  for (let step = 0; step <= ahead.length && segment < last; step++) {
    // A switch moves on only from a segment written to: the checkpoint record is that write.
    await run(handle, 'CHECKPOINT');
    await run(handle, 'SELECT pg_switch_wal()');
    segment = await currentSegment(handle);
  }
  await run(handle, 'CHECKPOINT');
  return true;
}

export interface UpkeepSchedule {
  /** Stops the timer and waits for a round in flight. */
  stop(): Promise<void>;
}

/**
 * Runs `upkeepRound` every `intervalMs` on PGlite (nothing on PostgreSQL), the first round soon
 * after start, telling `log` what each round did when it did something. The timer does not keep
 * the process alive.
 */
export function scheduleUpkeep(
  handle: DatabaseHandle,
  log: { done(report: UpkeepReport): void; failed(error: unknown): void },
  options: { intervalMs?: number; firstAfterMs?: number } = {},
): UpkeepSchedule {
  if (handle.engine !== 'pglite') return { stop: async () => {} };
  let inFlight: Promise<void> | undefined;
  let stopped = false;
  const round = () => {
    if (stopped || inFlight) return;
    inFlight = upkeepRound(handle)
      .then((report) => {
        if (report.analyzed.length > 0 || report.vacuumed.length > 0 || report.checkpoint) log.done(report);
      }, log.failed)
      .finally(() => {
        inFlight = undefined;
      });
  };
  const first = setTimeout(round, options.firstAfterMs ?? 60_000);
  const every = setInterval(round, options.intervalMs ?? UPKEEP_INTERVAL_MS);
  first.unref();
  every.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await inFlight;
    },
  };
}
