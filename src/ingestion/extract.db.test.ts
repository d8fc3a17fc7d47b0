import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/database.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { importPlaces } from '../places/import.ts';
import { searchPlaces } from '../places/search.ts';
import { type GoldArticle, type MappedParty, matchArticle, summarize } from './evaluation.ts';
import { type Extraction, extractAgreements } from './extract.ts';
import { placeSearcher } from './place-search.ts';

// The places of the fixture articles and namesakes that a careless resolution would take instead:
// Samara and Asmara beside Smara, Mukalla and Machala beside Amgala (which GeoNames lacks), Porto Novo
// in Cape Verde beside Porto-Novo, Chur beside Keur Massar (lacking too).
const GEONAMES_IDS = [
  2461874, 499099, 343300, 78754, 3654533, 2427123, 2440485, 2448085, 2449067, 2392087, 3374336, 2413876,
  1253184, 2392204, 2413753, 2661169, 2291136, 2451185, 2253354, 2314302, 2260535,
];

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../test/fixtures/press', name), 'utf8'),
  ) as GoldArticle;

let handle: DatabaseHandle;
const extract = (article: GoldArticle): Promise<Extraction> =>
  extractAgreements({ text: article.text, published: article.published }, placeSearcher(handle.db));

const pairOf = (extraction: Extraction) =>
  extraction.agreements.map((agreement) =>
    agreement.parties.map((party) => (party.place ? party.place.geonamesId : `new:${party.written}`)),
  );

describe('extracting agreements from press articles against the gazetteer', () => {
  beforeAll(async () => {
    handle = await createTestDatabase();
    await importPlaces(handle, { geonamesIds: GEONAMES_IDS });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('splits an Arabic one-to-many announcement into pairs, resolving transliterations and proposing the places the gazetteer lacks', async () => {
    const extraction = await extract(fixture('seed-003.json'));
    expect(extraction.language).toBe('ar');
    expect(pairOf(extraction)).toEqual([
      [2461874, 2427123],
      [2461874, 2440485],
      [2461874, 2448085],
      [2461874, 2449067],
      [2461874, 2392087],
      [2461874, 2413876],
      [2461874, 1253184],
      ['new:أمكالة', 'new:كور ماسار'],
      ['new:أمكالة', 2392204],
      ['new:أمكالة', 2413753],
    ]);
    const keurMassar = extraction.agreements[7]!.parties[1];
    expect(keurMassar.newPlace).toEqual({ name: 'كور ماسار', countryCode: 'SN' });
    expect(fixture('seed-003.json').text.slice(keurMassar.passage.start, keurMassar.passage.end)).toBe(
      'كور ماسار',
    );
    expect(keurMassar.passage.text).toBe('كور ماسار');
    for (const agreement of extraction.agreements) {
      expect(agreement.type.value).toBe('twinning');
      expect(agreement.status.value).toBe('signed');
      expect(agreement.dateSigned.value).toBe('2025-10-31');
      expect(agreement.dateSigned.passage?.text).toContain('31 أكتوبر 2025');
      expect(agreement.confidence).toBeGreaterThan(0);
    }
  });

  it('reads the places of an article’s names at once, not a statement a name', async () => {
    let names = 0;
    const searcher = placeSearcher(handle.db);
    const statements: string[] = [];
    const stop = handle.observe({ statement: (text) => statements.push(text) });
    const extraction = await extractAgreements(
      { text: fixture('seed-003.json').text, published: fixture('seed-003.json').published },
      async (proposed) => {
        names = proposed.length;
        return searcher(proposed);
      },
    );
    stop();
    expect(extraction.agreements).toHaveLength(10);
    // Every spelling the news may give, a score of them; a name given only once another was found
    // ("وأمكالة" after "السمارة") reads its own.
    expect(names).toBeGreaterThan(15);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThanOrEqual(4);
  });

  it('resolves a weekday against the publication date and names who signed for each party', async () => {
    const extraction = await extract(fixture('003.json'));
    expect(extraction.language).toBe('fr');
    expect(pairOf(extraction)).toEqual([[2291136, 2451185]]);
    const [agreement] = extraction.agreements;
    expect(agreement!.dateSigned.value).toBe('2015-04-11');
    expect(agreement!.dateSigned.passage?.text).toBe('samedi');
    expect(agreement!.signatories.map((s) => [s.name, s.party])).toEqual([
      ['Koné Hiliassou', 0],
      ['Mamadou Tangara', 1],
    ]);
  });

  it('makes three pairs of a tripartite and scores them against the annotations', async () => {
    const article = fixture('013.json');
    const extraction = await extract(article);
    expect(pairOf(extraction)).toEqual([
      [2253354, 2314302],
      [2253354, 2260535],
      [2314302, 2260535],
    ]);
    const mapped = async (
      party: GoldArticle['agreements'][number]['parties'][number],
    ): Promise<MappedParty> => {
      const [place] = await searchPlaces(handle.db, {
        q: party.canonical_name_en,
        country: party.country_iso2,
        limit: 1,
      });
      return { ...party, placeId: place?.id ?? null };
    };
    const gold = await Promise.all(
      article.agreements.map(async (agreement) => ({
        agreement,
        parties: [await mapped(agreement.parties[0]), await mapped(agreement.parties[1])] as [
          MappedParty,
          MappedParty,
        ],
      })),
    );
    const score = summarize([matchArticle(article.id, extraction.agreements, gold)], 1);
    expect(score.pairs).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score.date.accuracy).toBe(1);
    expect(score.type.accuracy).toBe(1);
  });
});
