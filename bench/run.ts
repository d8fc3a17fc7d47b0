/**
 * Benchmarks (not tests): gazetteer import, place-search latency, what checking rights on the
 * record adds to a write, the embedded engine's start (bench/start.ts, when present), and the
 * agreements API side by side with its floor — the very statements our route runs, replayed by a
 * bare Fastify route (bench/replay.ts) — at several sizes, in interleaved rounds (bench/load.ts).
 *
 * The registry is grown in one database per engine (bench/seed.ts): 1k, then 10k, then 50k
 * agreements on PostgreSQL, 1k and 10k on PGlite. Workloads, each a rotation of requests:
 *   list     GET /api/agreements?limit=50: the first page, the second, the first, the tenth
 *   detail   GET /api/agreements/:id over 200 public agreements
 *   search   GET /api/agreements?q=… over city names of parties (as written, accent-less lower
 *            case, prefixes) and words of titles
 *
 *   npm run bench                          readable table on stdout, progress on stderr
 *   npm run --silent bench -- --json       one JSON object on stdout, every figure
 *   npm run bench -- --peers               also PostGraphile 4.14 over the same PostgreSQL database
 *                                          (list and detail), installed from the npm registry into
 *                                          a temporary folder and removed after
 *
 *   BENCH_DATABASE_URL (or TEST_DATABASE_URL)  a PostgreSQL server: each run makes a fresh database, dropped after
 *   BENCH_ENGINES=pglite,postgres          engines to measure (the embedded start goes with pglite)
 *   BENCH_SIZES=1k,10k,50k                 sizes on PostgreSQL, in agreements
 *   BENCH_PGLITE_SIZES=1k,10k              sizes on PGlite (default: BENCH_SIZES up to 10k)
 *   BENCH_ENDPOINTS=list,detail,search     workloads to load
 *   BENCH_SECONDS=3  BENCH_ROUNDS=3        length of each load run, rounds per side
 *   BENCH_WARMUP=1                         seconds of unrecorded load on each side before the rounds
 *   BENCH_START=0                          skip the embedded start figures
 *   BENCH_GAZETTEER=FR,MA,SN               import these countries only (quicker; the cities then come from them)
 *   BENCH_ONLY=size                        only the registry-size table: 1k vs 26k agreements imported from the
 *                                          real twinning lists (bench/registry-size.ts); BENCH_REGISTRY_SIZE=0 skips it
 *   BENCH_ONLY=places                      only the gazetteer import and the place-search table (a few minutes)
 *   BENCH_ONLY=ingestion                   only the gazetteer import and the press extractor's articles per second
 *                                          (bench/ingestion.ts); BENCH_INGESTION=0 skips that figure
 *   BENCH_LIBRARIES=0                      skip FlexSearch and MiniSearch in the place-search table
 *
 * The place-search table compares our search with FlexSearch and MiniSearch (in-process, over the
 * same places, built once) and a plain pg_trgm query, on real cross-script spellings
 * (bench/place-search.ts, bench/fixtures/place-spellings.json): recall@1, recall@3, p50/p95/p99.
 *
 * A quick run: BENCH_ENGINES=postgres BENCH_SIZES=1k BENCH_ROUNDS=1 BENCH_SECONDS=2 npm run bench
 * The default run with --peers took 14 minutes on 2 cores busy with other work (load 8 to 10),
 * bench/start.ts's figures aside; the gazetteer imports take 1 to 2 of them.
 *
 * Only buildApp, openDatabase, importPlaces, loadDemo and the tables are relied upon (and the
 * write measure's updateAgreement), so bench/ copied onto an older checkout measures it too.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { updateAgreement } from '../src/agreements/recording.ts';
import { type Database, type DatabaseHandle, openDatabase, selectRows } from '../src/db/client.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { loadDemo } from '../src/demo/load.ts';
import { buildApp } from '../src/http/app.ts';
import { importPlaces } from '../src/places/import.ts';
import { searchPlaces } from '../src/places/search.ts';
import type { ActingAs } from '../src/shared/actor.ts';
import { normalizeName } from '../src/shared/names.ts';
import { compare, interleave, median, type Side } from './load.ts';
import {
  flexSearcher,
  loadGazetteer,
  measureSearcher,
  miniSearcher,
  oursSearcher,
  type SearchFigures,
  searchTable,
  trigramSearcher,
} from './place-search.ts';
import {
  askGraphql,
  DETAIL_QUERY,
  graphqlRequest,
  LIST_QUERY,
  type Peer,
  startPostGraphile,
} from './postgraphile.ts';
import { benchRegistrySize, type SizeTable, sizeTableText } from './registry-size.ts';
import {
  fixedDetail,
  fixedListPages,
  type RequestCost,
  recordStatements,
  type Statement,
  startFloor,
} from './replay.ts';
import { emptyRegistry, growRegistry, type Registry, rawQuery, TITLE_WORDS } from './seed.ts';

const startedAt = performance.now();
const startedOn = new Date().toISOString();
const loadBefore = loadavg();
const flags = new Set(process.argv.slice(2));
const JSON_OUTPUT = flags.has('--json');
const PEERS = flags.has('--peers');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const CONNECTIONS = 50;
const GAZETTEER_COUNTRIES = process.env.BENCH_GAZETTEER?.split(',').map((code) => code.trim().toUpperCase());
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((engine) => engine.trim());
const PLACES_ONLY = process.env.BENCH_ONLY === 'places';
const INGESTION_ONLY = process.env.BENCH_ONLY === 'ingestion';
const INGESTION = INGESTION_ONLY || (!process.env.BENCH_ONLY && process.env.BENCH_INGESTION !== '0');
const LIBRARIES = process.env.BENCH_LIBRARIES !== '0';
const ENDPOINTS = (process.env.BENCH_ENDPOINTS ?? 'list,detail,search').split(',').map((name) => name.trim());

interface Size {
  label: string;
  count: number;
}

function sizesOf(list: string): Size[] {
  return list
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean)
    .map((label) => {
      const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(label);
      if (!match) throw new Error(`not a size: ${label} (write 1k, 10k, 2500…)`);
      return { label, count: Math.round(Number(match[1]) * (match[2] ? 1000 : 1)) };
    })
    .sort((a, b) => a.count - b.count);
}

const POSTGRES_SIZES = sizesOf(process.env.BENCH_SIZES ?? '1k,10k,50k');
const PGLITE_SIZES = process.env.BENCH_PGLITE_SIZES
  ? sizesOf(process.env.BENCH_PGLITE_SIZES)
  : POSTGRES_SIZES.filter((size) => size.count <= 10_000);

// Progress, and anything the code under test prints, goes to stderr: stdout is the result alone.
console.log = console.error;
console.info = console.error;

type Figures = Record<string, unknown>;
const results: Figures = {};
const rows: Array<Record<string, string>> = [];

function record(row: Record<string, string>) {
  rows.push(row);
  console.error(`[${row.engine}] ${row.measure}: ${row.value} (${row.detail})`);
}

function progress(engine: string, step: string) {
  console.error(`[${engine}] ${step}`);
}

/** The nested object at these keys of the results, made on the way. */
function figuresAt(...keys: string[]): Figures {
  let node = results;
  for (const key of keys) {
    if (!node[key]) node[key] = {};
    node = node[key] as Figures;
  }
  return node;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => Number(value.toFixed(2));

async function openEngine(engine: 'pglite' | 'postgres', serverUrl?: string) {
  if (engine === 'pglite') {
    const folder = await mkdtemp(join(tmpdir(), 'jumelage-bench-'));
    const handle = await openDatabase({ dataDir: folder });
    return { handle, url: undefined, cleanup: () => rm(folder, { recursive: true, force: true }) };
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
    url: url.toString(),
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
    if (index % 3 === 2) return accentless(name);
    return name;
  });
  return [...seeds, ...queries];
}

function accentless(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function scriptOf(text: string): string {
  if (/\p{Script=Arabic}/u.test(text)) return 'Arabic';
  if (/\p{Script=Latin}/u.test(text)) return 'Latin';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrillic';
  if (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(text)) return 'CJK';
  return 'other';
}

async function benchPlaces(engine: string, handle: DatabaseHandle) {
  progress(engine, 'importing the gazetteer');
  let started = performance.now();
  const imported = await importPlaces(handle, GAZETTEER_COUNTRIES ? { countries: GAZETTEER_COUNTRIES } : {});
  const importSeconds = (performance.now() - started) / 1000;
  // A whole import rebuilds the trigram index at the end; a partial one fills it row by row, and
  // until statistics are gathered (and the index's pending entries merged) each search takes
  // seconds on PGlite, which has no autovacuum to do it.
  if (GAZETTEER_COUNTRIES) await rawQuery(handle)('ANALYZE');
  record({
    engine,
    measure: GAZETTEER_COUNTRIES
      ? `gazetteer import (${GAZETTEER_COUNTRIES.join(', ')} only)`
      : 'gazetteer import (whole file, indexes built)',
    value: `${importSeconds.toFixed(1)} s`,
    detail: `${imported.placesImported} places, ${imported.namesImported} names`,
  });
  if (INGESTION_ONLY) return;

  progress(engine, 'searching places');
  const queries = await searchQueries(handle.db);
  for (const q of queries.slice(0, 20)) await searchPlaces(handle.db, { q, limit: 10 }); // warm-up
  const timings: number[] = [];
  let found = 0;
  for (const q of queries) {
    started = performance.now();
    const matches = await searchPlaces(handle.db, { q, limit: 10 });
    timings.push(performance.now() - started);
    if (matches.length > 0) found++;
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
  await benchSearchQuality(engine, handle.db, queries);
  figuresAt('places')[engine] = {
    importSeconds: Number(importSeconds.toFixed(1)),
    countries: GAZETTEER_COUNTRIES ?? 'all',
    places: imported.placesImported,
    names: imported.namesImported,
    searches: queries.length,
    withResults: found,
    searchMs: {
      p50: ms(percentile(timings, 50)),
      p95: ms(percentile(timings, 95)),
      p99: ms(percentile(timings, 99)),
    },
  };
}

/** Recall and latency on real spellings, per engine (ours, pg_trgm), and once for the in-process libraries. */
const searchFigures: Record<string, SearchFigures> = {};

async function benchSearchQuality(engine: string, db: Database, typed: string[]) {
  progress(engine, 'place search on real cross-script spellings: ours, pg_trgm');
  searchFigures[`ours (${engine})`] = await measureSearcher(oursSearcher(db), typed);
  searchFigures[`pg_trgm (${engine})`] = await measureSearcher(trigramSearcher(db), typed);
  if (!LIBRARIES || searchFigures['FlexSearch (in-process)']) return;
  const places = await loadGazetteer(db);
  progress(engine, `FlexSearch and MiniSearch over ${places.length} places`);
  for (const [name, build] of [
    ['FlexSearch (in-process)', flexSearcher],
    ['MiniSearch (in-process)', miniSearcher],
  ] as const) {
    const { search, buildSeconds, memoryMB } = build(places);
    searchFigures[name] = { ...(await measureSearcher(search, typed)), buildSeconds, memoryMB };
  }
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
  const ROUNDS_OF_WRITES = 300;
  const timings = { installation: [] as number[], officer: [] as number[] };
  for (let round = 0; round < ROUNDS_OF_WRITES; round++) {
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
    measure: `PATCH-equivalent agreement change, ${ROUNDS_OF_WRITES} rounds`,
    value: `officer p50 ${p50(timings.officer).toFixed(1)} / p95 ${percentile(timings.officer, 95).toFixed(1)} ms`,
    detail: `unchecked p50 ${p50(timings.installation).toFixed(1)} / p95 ${percentile(timings.installation, 95).toFixed(1)} ms; checks add ${(p50(timings.officer) - p50(timings.installation)).toFixed(1)} ms at p50`,
  });
  figuresAt('writes')[engine] = {
    rounds: ROUNDS_OF_WRITES,
    officerMs: { p50: ms(p50(timings.officer)), p95: ms(percentile(timings.officer, 95)) },
    uncheckedMs: { p50: ms(p50(timings.installation)), p95: ms(percentile(timings.installation, 95)) },
  };
}

/** One workload at one size: what each side sends, and what our route cost the database per request. */
interface Workload {
  endpoint: string;
  paths: string[];
  /** The statements the floor replays, one list per request of the rotation. */
  floor: Statement[][];
  statements: number | null;
  connections: number | null;
  peer?: Side['requests'];
}

async function getJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Makes each request once with its statements recorded: what the floor replays, and what it costs. */
async function costsOf(handle: DatabaseHandle, appUrl: string, paths: string[]) {
  const costs: RequestCost[] = [];
  const answers: Array<Record<string, unknown>> = [];
  for (const path of paths) {
    const { result, cost } = await recordStatements(handle, () => getJson(`${appUrl}${path}`));
    costs.push(cost);
    answers.push(result);
  }
  return { answers, ...summarize(costs) };
}

function summarize(costs: RequestCost[]) {
  const recorded = costs.length > 0 && costs.every((cost) => cost.statements.length > 0);
  return {
    floor: recorded ? costs.map((cost) => cost.statements) : null,
    statements: recorded ? Math.round(median(costs.map((cost) => cost.statements.length))) : null,
    connections:
      recorded && costs[0]!.connections !== null
        ? Math.round(median(costs.map((cost) => cost.connections!)))
        : null,
  };
}

const LIST_PATH = '/api/agreements?limit=50';
const PAGES_VISITED = 10;
/** Pages of the list each connection asks for in turn (1-based): mostly the first, also deeper ones. */
const LIST_ROTATION = [1, 2, 1, PAGES_VISITED];

async function listWorkload(handle: DatabaseHandle, appUrl: string, peer?: Peer): Promise<Workload> {
  // Walk the pages by cursor, as a client does, up to the deepest one the rotation visits.
  const pagePaths = [LIST_PATH];
  const costs: RequestCost[] = [];
  for (let page = 0; page < PAGES_VISITED; page++) {
    const { result, cost } = await recordStatements(handle, () => getJson(`${appUrl}${pagePaths[page]}`));
    costs.push(cost);
    if (page === PAGES_VISITED - 1 || typeof result.nextCursor !== 'string') break;
    pagePaths.push(`${LIST_PATH}&cursor=${encodeURIComponent(result.nextCursor)}`);
  }
  const measured = summarize(costs);
  const rotation = LIST_ROTATION.map((page) => Math.min(page, pagePaths.length) - 1);
  const floor = measured.floor ?? (await fixedListPages(handle, pagePaths.length));
  let peerRequests: Side['requests'] | undefined;
  if (peer) {
    const cursors: Array<string | null> = [null];
    for (let page = 1; page < pagePaths.length; page++) {
      const data = await askGraphql(peer.url, LIST_QUERY, { after: cursors[page - 1] });
      const { pageInfo } = data.allAgreements as { pageInfo: { endCursor: string | null } };
      cursors.push(pageInfo.endCursor);
    }
    peerRequests = rotation.map((index) => graphqlRequest(LIST_QUERY, { after: cursors[index] ?? null }));
  }
  return {
    endpoint: 'list',
    paths: rotation.map((index) => pagePaths[index]!),
    floor: rotation.map((index) => floor[Math.min(index, floor.length - 1)]!),
    statements: measured.statements,
    connections: measured.connections,
    peer: peerRequests,
  };
}

const DETAIL_IDS = 200;

async function detailWorkload(handle: DatabaseHandle, appUrl: string, peer?: Peer): Promise<Workload> {
  const ids = (
    await rawQuery(handle)(
      `SELECT id FROM agreements WHERE visibility = 'public' ORDER BY md5(id::text) LIMIT ${DETAIL_IDS}`,
    )
  ).map((row) => String(row.id));
  const paths = ids.map((id) => `/api/agreements/${id}`);
  const measured = await costsOf(handle, appUrl, paths);
  let peerRequests: Side['requests'] | undefined;
  if (peer) {
    for (const id of ids.slice(0, 5)) {
      const data = await askGraphql(peer.url, DETAIL_QUERY, { id });
      if (!data.agreementById) throw new Error(`PostGraphile found no agreement ${id}`);
    }
    peerRequests = ids.map((id) => graphqlRequest(DETAIL_QUERY, { id }));
  }
  return {
    endpoint: 'detail',
    paths,
    floor: measured.floor ?? ids.map(fixedDetail),
    statements: measured.statements,
    connections: measured.connections,
    peer: peerRequests,
  };
}

const SEARCH_CITIES = 30;

/** Terms that find agreements: city names of parties as written, accent-less lower case and prefixes; words of titles. */
async function searchWorkload(handle: DatabaseHandle, appUrl: string, registry: Registry): Promise<Workload> {
  const step = Math.max(1, Math.floor(registry.cities.length / 3 / SEARCH_CITIES));
  const cities = registry.cities.filter((_, index) => index % step === 0).slice(0, SEARCH_CITIES);
  const terms = [
    ...cities.map(({ placeName }, index) => {
      if (index % 3 === 1) return accentless(placeName);
      if (index % 3 === 2)
        return accentless(placeName).slice(0, Math.max(4, Math.ceil(placeName.length * 0.7)));
      return placeName;
    }),
    ...TITLE_WORDS,
  ];
  const candidates = terms.map((term) => `${LIST_PATH}&q=${encodeURIComponent(term)}`);
  const probe = await costsOf(handle, appUrl, candidates);
  const found = candidates.filter(
    (_, index) => ((probe.answers[index]?.items as unknown[] | undefined) ?? []).length > 0,
  );
  const measured = await costsOf(handle, appUrl, found);
  const floor =
    measured.floor ??
    (await Promise.all(
      found.map(async (path) => {
        const term = new URL(path, appUrl).searchParams.get('q') ?? '';
        return (await fixedListPages(handle, 1, `%${normalizeName(term)}%`))[0]!;
      }),
    ));
  return {
    endpoint: 'search',
    paths: found,
    floor,
    statements: measured.statements,
    connections: measured.connections,
  };
}

function plural(count: number, noun: string) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function rangeText([low, high]: [number, number], digits = 0) {
  return `${low.toFixed(digits)}–${high.toFixed(digits)}`;
}

async function loadWorkload(
  engine: string,
  size: Size,
  workload: Workload,
  appUrl: string,
  floor: { url: string; load(name: string, requests: Statement[][]): void },
  peer?: Peer,
) {
  floor.load(workload.endpoint, workload.floor);
  const sides: Side[] = [
    { name: 'ours', url: appUrl, requests: workload.paths.map((path) => ({ method: 'GET', path })) },
    {
      name: 'floor',
      url: floor.url,
      requests: workload.floor.map((_, index) => ({ method: 'GET', path: `/${workload.endpoint}/${index}` })),
    },
  ];
  if (peer && workload.peer) sides.push({ name: 'postgraphile', url: peer.url, requests: workload.peer });
  progress(
    engine,
    `${workload.endpoint} at ${size.label}: ${sides.map((side) => side.name).join(' / ')}, ${ROUNDS} rounds of ${SECONDS} s`,
  );
  const runs = await interleave(sides, {
    rounds: ROUNDS,
    seconds: SECONDS,
    warmupSeconds: WARMUP,
    connections: CONNECTIONS,
    log: (line) => console.error(line),
  });
  const againstFloor = compare(runs.get('ours')!, runs.get('floor')!);
  figuresAt(engine, workload.endpoint)[size.label] = {
    ours: againstFloor.ours,
    floor: againstFloor.other,
    ratio: againstFloor.ratio,
    range: {
      ours: againstFloor.range.ours,
      floor: againstFloor.range.other,
      ratio: againstFloor.range.ratio,
    },
    p50ms: { ours: againstFloor.p50ms.ours, floor: againstFloor.p50ms.other },
    statements: workload.statements,
    connections: workload.connections,
    requestsInRotation: workload.paths.length,
  };
  const cost =
    workload.statements === null
      ? 'statements not recorded (fixed SQL floor)'
      : `${plural(workload.statements, 'statement')}${workload.connections === null ? '' : `, ${plural(workload.connections, 'connection')}`} per request`;
  record({
    engine,
    measure: `GET ${workload.endpoint} at ${size.label} agreements, ${CONNECTIONS} connections`,
    value: `${againstFloor.ours.toFixed(0)} req/s (${rangeText(againstFloor.range.ours)}), p50 ${againstFloor.p50ms.ours} ms`,
    detail: `floor ${againstFloor.other.toFixed(0)} req/s (${rangeText(againstFloor.range.other)}), p50 ${againstFloor.p50ms.other} ms; ours/floor ${againstFloor.ratio.toFixed(2)} (${rangeText(againstFloor.range.ratio, 2)}); ${cost}`,
  });
  const peerRuns = runs.get('postgraphile');
  if (peerRuns) {
    const againstPeer = compare(runs.get('ours')!, peerRuns);
    figuresAt(engine, 'peers', 'postgraphile', workload.endpoint)[size.label] = {
      ours: againstPeer.ours,
      peer: againstPeer.other,
      ratio: againstPeer.ratio,
      range: { ours: againstPeer.range.ours, peer: againstPeer.range.other, ratio: againstPeer.range.ratio },
      p50ms: { ours: againstPeer.p50ms.ours, peer: againstPeer.p50ms.other },
    };
    record({
      engine,
      measure: `GET ${workload.endpoint} at ${size.label} agreements, PostGraphile 4.14`,
      value: `${againstPeer.other.toFixed(0)} req/s (${rangeText(againstPeer.range.other)}), p50 ${againstPeer.p50ms.other} ms`,
      detail: `ours/PostGraphile ${againstPeer.ratio.toFixed(2)} (${rangeText(againstPeer.range.ratio, 2)})`,
    });
  }
}

async function benchEngine(engine: 'pglite' | 'postgres', sizes: Size[], serverUrl?: string) {
  const { handle, url, cleanup } = await openEngine(engine, serverUrl);
  let peer: Peer | undefined;
  const closers: Array<() => Promise<unknown>> = [];
  try {
    await handle.migrate();
    await benchPlaces(engine, handle);
    if (INGESTION) await benchPressIngestion(engine, handle);
    if (PLACES_ONLY || INGESTION_ONLY) return;
    progress(engine, 'loading the demo');
    await loadDemo(handle);
    if (PEERS && engine === 'postgres' && url) {
      peer = await startPostGraphile(url, (line) => progress(engine, line));
      closers.push(() => peer!.stop());
    }
    const app = await buildApp({ database: handle });
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const floor = await startFloor(handle);
    closers.push(() => floor.close());
    const registry = emptyRegistry();
    for (const [index, size] of sizes.entries()) {
      progress(engine, `growing the registry to ${size.label} agreements`);
      const started = performance.now();
      await growRegistry(handle, registry, size.count);
      const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
      figuresAt('seed', engine)[size.label] = seconds;
      progress(engine, `${size.label} agreements in ${seconds} s`);
      if (index === 0) await benchRightsOnWrite(engine, handle);
      for (const endpoint of ENDPOINTS) {
        const workload =
          endpoint === 'list'
            ? await listWorkload(handle, appUrl, peer)
            : endpoint === 'detail'
              ? await detailWorkload(handle, appUrl, peer)
              : endpoint === 'search'
                ? await searchWorkload(handle, appUrl, registry)
                : null;
        if (!workload) throw new Error(`unknown endpoint ${endpoint} (list, detail, search)`);
        await loadWorkload(engine, size, workload, appUrl, floor, peer);
      }
    }
  } finally {
    for (const close of closers.reverse()) await close().catch((error) => console.error(error));
    await handle.close();
    await cleanup();
  }
}

/** The press extractor over the gazetteer just imported (bench/ingestion.ts), on a checkout that has it. */
async function benchPressIngestion(engine: string, handle: DatabaseHandle) {
  if (!existsSync(new URL('../src/ingestion/extract.ts', import.meta.url))) {
    progress(engine, 'ingestion skipped: this checkout has no press extractor');
    return;
  }
  progress(engine, 'extracting agreements from press articles');
  const { benchIngestion, ingestionDetail, ingestionLine } = await import('./ingestion.ts');
  const figures = await benchIngestion(handle);
  record({
    engine,
    measure: 'ingestion',
    value: ingestionLine(figures).replace(/^ingestion: /, ''),
    detail: ingestionDetail(figures),
  });
  figuresAt('ingestion')[engine] = figures;
}

/** The embedded engine's start, measured by bench/start.ts when it is there. */
async function benchStart() {
  const module = new URL('./start.ts', import.meta.url);
  if (!existsSync(module)) {
    results.start = { skipped: 'bench/start.ts is not there' };
    progress('pglite', 'start figures skipped: bench/start.ts is not there');
    return;
  }
  progress('pglite', 'measuring the embedded start (bench/start.ts)');
  const { measureEmbeddedStart } = (await import(module.href)) as {
    measureEmbeddedStart: () => Promise<Figures>;
  };
  const figures = await measureEmbeddedStart();
  results.start = figures;
  for (const [measure, value] of Object.entries(figures)) {
    record({
      engine: 'pglite',
      measure: `start: ${measure}`,
      value: typeof value === 'object' ? JSON.stringify(value) : String(value),
      detail: '',
    });
  }
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
// The registry at the real twinning lists' size, 1k against 26k agreements (bench/registry-size.ts).
if (process.env.BENCH_ONLY === 'size') {
  const sizes = await benchRegistrySize(ENGINES, serverUrl);
  process.stdout.write(
    JSON_OUTPUT ? `${JSON.stringify({ registrySize: sizes })}\n` : `${sizeTableText(sizes)}\n`,
  );
  process.exit(0);
}
if (ENGINES.includes('pglite')) {
  if (process.env.BENCH_START !== '0' && !PLACES_ONLY && !INGESTION_ONLY) await benchStart();
  if (PGLITE_SIZES.length) await benchEngine('pglite', PGLITE_SIZES);
}
if (ENGINES.includes('postgres')) {
  if (serverUrl) await benchEngine('postgres', POSTGRES_SIZES, serverUrl);
  else console.error('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server.');
}

let registrySize: SizeTable | null = null;
if (!process.env.BENCH_ONLY && process.env.BENCH_REGISTRY_SIZE !== '0') {
  registrySize = await benchRegistrySize(ENGINES, serverUrl);
  results.registrySize = registrySize;
}

results.machine = {
  cores: cpus().length,
  loadavg: loadBefore.map((value) => Number(value.toFixed(2))),
  loadavgAfter: loadavg().map((value) => Number(value.toFixed(2))),
  node: process.version,
  date: startedOn,
  runSeconds: Math.round((performance.now() - startedAt) / 1000),
  settings: { seconds: SECONDS, rounds: ROUNDS, warmupSeconds: WARMUP, connections: CONNECTIONS },
};

results.placeSearch = searchFigures;

if (JSON_OUTPUT) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  const headers = ['engine', 'measure', 'value', 'detail'];
  const widths = headers.map((header) =>
    Math.max(header.length, ...rows.map((row) => (row[header] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  const lines = [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`];
  for (const row of rows) lines.push(line(headers.map((header) => row[header] ?? '')));
  const machine = results.machine as Figures;
  lines.push(
    '',
    `${machine.cores} cores, load ${loadBefore.map((value) => value.toFixed(2)).join(' ')} before, ` +
      `${(machine.loadavgAfter as number[]).join(' ')} after; ${machine.runSeconds} s in all`,
  );
  if (Object.keys(searchFigures).length) lines.unshift(searchTable(searchFigures), '');
  if (registrySize) lines.push('', sizeTableText(registrySize));
  process.stdout.write(`${lines.join('\n')}\n`);
}
