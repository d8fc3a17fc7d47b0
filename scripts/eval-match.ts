/*
 * Partner matchmaking measured on real links: `npm run eval:match [-- --json] [--seed N] [--file F]`.
 *
 * Imports the twinning pairs listed on Wikipedia (the file beside the project, or --file) into the
 * database named by JUMELAGE_DATA or DATABASE_URL if they are not there yet (with the gazetteer
 * first, if needed), then hides 10 % of the links of the local authorities that have at least
 * three partners (seeded), ranks candidates for each from the remaining graph and the
 * authorities' attributes, and reports recall@10 and recall@50 of the hidden partners for the
 * recommender and two baselines (most-twinned authorities; same-country-pair frequency).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { count, eq } from 'drizzle-orm';
import { readConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { afterBulkLoad } from '../src/db/upkeep.ts';
import { importAgreementsFile, WIKIPEDIA_TWIN_TOWNS } from '../src/imports/agreements-import.ts';
import { evaluate } from '../src/matchmaking/evaluation.ts';
import { readAuthorities, readLinks, readNetworks } from '../src/matchmaking/matchmaking.ts';
import { importPlaces } from '../src/places/import.ts';
import { citations, sources } from '../src/sources/tables.ts';
import { getFact, setFact } from '../src/system/facts.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    file: {
      type: 'string',
      default: resolve(import.meta.dirname, '../../shared/data/twin-cities/twin_cities_raw.csv'),
    },
  },
});
const log = (line: string) => {
  if (!values.json) console.error(line);
};

const config = readConfig();
const handle = await openDatabase(config.database, { holder: 'the matchmaking evaluation' });
try {
  await handle.migrate();
  const db = handle.db;
  const [imported] = await db
    .select({ n: count() })
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(eq(sources.url, WIKIPEDIA_TWIN_TOWNS.url));
  if (!imported || imported.n === 0) {
    if (!existsSync(values.file))
      throw new Error(`No twinning pairs in the database and no file at ${values.file}`);
    if (!(await getFact(db, 'gazetteer_imported'))) {
      log('Importing the GeoNames gazetteer first (about a minute)…');
      const result = await importPlaces(handle);
      await setFact(db, 'gazetteer_imported', { at: new Date().toISOString(), ...result });
    }
    log(`Importing ${values.file}…`);
    const started = performance.now();
    const report = await importAgreementsFile(db, values.file);
    await afterBulkLoad(handle);
    log(
      `Imported ${report.agreements.created} twinnings (${(report.names.resolvedShare * 100).toFixed(1)} % of names resolved) ` +
        `in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    );
  }
  const reader = { userId: null, isPlatformAdmin: true, organizations: [], networks: [], bodies: [] };
  const [authorities, links, networks] = await Promise.all([
    readAuthorities(db),
    readLinks(db, reader),
    readNetworks(db),
  ]);
  // Themes are left out: a hidden agreement's themes would tell of the link it hides.
  const result = evaluate(
    authorities.map(({ name: _name, ...authority }) => ({
      ...authority,
      networks: networks.get(authority.id) ?? [],
    })),
    links.map((link) => [link.a, link.b] as const),
    { seed: Number(values.seed) },
  );
  if (values.json) {
    console.log(JSON.stringify(result));
  } else {
    const row = (name: string, recall: { 'recall@10': number; 'recall@50': number }) =>
      `${name.padEnd(28)}${recall['recall@10'].toFixed(3).padStart(10)}${recall['recall@50'].toFixed(3).padStart(10)}`;
    console.log(
      [
        `${result.cities} local authorities with at least 3 partners and a hidden link; ${result.hidden} links hidden (10 %, seed ${values.seed}).`,
        '',
        `${'ranking'.padEnd(28)}${'recall@10'.padStart(10)}${'recall@50'.padStart(10)}`,
        row('recommender', result.recommender),
        row('most-twinned (baseline)', result.baselines.most_twinned),
        row('country pairs (baseline)', result.baselines.country_pairs),
      ].join('\n'),
    );
  }
} finally {
  await handle.close();
}
