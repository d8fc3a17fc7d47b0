/**
 * The press extractor's throughput: articles per second, extracted as the reading job extracts
 * them (one at a time on PGlite, several at once on PostgreSQL) against the whole gazetteer,
 * timed around the extraction loop as `npm run eval:ingest` times it. First on a database that has
 * just been opened or imported, whose pages are read for the first time (seconds more on PGlite),
 * then five times on its warm cache: the median of those is the figure reported. The articles are
 * those of ../shared/press-dev when it is there, else the three of test/fixtures/press.
 *
 *   npm run bench with BENCH_ONLY=ingestion   the gazetteer import and this figure, on each engine
 *   node --import tsx bench/ingestion.ts      this figure on the database of JUMELAGE_DATA or DATABASE_URL
 *                                             (importing the gazetteer first when it is missing)
 *   BENCH_PRESS_DIR=…                          the articles (*.json in the press-dev format)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pMap from 'p-map';
import type { DatabaseHandle } from '../src/db/client.ts';
import { extractAgreements } from '../src/ingestion/extract.ts';
import { placeSearcher } from '../src/ingestion/place-search.ts';
import { READING_CONCURRENCY } from '../src/ingestion/press.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SHARED_PRESS = resolve(HERE, '../../shared/press-dev');
const FIXTURE_PRESS = resolve(HERE, '../test/fixtures/press');

export interface IngestionFigures {
  /** Where the articles came from: the shared annotated set or the test fixtures. */
  source: string;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** The first pass, on a cold cache. */
  coldSeconds: number;
  /** The names the extractor looked up, and the statements they cost. */
  lookUps: number;
  statements: number;
}

function pressArticles(): { source: string; articles: Array<{ text: string; published?: string | null }> } {
  const dir = process.env.BENCH_PRESS_DIR ?? (existsSync(SHARED_PRESS) ? SHARED_PRESS : FIXTURE_PRESS);
  const source = process.env.BENCH_PRESS_DIR ? dir : dir === SHARED_PRESS ? 'press-dev' : 'fixtures';
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string; published?: string });
  return { source, articles };
}

const WARM_PASSES = 5;

/** Extracts every article once on a cold cache, then five times on a warm one: the median pass counts. */
export async function benchIngestion(handle: DatabaseHandle): Promise<IngestionFigures> {
  const { source, articles } = pressArticles();
  const cold = await extractAll(handle, articles);
  // The median of five passes: one pass of a small set is a fraction of a second, which whatever
  // else the machine does at that moment may double.
  const passes: Array<Awaited<ReturnType<typeof extractAll>>> = [];
  for (let pass = 0; pass < WARM_PASSES; pass++) passes.push(await extractAll(handle, articles));
  const warm = passes.sort((a, b) => a.seconds - b.seconds)[Math.floor(WARM_PASSES / 2)]!;
  return {
    source,
    articles: articles.length,
    seconds: Number(warm.seconds.toFixed(3)),
    articlesPerSecond: Number((articles.length / warm.seconds).toFixed(1)),
    coldSeconds: Number(cold.seconds.toFixed(3)),
    lookUps: warm.lookUps,
    statements: warm.statements,
  };
}

async function extractAll(
  handle: DatabaseHandle,
  articles: Array<{ text: string; published?: string | null }>,
) {
  const searcher = placeSearcher(handle.db);
  let lookUps = 0;
  const search: typeof searcher = async (names) => {
    const lookUp = await searcher(names);
    return (query, country) => {
      lookUps++;
      return lookUp(query, country);
    };
  };
  let statements = 0;
  const stop = handle.observe({ statement: () => statements++ });
  const started = performance.now();
  try {
    // As the reading job does: several articles at once on PostgreSQL, one at a time on PGlite.
    await pMap(
      articles,
      (article) => extractAgreements({ text: article.text, published: article.published ?? null }, search),
      { concurrency: READING_CONCURRENCY[handle.engine] },
    );
  } finally {
    stop();
  }
  return { seconds: (performance.now() - started) / 1000, lookUps, statements };
}

export function ingestionLine(figures: IngestionFigures): string {
  return `ingestion: ${figures.articles} articles in ${figures.seconds.toFixed(2)} s = ${figures.articlesPerSecond} articles/s`;
}

export function ingestionDetail(figures: IngestionFigures): string {
  return (
    `${figures.source}; ${figures.lookUps} names looked up in ${figures.statements} statements; ` +
    `first pass on a cold cache ${figures.coldSeconds.toFixed(2)} s`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readConfig } = await import('../src/config.ts');
  const { openDatabase } = await import('../src/db/client.ts');
  const { importPlaces } = await import('../src/places/import.ts');
  const { getFact, setFact } = await import('../src/system/facts.ts');
  const handle = await openDatabase(readConfig().database, { holder: 'the ingestion benchmark' });
  try {
    await handle.migrate();
    if (!(await getFact(handle.db, 'gazetteer_imported'))) {
      console.error('Importing the GeoNames gazetteer first (about a minute)…');
      await setFact(handle.db, 'gazetteer_imported', {
        at: new Date().toISOString(),
        ...(await importPlaces(handle)),
      });
    }
    const figures = await benchIngestion(handle);
    if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
    else console.log(`${ingestionLine(figures)} (${ingestionDetail(figures)})`);
  } finally {
    await handle.close();
  }
}
