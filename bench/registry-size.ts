/**
 * The registry at the size of the real twinning lists (../shared/data/twin-cities, 26,114 pairs listed
 * on Wikipedia, about 19,000 agreements once names are resolved): the same requests measured with the
 * agreements of every 22nd row of the file and then with the whole file, on each engine. Workloads, each
 * a rotation of requests sent one after another through the application (no network, no concurrency:
 * a request's own cost):
 *   list          GET /api/agreements?limit=50, alone and filtered by status, type, country, theme, dates
 *   search        GET /api/agreements?q=… with names of the most twinned cities, whole and as prefixes
 *   places        GET /api/places?q=… with the same names
 *   organization  the organization page of the most twinned local authorities: the organization, its
 *                 agreements, memberships, networks, people, posts and its map's links, in turn
 *   links         GET /api/links, the map of every link (as kept while nothing is written)
 *   linksAfterWrite  the same, each after a write (read again)
 * The list's p95 at the full size should stay within twice its figure at 1k.
 *
 *   npm run bench with BENCH_ONLY=size           this table only (or: node --import tsx bench/registry-size.ts)
 *   BENCH_TWIN_FILE=…                            the file (default ../shared/data/twin-cities/twin_cities_raw.csv)
 *   BENCH_ENGINES=pglite,postgres                engines; PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL
 *   BENCH_SIZE_REQUESTS=200                      requests measured per workload and size
 *   BENCH_SIZE_DIR=data/bench-size               where the PGlite databases are kept between runs
 *   BENCH_SIZE_FRESH=1                           import again (PostgreSQL: databases jumelage_bench_size_1k, _26k)
 *
 * Each database is imported once (the gazetteer, then the rows) and kept, marked ready: later runs only
 * apply new migrations and measure.
 */
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
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

const HERE = fileURLToPath(new URL('.', import.meta.url));
const TWIN_FILE =
  process.env.BENCH_TWIN_FILE ?? resolve(HERE, '../../shared/data/twin-cities/twin_cities_raw.csv');
const KEPT_DIR = process.env.BENCH_SIZE_DIR ?? resolve(HERE, '../data/bench-size');
const FRESH = process.env.BENCH_SIZE_FRESH === '1';
const REQUESTS = Number(process.env.BENCH_SIZE_REQUESTS ?? 200);
/** Every n-th row of the file makes the small registry (about 1,000 agreements of the 26k). */
const SMALL_STRIDE = 22;
const WORKLOADS = ['list', 'search', 'places', 'organization', 'links', 'linksAfterWrite'] as const;
type Workload = (typeof WORKLOADS)[number];
const WORKLOAD_LABELS: Record<Workload, string> = {
  list: 'list (filters)',
  search: 'list ?q= text',
  places: 'place search',
  organization: 'organization page',
  links: 'map: all links',
  linksAfterWrite: 'map, after a write',
};
const SIZE_LABELS = ['1k', '26k'] as const;

export interface SizeFigures {
  agreements: number;
  organizations: number;
  /** Seconds the import took when the database was made; null when an existing one was reused. */
  importSeconds: number | null;
  workloads: Record<Workload, { p50: number; p95: number; p99: number; requests: number }>;
}

export type SizeTable = Record<string, Record<string, SizeFigures>>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => Number(value.toFixed(2));

/**
 * One kept database per engine and size (a PGlite folder under data/bench-size, a PostgreSQL database
 * named jumelage_bench_size_<size>), marked ready once its import is complete, so later runs measure
 * without importing again. BENCH_SIZE_FRESH=1 makes them again.
 */
interface Kept {
  open(): Promise<DatabaseHandle>;
  ready(): Promise<boolean>;
  markReady(): Promise<void>;
  /** Makes this one a copy of another kept database (closed), or empty when there is none. */
  copyFrom(other: Kept | null): Promise<void>;
  name: string;
}

const READY = (rows: number) => `jumelage bench: ${rows} rows of ${TWIN_FILE.split('/').pop()}`;

function keptPglite(label: string, rows: number): Kept {
  const folder = join(KEPT_DIR, `pglite-${label}`);
  const marker = `${folder}.ready`;
  return {
    name: folder,
    open: () => openDatabase({ dataDir: folder }),
    ready: async () => {
      try {
        const { readFile } = await import('node:fs/promises');
        return (await stat(folder)).isDirectory() && (await readFile(marker, 'utf8')) === READY(rows);
      } catch {
        return false;
      }
    },
    markReady: () => writeFile(marker, READY(rows)),
    copyFrom: async (other) => {
      await rm(marker, { force: true });
      await rm(folder, { recursive: true, force: true });
      await mkdir(KEPT_DIR, { recursive: true });
      if (other) await cp(other.name, folder, { recursive: true });
    },
  };
}

function keptPostgres(label: string, rows: number, serverUrl: string): Kept {
  const name = `jumelage_bench_size_${label}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    name,
    open: () => openDatabase({ databaseUrl: url.toString() }),
    ready: () =>
      admin(async (client) => {
        const { rows: found } = await client.query(
          'SELECT shobj_description(oid, $2) AS note FROM pg_database WHERE datname = $1',
          [name, 'pg_database'],
        );
        return found[0]?.note === READY(rows);
      }),
    markReady: () =>
      admin((client) => client.query(`COMMENT ON DATABASE ${name} IS '${READY(rows)}'`)).then(),
    copyFrom: (other) =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${name}${other ? ` TEMPLATE ${other.name}` : ''}`);
      }),
  };
}

const encode = encodeURIComponent;

/** The requests of each workload, from what the registry holds now: each entry is one measured step. */
async function workloadSteps(handle: DatabaseHandle): Promise<Record<Workload, string[][]>> {
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
    '/api/agreements?limit=50&signedFrom=1990-01-01&signedTo=2010-12-31',
    ...countries.map((country) => `/api/agreements?limit=50&country=${country}`),
    ...countries.slice(0, 2).map((country) => `/api/agreements?limit=50&status=in_force&country=${country}`),
    ...countries
      .slice(0, 2)
      .map((country) => `/api/agreements?limit=50&type=twinning&status=in_force&country=${country}`),
  ];
  const search = busiest.flatMap((row) => [
    `/api/agreements?limit=50&q=${encode(row.name)}`,
    `/api/agreements?limit=50&q=${encode(row.name.slice(0, 4).toLowerCase())}`,
  ]);
  const places = busiest.flatMap((row) => [
    `/api/places?q=${encode(row.name)}`,
    `/api/places?q=${encode(row.name.slice(0, 4).toLowerCase())}`,
  ]);
  // What the organization page asks for, one request after the other.
  const organization = busiest.map((row) => [
    `/api/organizations/${row.id}`,
    `/api/agreements?party=${row.id}&limit=100`,
    `/api/memberships?memberOrganization=${row.id}`,
    '/api/networks',
    `/api/memberships?organization=${row.id}`,
    `/api/people?organization=${row.id}&limit=100`,
    `/api/organizations/${row.id}/posts`,
    `/api/links?organization=${row.id}`,
  ]);
  const one = (paths: string[]) => paths.map((path) => [path]);
  return {
    list: one(list),
    search: one(search),
    places: one(places),
    organization,
    links: [['/api/links']],
    linksAfterWrite: [['/api/links']],
  };
}

async function measure(handle: DatabaseHandle): Promise<SizeFigures['workloads']> {
  const app = await buildApp({ database: handle });
  try {
    const steps = await workloadSteps(handle);
    const figures = {} as SizeFigures['workloads'];
    const send = async (url: string) => {
      const response = await app.inject({ method: 'GET', url });
      if (response.statusCode !== 200)
        throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
    };
    for (const workload of WORKLOADS) {
      const rotation = steps[workload];
      // Warm-up: a round of each step, unrecorded.
      for (const step of rotation) for (const url of step) await send(url);
      const timings: number[] = [];
      // The whole map is one large answer, and a page is several requests: fewer of them.
      const requests =
        workload === 'links' || workload === 'linksAfterWrite'
          ? Math.min(REQUESTS, 30)
          : workload === 'organization'
            ? Math.min(REQUESTS, 60)
            : REQUESTS;
      for (let index = 0; index < requests; index++) {
        const step = rotation[index % rotation.length]!;
        // A transaction that commits (its id taken) makes the links kept so far out of date: they are read again.
        if (workload === 'linksAfterWrite') await selectRows(handle.db, sql`SELECT txid_current()`);
        const started = performance.now();
        for (const url of step) await send(url);
        timings.push(performance.now() - started);
      }
      timings.sort((a, b) => a - b);
      figures[workload] = {
        p50: ms(percentile(timings, 50)),
        p95: ms(percentile(timings, 95)),
        p99: ms(percentile(timings, 99)),
        requests: timings.length,
      };
      console.error(`  ${workload}: p50 ${figures[workload].p50} / p95 ${figures[workload].p95} ms`);
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
  const steps: Array<[string, Table]> = [
    ['1k', { headers: table.headers, rows: table.rows.filter((_row, index) => index % SMALL_STRIDE === 0) }],
    ['26k', table],
  ];
  const kept = steps.map(([label, rows]) =>
    engine === 'pglite'
      ? keptPglite(label, rows.rows.length)
      : keptPostgres(label, rows.rows.length, serverUrl!),
  );
  const sizes: Record<string, SizeFigures> = {};
  for (const [index, [label, rows]] of steps.entries()) {
    const database = kept[index]!;
    let importSeconds: number | null = null;
    if (FRESH || !(await database.ready())) {
      // Each size starts from the one before (the gazetteer, the smaller registry), so the gazetteer is imported once.
      const previous = index > 0 ? kept[index - 1]! : null;
      await database.copyFrom(previous);
      const handle = await database.open();
      try {
        await handle.migrate();
        if (!previous) {
          console.error(`[${engine}] importing the gazetteer into ${database.name}`);
          await importPlaces(handle);
          await afterBulkLoad(handle);
        }
        console.error(
          `[${engine}] importing ${rows.rows.length} rows of the twinning lists into ${database.name}`,
        );
        const started = performance.now();
        const report = await importAgreementTable(handle.db, rows);
        await afterBulkLoad(handle);
        importSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
        console.error(
          `[${engine}] ${report.agreements.created} new agreements (${report.names.resolved}/${report.names.distinct} names resolved) in ${importSeconds} s`,
        );
      } finally {
        await handle.close();
      }
      await database.markReady();
    }
    const handle = await database.open();
    try {
      // Migrations added since the database was made (new indexes, say) apply here.
      await handle.migrate();
      const held = await counts(handle);
      console.error(`[${engine}] ${label}: ${held.agreements} agreements in ${database.name}; measuring`);
      sizes[label] = { ...held, importSeconds, workloads: await measure(handle) };
    } finally {
      await handle.close();
    }
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

/**
 * The size table: each operation's p50/p95 at 1k and at the whole file on each engine, how many times
 * slower its p95 got, and whether the list's p95 at the whole file held within twice its 1k figure.
 */
export function sizeTableText(result: SizeTable): string {
  const engines = Object.entries(result).filter(([, sizes]) => SIZE_LABELS.every((label) => sizes[label]));
  const header = ['operation (ms p50 / p95)'];
  for (const [engine] of engines) header.push(`${engine} 1k`, `${engine} 26k`, `${engine} ×p95`);
  const rows = [header];
  for (const workload of WORKLOADS) {
    const row = [WORKLOAD_LABELS[workload]];
    for (const [, sizes] of engines) {
      const [small, large] = SIZE_LABELS.map((label) => sizes[label]!.workloads[workload]);
      row.push(
        `${small!.p50} / ${small!.p95}`,
        `${large!.p50} / ${large!.p95}`,
        `${(large!.p95 / small!.p95).toFixed(2)}×`,
      );
    }
    rows.push(row);
  }
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const lines = [
    'Registry size (real twinning lists): ms per request (the organization page: its 8 requests in turn), sequential, through the application',
    '',
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
    '',
  ];
  for (const [engine, sizes] of engines) {
    const [small, large] = SIZE_LABELS.map((label) => sizes[label]!);
    const imported = (figures: SizeFigures) =>
      figures.importSeconds === null ? 'kept from an earlier run' : `imported in ${figures.importSeconds} s`;
    lines.push(
      `${engine}: 1k = ${small!.agreements} agreements, ${small!.organizations} organizations (${imported(small!)}); ` +
        `26k = ${large!.agreements} agreements, ${large!.organizations} organizations (${imported(large!)})`,
    );
  }
  for (const [engine, sizes] of engines) {
    const ratio = sizes['26k']!.workloads.list.p95 / sizes['1k']!.workloads.list.p95;
    lines.push(
      `check, ${engine}: list p95 at 26k ≤ 2 × its 1k figure: ${ratio <= 2 ? 'held' : 'NOT held'} (${ratio.toFixed(2)}×)`,
    );
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
