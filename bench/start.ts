/**
 * The embedded engine's start, as an operator meets it: `jumelage serve` run as its own process on
 * a new PGlite folder (the first start imports the gazetteer and loads the demo), then restarted
 * three times on that folder. Each start is timed from the spawn to the first answer of
 * /api/health; the resident memory is read three seconds later, and its breakdown taken from the
 * server's own `ready` log line (when the version measured writes one). The folder's size is taken
 * after the first start and after the restarts, whole and split into tables (base/) and
 * write-ahead log (pg_wal/); then the planner statistics the tables hold.
 *
 *   node --import tsx bench/start.ts     the figures as JSON on stdout (bench/run.ts calls
 *                                        measureEmbeddedStart() itself)
 *
 * Only openDatabase and selectRows are relied upon, so bench/ copied onto an older checkout
 * measures it too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase, selectRows } from '../src/db/client.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESTARTS = 3;
const FIRST_START_TIMEOUT_MS = 20 * 60 * 1000;
const RESTART_TIMEOUT_MS = 2 * 60 * 1000;
const SETTLE_MS = 3000;

/** The `ready` line a server writes once it listens (pino JSON), as far as the bench reads it. */
interface ReadyLine {
  seconds?: number | string;
  phases?: Record<string, number>;
  memory?: Record<string, number>;
  dataFolder?: Record<string, number>;
}

interface Start {
  seconds: number;
  rssMB: number | null;
  ready: ReadyLine | null;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function residentMB(pid: number): number | null {
  try {
    const kilobytes = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes ? Math.round(Number(kilobytes) / 1024) : null;
  } catch {
    return null;
  }
}

function readyLineIn(output: string): ReadyLine | null {
  for (const line of output.split('\n')) {
    if (!line.startsWith('{') || !line.includes('"event":"ready"')) continue;
    try {
      return JSON.parse(line) as ReadyLine;
    } catch {}
  }
  return null;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** One `jumelage serve` on `environment`'s folder, from its spawn to its first answer, then stopped. */
async function startOnce(environment: NodeJS.ProcessEnv, timeoutMs: number): Promise<Start> {
  const spawned = performance.now();
  const child = spawn(process.execPath, ['bin/jumelage.js', 'serve'], {
    cwd: ROOT,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  try {
    const deadline = spawned + timeoutMs;
    let url: string | undefined;
    while (!url || !(await answers(url))) {
      if (child.exitCode !== null) throw new Error(`jumelage serve exited (${child.exitCode}):\n${output}`);
      if (performance.now() > deadline) throw new Error(`jumelage serve did not answer in time:\n${output}`);
      url ??= /Ready in [\d.]+ s: (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - spawned) / 1000;
    // Read once the start has settled: Node 24 compiles PGlite's busiest code in the background for
    // a few seconds after the start, briefly holding hundreds of MB more.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const rssMB = residentMB(child.pid!);
    return { seconds: round(seconds), rssMB, ready: readyLineIn(output) };
  } finally {
    await stop(child);
  }
}

function bytesUnder(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) total += bytesUnder(child);
    else if (entry.isFile()) total += statSync(child).blocks * 512;
  }
  return total;
}

/** The folder as du counts it, in MB. */
function folderMB(dataDir: string) {
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
  return {
    dataFolderMB: mb(bytesUnder(dataDir)),
    baseMB: mb(bytesUnder(join(dataDir, 'base'))),
    walMB: mb(bytesUnder(join(dataDir, 'pg_wal'))),
  };
}

/** Which tables the planner has statistics for: their row estimate and per-column statistics. */
async function plannerStatistics(dataDir: string) {
  const handle = await openDatabase({ dataDir }, { holder: 'bench/start.ts' });
  try {
    const tables = await selectRows<{ name: string; tuples: number; columns: string }>(
      handle.db,
      sql`SELECT c.relname AS name, c.reltuples::float8 AS tuples,
                 (SELECT count(*) FROM pg_stats s WHERE s.schemaname = 'public' AND s.tablename = c.relname)::text AS columns
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r'
          ORDER BY c.relname`,
    );
    const estimate = (name: string) => {
      const table = tables.find((row) => row.name === name);
      return table ? { rows: Math.round(table.tuples), columnsWithStatistics: Number(table.columns) } : null;
    };
    return {
      tables: tables.length,
      // reltuples is -1 until a table is first analyzed (or vacuumed, or indexed).
      analyzedTables: tables.filter((table) => table.tuples >= 0).length,
      tablesWithColumnStatistics: tables.filter((table) => Number(table.columns) > 0).length,
      places: estimate('places'),
      place_names: estimate('place_names'),
      agreements: estimate('agreements'),
      organizations: estimate('organizations'),
    };
  } finally {
    await handle.close();
  }
}

export async function measureEmbeddedStart(): Promise<Record<string, unknown>> {
  const folder = await mkdtemp(join(tmpdir(), 'jumelage-bench-start-'));
  const dataDir = join(folder, 'data');
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    JUMELAGE_DATA: dataDir,
    JUMELAGE_KEY_FILE: join(folder, 'keys', 'secret-keys.json'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
  delete environment.DATABASE_URL;
  delete environment.MIGRATION_DATABASE_URL;
  delete environment.JUMELAGE_SECRET_KEYS;
  try {
    const loadBefore = round(loadavg()[0]!);
    const first = await startOnce(environment, FIRST_START_TIMEOUT_MS);
    const afterFirstStart = folderMB(dataDir);
    const restarts: Start[] = [];
    for (let count = 0; count < RESTARTS; count++)
      restarts.push(await startOnce(environment, RESTART_TIMEOUT_MS));
    const afterRestarts = folderMB(dataDir);
    const typical = restarts.find((start) => start.seconds === median(restarts.map((one) => one.seconds)));
    const memory = typical?.ready?.memory ?? null;
    return {
      firstStartSeconds: first.seconds,
      restartSeconds: round(median(restarts.map((start) => start.seconds))),
      restartSecondsEach: restarts.map((start) => start.seconds),
      ...afterFirstStart,
      afterRestarts,
      rssMB: typical?.rssMB ?? null,
      rssAfterFirstStartMB: first.rssMB,
      // From the server's ready line: resident, JS heap (held and used), PGlite's WebAssembly memory,
      // other memory outside the heap.
      memory,
      memoryAfterFirstStart: first.ready?.memory ?? null,
      firstStartPhases: first.ready?.phases ?? null,
      restartPhases: typical?.ready?.phases ?? null,
      statistics: await plannerStatistics(dataDir),
      load: { before: loadBefore, after: round(loadavg()[0]!) },
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await measureEmbeddedStart(), null, 2));
}
