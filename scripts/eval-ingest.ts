/*
 * Press ingestion measured on annotated articles: `npm run eval:ingest -- DIR [--json]`.
 *
 * Runs the extractor (src/ingestion/) on every *.json article of DIR (the press-dev format, see
 * ../shared/press-dev/README.md) with the place search of the database named by JUMELAGE_DATA or
 * DATABASE_URL (importing the GeoNames gazetteer first when it is missing), and scores its pairs,
 * types, statuses, dates and signatories against the gold annotations. `--json` prints one object;
 * otherwise a table per article and what was missed or proposed wrongly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pMap from 'p-map';
import { readConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import {
  type ArticleScore,
  dateCorrect,
  type GoldArticle,
  type GoldParty,
  type MappedParty,
  matchArticle,
  summarize,
} from '../src/ingestion/evaluation.ts';
import { type AgreementProposal, extractAgreements } from '../src/ingestion/extract.ts';
import { placeSearcher } from '../src/ingestion/place-search.ts';
import { READING_CONCURRENCY } from '../src/ingestion/press.ts';
import { importPlaces } from '../src/places/import.ts';
import { searchPlaces } from '../src/places/search.ts';
import { getFact, setFact } from '../src/system/facts.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false } },
});
const dir = resolve(positionals[0] ?? resolve(import.meta.dirname, '../../shared/press-dev'));
const log = (line: string) => {
  if (!values.json) console.error(line);
};

const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort();
const articles = files.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldArticle);

const config = readConfig();
const handle = await openDatabase(config.database, { holder: 'the ingestion evaluation' });
try {
  await handle.migrate();
  const db = handle.db;
  if (!(await getFact(db, 'gazetteer_imported'))) {
    log('Importing the GeoNames gazetteer first (about a minute)…');
    const result = await importPlaces(handle);
    await setFact(db, 'gazetteer_imported', { at: new Date().toISOString(), ...result });
  }

  // The gold's places: its English canonical name in its country (or the country the source claims).
  const mapParty = async (party: GoldParty): Promise<MappedParty> => {
    const name = party.canonical_name_en.replace(/\([^)]*\)/g, ' ').trim();
    for (const country of [party.country_iso2, party.source_country_claim]) {
      if (!country || !name) continue;
      const found = await searchPlaces(db, { q: name, country, limit: 3 });
      const whole = found.find(
        (place) => place.matchReason === 'exact' || place.matchReason === 'alternate_name',
      );
      if (whole) return { ...party, placeId: whole.id };
    }
    return { ...party, placeId: null };
  };

  const search = placeSearcher(db);
  const scores: ArticleScore[] = [];
  const languages: Array<{ id: string; gold: string; detected: string | null }> = [];
  const gold = [];
  for (const article of articles)
    gold.push(
      await Promise.all(
        article.agreements.map(async (agreement) => ({
          agreement,
          parties: [await mapParty(agreement.parties[0]), await mapParty(agreement.parties[1])] as [
            MappedParty,
            MappedParty,
          ],
        })),
      ),
    );
  const started = performance.now();
  // As the reading job does: several articles at once on PostgreSQL, one at a time on PGlite.
  const extractions = await pMap(
    articles,
    (article) => extractAgreements({ text: article.text, published: article.published }, search),
    { concurrency: READING_CONCURRENCY[handle.engine] },
  );
  const predictions: AgreementProposal[][] = extractions.map((extraction) => extraction.agreements);
  articles.forEach((article, i) => {
    languages.push({ id: article.id, gold: article.lang, detected: extractions[i]!.language });
  });
  const seconds = (performance.now() - started) / 1000;
  articles.forEach((article, i) => {
    scores.push(matchArticle(article.id, predictions[i]!, gold[i]!));
  });
  const result = summarize(scores, seconds);
  if (values.json) {
    console.log(JSON.stringify(result));
  } else {
    const party = (p: AgreementProposal['parties'][number]) =>
      p.place
        ? `${p.place.name}/${p.place.countryCode}`
        : `new “${p.written}”/${p.newPlace?.countryCode ?? '?'}`;
    const lines = [
      `${'article'.padEnd(12)}${'lang'.padEnd(10)}${'gold'.padStart(5)}${'found'.padStart(6)}${'match'.padStart(6)}`,
    ];
    for (const [i, score] of scores.entries()) {
      const language = languages[i]!;
      lines.push(
        `${score.id.padEnd(12)}${`${language.gold}${language.detected === language.gold ? '' : `≠${language.detected}`}`.padEnd(10)}${String(score.gold).padStart(5)}${String(score.predicted).padStart(6)}${String(score.matched.length).padStart(6)}`,
      );
    }
    lines.push('', JSON.stringify(result, null, 1), '', 'Misses:');
    for (const score of scores) {
      for (const missed of score.missed)
        lines.push(
          `  ${score.id} missed ${missed.parties.map((p) => `${p.canonical_name_en}/${p.country_iso2}`).join(' – ')}`,
        );
      for (const spurious of score.spurious)
        lines.push(
          `  ${score.id} spurious ${spurious.parties.map(party).join(' – ')}  «${spurious.passage.text.slice(0, 80)}»`,
        );
      for (const { predicted, gold: g } of score.matched) {
        const pair = predicted.parties.map(party).join(' – ');
        if (predicted.type.value !== g.type)
          lines.push(`  ${score.id} ${pair}: type ${predicted.type.value}, gold ${g.type}`);
        if (predicted.status.value !== g.status)
          lines.push(`  ${score.id} ${pair}: status ${predicted.status.value}, gold ${g.status}`);
        if (!dateCorrect(predicted, g))
          lines.push(
            `  ${score.id} ${pair}: date ${predicted.dateSigned.value ?? predicted.datePartial}, gold ${g.date_signed ?? g.date_partial ?? null}`,
          );
        const names = predicted.signatories.map((s) => s.name).sort();
        const expected = g.signatories.map((s) => s.name).sort();
        if (JSON.stringify(names) !== JSON.stringify(expected))
          lines.push(
            `  ${score.id} ${pair}: signatories ${JSON.stringify(names)}, gold ${JSON.stringify(expected)}`,
          );
      }
    }
    console.log(lines.join('\n'));
  }
} finally {
  await handle.close();
}
