/**
 * Place search measured on real cross-script spellings (bench/fixtures/place-spellings.json: names
 * of African, European, Asian and American cities as Arabic, French, English, Spanish and Russian
 * press write them, each with the GeoNames id it means), beside what a user might pick instead:
 * FlexSearch and MiniSearch in-process over the same gazetteer, and a plain pg_trgm query.
 *
 * Recall@1 and recall@3 count the spellings whose place comes first, or in the first three.
 * Latencies are over those spellings and the sample of names as people type them (run.ts).
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { type Database, selectRows } from '../src/db/client.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { searchPlaces } from '../src/places/search.ts';
import { normalizeName } from '../src/shared/names.ts';

export interface Spelling {
  q: string;
  lang: string;
  geonamesId: number;
  place: string;
  country: string;
}

export const SPELLINGS: Spelling[] = JSON.parse(
  readFileSync(new URL('./fixtures/place-spellings.json', import.meta.url), 'utf8'),
);

/** A search engine under test: the GeoNames ids it proposes for a query, best first. */
export type Searcher = (q: string) => Promise<number[]> | number[];

export interface SearchFigures {
  spellings: number;
  queries: number;
  recallAt1: number;
  recallAt3: number;
  ms: { p50: number; p95: number; p99: number };
  misses: string[];
  buildSeconds?: number;
  memoryMB?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export async function measureSearcher(search: Searcher, typed: string[]): Promise<SearchFigures> {
  for (const { q } of SPELLINGS.slice(0, 20)) await search(q); // warm-up
  const timings: number[] = [];
  let first = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const spelling of SPELLINGS) {
    const started = performance.now();
    const ids = await search(spelling.q);
    timings.push(performance.now() - started);
    const rank = ids.indexOf(spelling.geonamesId);
    if (rank === 0) first++;
    if (rank >= 0 && rank < 3) top3++;
    else misses.push(`${spelling.q} (${spelling.place})`);
  }
  for (const q of typed) {
    const started = performance.now();
    await search(q);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return {
    spellings: SPELLINGS.length,
    queries: timings.length,
    recallAt1: round(first / SPELLINGS.length, 3),
    recallAt3: round(top3 / SPELLINGS.length, 3),
    ms: {
      p50: round(percentile(timings, 50)),
      p95: round(percentile(timings, 95)),
      p99: round(percentile(timings, 99)),
    },
    misses,
  };
}

/** Ours: the API's search. */
export function oursSearcher(db: Database): Searcher {
  return async (q) => (await searchPlaces(db, { q, limit: 10 })).map((place) => place.geonamesId ?? -1);
}

/** A plain pg_trgm query over the same normalized names: most similar name first, then population. */
export function trigramSearcher(db: Database): Searcher {
  return async (q) => {
    const normalized = normalizeName(q);
    if (!normalized) return [];
    const rows = await inTransaction(db, async (tx) => {
      await tx.execute(sql.raw('SET LOCAL pg_trgm.similarity_threshold = 0.3'));
      return selectRows<{ geonames_id: number }>(
        tx,
        sql`SELECT p.geonames_id FROM (
              SELECT DISTINCT ON (place_id) place_id, similarity(normalized, ${normalized}) AS score
              FROM place_names WHERE normalized % ${normalized} ORDER BY place_id, score DESC
            ) m JOIN places p ON p.id = m.place_id
            ORDER BY m.score DESC, p.population DESC LIMIT 10`,
      );
    });
    return rows.map((row) => Number(row.geonames_id));
  };
}

interface GazetteerPlace {
  geonamesId: number;
  names: string;
}

/** Every place with all its names, the most populous first (what the in-process libraries index). */
export async function loadGazetteer(db: Database): Promise<GazetteerPlace[]> {
  const rows = await selectRows<{ geonames_id: number; names: string }>(
    db,
    sql`SELECT p.geonames_id, string_agg(n.name, ' | ') AS names
        FROM places p JOIN place_names n ON n.place_id = p.id
        WHERE p.geonames_id IS NOT NULL
        GROUP BY p.id ORDER BY p.population DESC, p.id`,
  );
  return rows.map((row) => ({ geonamesId: Number(row.geonames_id), names: String(row.names) }));
}

function heapMB(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** FlexSearch 0.8, its default encoder, forward tokenization (names as they are typed). */
export function flexSearcher(places: GazetteerPlace[]): {
  search: Searcher;
  buildSeconds: number;
  memoryMB: number;
} {
  const before = heapMB();
  const started = performance.now();
  const index = new FlexSearch.Index({ tokenize: 'forward' });
  for (const place of places) index.add(place.geonamesId, place.names);
  const buildSeconds = (performance.now() - started) / 1000;
  return {
    search: (q) => index.search(q, { limit: 10 }) as number[],
    buildSeconds: round(buildSeconds, 1),
    memoryMB: Math.round(heapMB() - before),
  };
}

/** MiniSearch 7, prefix and fuzzy matching on (its recommended 0.2 edit distance). */
export function miniSearcher(places: GazetteerPlace[]): {
  search: Searcher;
  buildSeconds: number;
  memoryMB: number;
} {
  const before = heapMB();
  const started = performance.now();
  const index = new MiniSearch<GazetteerPlace>({
    idField: 'geonamesId',
    fields: ['names'],
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
  index.addAll(places);
  const buildSeconds = (performance.now() - started) / 1000;
  return {
    search: (q) =>
      index
        .search(q)
        .slice(0, 10)
        .map((result) => Number(result.id)),
    buildSeconds: round(buildSeconds, 1),
    memoryMB: Math.round(heapMB() - before),
  };
}

/** The search table: one row per engine, ours first. */
export function searchTable(figures: Record<string, SearchFigures>): string {
  const headers = ['engine', 'recall@1', 'recall@3', 'p50 ms', 'p95 ms', 'p99 ms', 'index'];
  const rows = Object.entries(figures).map(([name, figure]) => [
    name,
    figure.recallAt1.toFixed(3),
    figure.recallAt3.toFixed(3),
    figure.ms.p50.toFixed(2),
    figure.ms.p95.toFixed(2),
    figure.ms.p99.toFixed(2),
    figure.buildSeconds === undefined
      ? 'in the database'
      : `built in ${figure.buildSeconds} s, ${figure.memoryMB} MB of heap`,
  ]);
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...rows.map((row) => row[index]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  const spellings = Object.values(figures)[0];
  return [
    `Place search: ${spellings?.spellings ?? 0} real cross-script spellings (recall), ${spellings?.queries ?? 0} queries (latency)`,
    line(headers),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
