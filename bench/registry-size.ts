/**
 * The registry at the size of the real twinning lists (../shared/data/twin-cities, 26,114 pairs listed
 * on Wikipedia): the same requests measured with about 1,000 agreements imported from the file (every
 * 22nd row) and then with the whole file, on each engine. Workloads, each a rotation of requests sent
 * one after another through the application (no network, no concurrency: a request's own cost):
 *   list          GET /api/agreements?limit=50, alone and filtered by status, type, country, theme
 *   search        GET /api/agreements?q=… with names of the most twinned cities, whole and as prefixes
 *   organization  GET /api/organizations/:id of the most twinned local authorities
 *   links         GET /api/links, the map of every link
 * The list's p95 at the full size should stay within twice its figure at 1k.
 *
 *   npm run bench with BENCH_ONLY=size           this table only (or: node --import tsx bench/registry-size.ts)
 *   BENCH_TWIN_FILE=…                            the file (default ../shared/data/twin-cities/twin_cities_raw.csv)
 *   BENCH_ENGINES=pglite,postgres                engines; PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL
 *   BENCH_SIZE_REQUESTS=200                      requests measured per workload and size
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type DatabaseHandle, openDatabase, selectRows } from '../src/db/client.ts';
import { afterBulkLoad } from '../src/db/upkeep.ts';
import { buildApp } from '../src/http/app.ts';
import { importAgreementTable } from '../src/imports/agreements-import.ts';
import { readTableFile, type Table } from '../src/imports/read-table.ts';
import { importPlaces } from '../src/places/import.ts';

const TWIN_FILE =
  process.env.BENCH_TWIN_FILE ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/data/twin-cities/twin_cities_raw.csv');
const REQUESTS = Number(process.env.BENCH_SIZE_REQUESTS ?? 200);
/** Every n-th row of the file makes the small registry (about 1,000 agreements of the 26k). */
const SMALL_STRIDE = 22;
const WORKLOADS = ['list', 'search', 'organization', 'links'] as const;
type Workload = (typeof WORKLOADS)[number];

export interface SizeFigures {
  agreements: number;
  organizations: number;
  importSeconds: number;
  workloads: Record<Workload, { p50: number; p95: number; p99: number; requests: number }>;
}

export type SizeTable = Record<string, Record<string, SizeFigures>>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => Number(value.toFixed(2));

async function openEngine(engine: string, serverUrl?: string) {
  if (engine === 'pglite') {
    const folder = await mkdtemp(join(tmpdir(), 'jumelage-bench-size-'));
    const handle = await openDatabase({ dataDir: folder });
    return { handle, cleanup: () => rm(folder, { recursive: true, force: true }) };
  }
  const name = `jumelage_bench_size_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  return {
    handle,
    cleanup: async () => {
      const drop = new pg.Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** The paths of each workload, from what the registry holds now. */
async function workloadPaths(handle: DatabaseHandle): Promise<Record<Workload, string[]>> {
  const busiest = await selectRows<{ id: string; name: string; country: string }>(
    handle.db,
    sql`SELECT o.id, o.name->>'en' AS name, o.country_code AS country
        FROM organizations o JOIN agreement_parties ap ON ap.organization_id = o.id
        GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 20`,
  );
  const countries = [...new Set(busiest.map((row) => row.country))].slice(0, 4);
  const list = [
    '/api/agreements?limit=50',
    '/api/agreements?limit=50&status=in_force',
    '/api/agreements?limit=50&type=twinning',
    '/api/agreements?limit=50&theme=culture',
    ...countries.map((country) => `/api/agreements?limit=50&country=${country}`),
    ...countries.slice(0, 2).map((country) => `/api/agreements?limit=50&status=in_force&country=${country}`),
  ];
  const search = busiest.flatMap((row) => [
    `/api/agreements?limit=50&q=${encodeURIComponent(row.name)}`,
    `/api/agreements?limit=50&q=${encodeURIComponent(row.name.slice(0, 4).toLowerCase())}`,
  ]);
  return {
    list,
    search,
    organization: busiest.map((row) => `/api/organizations/${row.id}`),
    links: ['/api/links'],
  };
}

async function measure(handle: DatabaseHandle): Promise<SizeFigures['workloads']> {
  const app = await buildApp({ database: handle });
  try {
    const paths = await workloadPaths(handle);
    const figures = {} as SizeFigures['workloads'];
    for (const workload of WORKLOADS) {
      const rotation = paths[workload];
      // Warm-up: a round of each path, unrecorded.
      for (const url of rotation) await app.inject({ method: 'GET', url });
      const timings: number[] = [];
      // The whole map is one large answer: fewer of it (seconds each on PGlite at 26k).
      const requests = workload === 'links' ? Math.min(REQUESTS, 20) : REQUESTS;
      for (let index = 0; index < requests; index++) {
        const url = rotation[index % rotation.length]!;
        const started = performance.now();
        const response = await app.inject({ method: 'GET', url });
        timings.push(performance.now() - started);
        if (response.statusCode !== 200)
          throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
      }
      timings.sort((a, b) => a - b);
      figures[workload] = {
        p50: ms(percentile(timings, 50)),
        p95: ms(percentile(timings, 95)),
        p99: ms(percentile(timings, 99)),
        requests: timings.length,
      };
    }
    return figures;
  } finally {
    await app.close();
  }
}

async function counts(handle: DatabaseHandle) {
  const [row] = await selectRows<{ agreements: number; organizations: number }>(
    handle.db,
    sql`SELECT (SELECT count(*) FROM agreements)::int AS agreements, (SELECT count(*) FROM organizations)::int AS organizations`,
  );
  return row!;
}

async function benchEngine(
  engine: string,
  table: Table,
  serverUrl?: string,
): Promise<Record<string, SizeFigures>> {
  const { handle, cleanup } = await openEngine(engine, serverUrl);
  const sizes: Record<string, SizeFigures> = {};
  try {
    await handle.migrate();
    console.error(`[${engine}] importing the gazetteer`);
    await importPlaces(handle);
    await afterBulkLoad(handle);
    const steps: Array<[string, Table]> = [
      [
        '1k',
        { headers: table.headers, rows: table.rows.filter((_row, index) => index % SMALL_STRIDE === 0) },
      ],
      ['26k', table],
    ];
    for (const [label, rows] of steps) {
      console.error(`[${engine}] importing ${rows.rows.length} rows of the twinning lists`);
      const started = performance.now();
      const report = await importAgreementTable(handle.db, rows);
      await afterBulkLoad(handle);
      const importSeconds = (performance.now() - started) / 1000;
      const held = await counts(handle);
      console.error(
        `[${engine}] ${held.agreements} agreements (${report.agreements.created} new, ${report.names.resolved}/${report.names.distinct} names resolved) in ${importSeconds.toFixed(1)} s; measuring`,
      );
      sizes[label] = {
        ...held,
        importSeconds: Number(importSeconds.toFixed(1)),
        workloads: await measure(handle),
      };
    }
  } finally {
    await handle.close();
    await cleanup();
  }
  return sizes;
}

export async function benchRegistrySize(engines: string[], serverUrl?: string): Promise<SizeTable> {
  const table = await readTableFile(TWIN_FILE);
  const result: SizeTable = {};
  for (const engine of engines) {
    if (engine === 'postgres' && !serverUrl) {
      console.error('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server.');
      continue;
    }
    result[engine] = await benchEngine(engine, table, serverUrl);
  }
  return result;
}

/** The size table: each workload's p50/p95 at 1k and at the full file, and how many times slower the p95 got. */
export function sizeTableText(result: SizeTable): string {
  const lines = [
    'Registry size (real twinning lists): p50 / p95 ms per request, sequential, through the application',
  ];
  for (const [engine, sizes] of Object.entries(result)) {
    const small = sizes['1k'];
    const large = sizes['26k'];
    if (!small || !large) continue;
    lines.push(
      '',
      `${engine}: ${small.agreements} agreements (import ${small.importSeconds} s) vs ${large.agreements} (import ${large.importSeconds} s)`,
      `${'workload'.padEnd(14)}${'1k p50/p95'.padEnd(18)}${'26k p50/p95'.padEnd(18)}p95 ratio`,
    );
    for (const workload of WORKLOADS) {
      const a = small.workloads[workload];
      const b = large.workloads[workload];
      const ratio = b.p95 / a.p95;
      const verdict = workload === 'list' ? (ratio <= 2 ? '  (within 2×)' : '  (OVER 2×)') : '';
      lines.push(
        `${workload.padEnd(14)}${`${a.p50} / ${a.p95}`.padEnd(18)}${`${b.p50} / ${b.p95}`.padEnd(18)}${ratio.toFixed(2)}×${verdict}`,
      );
    }
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((engine) => engine.trim());
  const result = await benchRegistrySize(
    engines,
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL,
  );
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else console.log(sizeTableText(result));
}
