/**
 * Benchmarks (not tests): gazetteer import, place-search latency, the cost of checking rights on
 * the record in a write, and GET /api/agreements throughput beside a floor (the same SQL on a bare
 * Fastify route). Prints one table.
 *
 *   npm run bench                      PGlite, and PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set
 *   BENCH_SECONDS=10 npm run bench     length of each load run
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import pg from 'pg';
import { createAgreement, updateAgreement } from '../src/agreements/recording.ts';
import { THEMES } from '../src/agreements/rules.ts';
import { type Database, type DatabaseHandle, openDatabase, selectRows } from '../src/db/client.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { loadDemo } from '../src/demo/load.ts';
import { buildApp } from '../src/http/app.ts';
import { createOrganization } from '../src/organizations/organizations.ts';
import { importPlaces } from '../src/places/import.ts';
import { searchPlaces } from '../src/places/search.ts';
import type { ActingAs } from '../src/shared/actor.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const SYNTHETIC_AGREEMENTS = 1000;
const rows: Array<Record<string, string>> = [];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function openEngine(engine: 'pglite' | 'postgres', serverUrl?: string) {
  if (engine === 'pglite') {
    const folder = await mkdtemp(join(tmpdir(), 'jumelage-bench-'));
    const handle = await openDatabase({ dataDir: folder });
    return { handle, cleanup: () => rm(folder, { recursive: true, force: true }) };
  }
  const name = `jumelage_bench_${randomBytes(4).toString('hex')}`;
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

/** Queries as people type them: exact names in many scripts, prefixes, and accent-less lower case. */
async function searchQueries(db: Database): Promise<string[]> {
  const sample = await selectRows<{ name: string }>(
    db,
    sql`SELECT name FROM place_names TABLESAMPLE SYSTEM (1) REPEATABLE (42) WHERE length(name) >= 4 LIMIT 1200`,
  );
  const seeds = [
    'تمبكتو',
    'Tombouctou',
    'timbuktu',
    'السمارة',
    'Es-Semara',
    'بورطو نوفو',
    "N'Djamena",
    'Niamey',
    'أغاديز',
    'Banjul',
  ];
  const queries = sample.map(({ name }, index) => {
    if (index % 3 === 1) return name.slice(0, Math.max(3, Math.ceil(name.length * 0.6)));
    if (index % 3 === 2)
      return name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    return name;
  });
  return [...seeds, ...queries];
}

function scriptOf(text: string): string {
  if (/\p{Script=Arabic}/u.test(text)) return 'Arabic';
  if (/\p{Script=Latin}/u.test(text)) return 'Latin';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrillic';
  if (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(text)) return 'CJK';
  return 'other';
}

async function addSyntheticAgreements(handle: DatabaseHandle): Promise<void> {
  const actingAs = { actor: 'bench' };
  const places = await selectRows<{ id: string; name: string; country_code: string }>(
    handle.db,
    sql`SELECT id, name, country_code FROM places WHERE population > 50000 ORDER BY population DESC LIMIT 400`,
  );
  await inTransaction(handle.db, async (tx) => {
    const organizations: string[] = [];
    for (const place of places) {
      const organization = await createOrganization(tx, actingAs, {
        kind: 'local_authority',
        subkind: 'city',
        name: { en: `City of ${place.name}` },
        countryCode: place.country_code,
        placeId: place.id,
      });
      organizations.push(organization.id);
    }
    for (let index = 0; index < SYNTHETIC_AGREEMENTS; index++) {
      const first = organizations[(index * 7) % organizations.length]!;
      const second = organizations[(index * 13 + 1) % organizations.length]!;
      if (first === second) continue;
      const year = 1950 + (index % 75);
      await createAgreement(tx, actingAs, {
        type: 'twinning',
        title: { en: `Twinning ${index}` },
        themes: [THEMES[index % THEMES.length]!],
        status: 'signed',
        parties: [{ organizationId: first }, { organizationId: second }],
        parts: [{ signedOn: `${year}-0${1 + (index % 9)}-1${index % 10}` }],
      });
    }
  });
}

/** The floor: the SQL our list endpoint runs, on a bare Fastify route with no validation or serialization schema. */
async function buildFloor(handle: DatabaseHandle) {
  const floor = Fastify();
  floor.get('/floor', async () => {
    const page = await selectRows<Record<string, unknown>>(
      handle.db,
      sql`SELECT a.*, coalesce(a.signed_on, '0001-01-01'::date) AS sort_date FROM agreements a
          ORDER BY sort_date DESC, a.id DESC LIMIT 51`,
    );
    const ids = page.slice(0, 50).map((row) => String(row.id));
    const parties = await selectRows<Record<string, unknown>>(
      handle.db,
      sql`SELECT ap.*, o.* FROM agreement_parties ap LEFT JOIN organizations o ON o.id = ap.organization_id
          WHERE ap.agreement_id IN ${
            ids.length
              ? sql`(${sql.join(
                  ids.map((id) => sql`${id}`),
                  sql`, `,
                )})`
              : sql`(NULL)`
          }
          ORDER BY ap.position`,
    );
    return { page: page.slice(0, 50), parties };
  });
  return floor;
}

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, workers: 1 });
  // A request cut off when the run stops counts as an error; more than a handful means a real problem.
  if (result.non2xx > 0 || result.errors > Math.max(5, result.requests.total / 1000)) {
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
  };
}

function record(row: Record<string, string>) {
  rows.push(row);
  console.error(`[${row.engine}] ${row.measure}: ${row.value} (${row.detail})`);
}

function progress(engine: string, step: string) {
  console.error(`[${engine}] ${step}`);
}

/**
 * What checking rights on the record costs a write: the same agreement change made by the
 * installation (no check) and by an officer of a party (read and act-for checks on the record
 * before and after the change, inside the transaction), one after the other.
 */
async function benchRightsOnWrite(engine: string, handle: DatabaseHandle) {
  progress(engine, 'agreement changes with and without rights checked on the record');
  const [agreement] = await selectRows<{ id: string; organization_id: string }>(
    handle.db,
    sql`SELECT a.id, ap.organization_id FROM agreements a JOIN agreement_parties ap ON ap.agreement_id = a.id
        WHERE ap.organization_id IS NOT NULL ORDER BY a.id LIMIT 1`,
  );
  const officer: ActingAs = {
    actor: 'bench-officer',
    principal: {
      userId: randomUUID(),
      isPlatformAdmin: false,
      grants: [{ role: 'municipal_officer', scopeId: agreement!.organization_id }],
    },
  };
  const installation: ActingAs = { actor: 'bench' };
  const ROUNDS = 300;
  const timings = { installation: [] as number[], officer: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [who, actingAs] of [
      ['installation', installation],
      ['officer', officer],
    ] as const) {
      const started = performance.now();
      await inTransaction(handle.db, (tx) =>
        updateAgreement(tx, actingAs, agreement!.id, {
          title: { en: `Round ${round}` },
        }),
      );
      timings[who].push(performance.now() - started);
    }
  }
  for (const list of Object.values(timings)) list.sort((a, b) => a - b);
  const p50 = (list: number[]) => percentile(list, 50);
  record({
    engine,
    measure: `PATCH-equivalent agreement change, ${ROUNDS} rounds`,
    value: `officer p50 ${p50(timings.officer).toFixed(1)} / p95 ${percentile(timings.officer, 95).toFixed(1)} ms`,
    detail: `unchecked p50 ${p50(timings.installation).toFixed(1)} / p95 ${percentile(timings.installation, 95).toFixed(1)} ms; checks add ${(p50(timings.officer) - p50(timings.installation)).toFixed(1)} ms at p50`,
  });
}

async function benchEngine(engine: 'pglite' | 'postgres', serverUrl?: string) {
  const { handle, cleanup } = await openEngine(engine, serverUrl);
  try {
    await handle.migrate();
    progress(engine, 'importing the gazetteer');
    let started = performance.now();
    const imported = await importPlaces(handle);
    const importSeconds = (performance.now() - started) / 1000;
    record({
      engine,
      measure: 'gazetteer import (whole file, indexes built)',
      value: `${importSeconds.toFixed(1)} s`,
      detail: `${imported.placesImported} places, ${imported.namesImported} names`,
    });

    progress(engine, 'searching places');
    const queries = await searchQueries(handle.db);
    for (const q of queries.slice(0, 20)) await searchPlaces(handle.db, { q, limit: 10 }); // warm-up
    const timings: number[] = [];
    let found = 0;
    for (const q of queries) {
      started = performance.now();
      const results = await searchPlaces(handle.db, { q, limit: 10 });
      timings.push(performance.now() - started);
      if (results.length > 0) found++;
    }
    timings.sort((a, b) => a - b);
    const scriptCounts: Record<string, number> = {};
    for (const q of queries) scriptCounts[scriptOf(q)] = (scriptCounts[scriptOf(q)] ?? 0) + 1;
    const scripts = Object.entries(scriptCounts)
      .map(([script, count]) => `${script} ${count}`)
      .join(', ');
    record({
      engine,
      measure: `place search, ${queries.length} queries`,
      value: `p50 ${percentile(timings, 50).toFixed(1)} / p95 ${percentile(timings, 95).toFixed(1)} / p99 ${percentile(timings, 99).toFixed(1)} ms`,
      detail: `${found} with results; ${scripts}`,
    });

    progress(engine, `loading the demo and ${SYNTHETIC_AGREEMENTS} synthetic agreements`);
    await loadDemo(handle);
    await addSyntheticAgreements(handle);
    await benchRightsOnWrite(engine, handle);
    progress(engine, `load test, ${SECONDS} s per run`);
    const app = await buildApp({ database: handle });
    const appAddress = await app.listen({ port: 0, host: '127.0.0.1' });
    const floor = await buildFloor(handle);
    const floorAddress = await floor.listen({ port: 0, host: '127.0.0.1' });
    try {
      const ours = await load(`${appAddress}/api/agreements?limit=50`);
      const bare = await load(`${floorAddress}/floor`);
      record({
        engine,
        measure: `GET /api/agreements (50 with parties), ${CONNECTIONS} connections`,
        value: `${ours.rps.toFixed(0)} req/s, p50 ${ours.p50} ms, p99 ${ours.p99} ms`,
        detail: `floor ${bare.rps.toFixed(0)} req/s, p50 ${bare.p50} ms, p99 ${bare.p99} ms; ours/floor ${(ours.rps / bare.rps).toFixed(2)}; ${ours.errors + bare.errors} cut off at the end`,
      });
    } finally {
      await app.close();
      await floor.close();
    }
  } finally {
    await handle.close();
    await cleanup();
  }
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
if (engines.includes('pglite')) await benchEngine('pglite');
if (engines.includes('postgres')) {
  if (serverUrl) await benchEngine('postgres', serverUrl);
  else console.error('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server.');
}

const headers = ['engine', 'measure', 'value', 'detail'];
const widths = headers.map((header) =>
  Math.max(header.length, ...rows.map((row) => (row[header] ?? '').length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
console.log(line(headers));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(headers.map((header) => row[header] ?? '')));
