import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { createCity, createNetworkWithCouncil, createOrganization } from '../../test/helpers/fixtures.ts';
import { selectRows } from '../db/client.ts';
import { fillPhoneticKeys, importPlaces } from './import.ts';
import { readPlaceNames } from './name-index.ts';
import { searchPlaces } from './search.ts';

// A small gazetteer: the places of the seeds' spellings and the places that share their names or
// their sounds (Paris in Texas, Montevideo in Minnesota, Lille and Lviv beside Iloilo…).
const GEONAMES_IDS = [
  2792360, 2357048, 2392087, 2392204, 6942553, 2255414, 3067696, 2911298, 2520600, 2988507, 2995469, 2998324,
  3578594, 267008, 2461874, 2527089, 2449067, 2440485, 2448085, 3694609, 1711005, 1721168, 518255, 524901,
  542420, 2427123, 300619, 306571, 315202, 315368, 325363, 738648, 702550, 4113607, 4125402, 4246659, 4286479,
  4303602, 4402452, 4548393, 4642988, 4647963, 4717560, 4859603, 4972660, 4974617, 5029189, 5038018, 5098760,
  5119833, 5148855, 5192444, 5202009, 5205082, 5601538, 5603240, 3441575, 1512569,
];

const ctx = setUpTestApp();

async function search(q: string, country?: string) {
  return (
    await expectData(
      ctx.apiAs('public').GET('/api/places', { params: { query: { q, ...(country ? { country } : {}) } } }),
      200,
    )
  ).items;
}

describe('place search across scripts', () => {
  beforeAll(async () => {
    await importPlaces(ctx.database, { geonamesIds: GEONAMES_IDS });
  });

  it.each([
    ['تمبكتو', 2449067],
    ['تمبوكتو', 2449067],
    ['Tombouctou', 2449067],
    ['Timbuktu', 2449067],
    ['Тимбукту', 2449067],
    ['Tombuctú', 2449067],
    ['بورطو نوفو', 2392087],
    ['نوفوروسيسك', 518255],
    ['Новороссийск', 518255],
    ['إيلويلو', 1711005],
    ['Iloilo City', 1711005],
    ['طرابزون', 738648],
    ['قونية', 306571],
    ['أضنة', 325363],
    ['اسكي شهير', 315202],
    ['باراكو', 2392204],
    ['بوانت نوار', 2255414],
    ['واغادوغو', 2357048],
    ['Uagadugú', 2357048],
    ['السمارة', 2461874],
    ['Es-Semara', 2461874],
    ['تيزنيت', 2527089],
  ])('finds %s first as GeoNames %i', async (query, geonamesId) => {
    const [first] = await search(query);
    expect(first?.geonamesId).toBe(geonamesId);
  });

  it('says why each place matched', async () => {
    expect((await search('Timbuktu'))[0]).toMatchObject({ matchReason: 'exact', matchedName: 'Timbuktu' });
    expect((await search('Tombouctou'))[0]).toMatchObject({ matchReason: 'alternate_name' });
    expect((await search('تمبوكتو'))[0]).toMatchObject({ matchReason: 'transliteration' });
    expect((await search('Tombou')).slice(0, 3)).toContainEqual(
      expect.objectContaining({ name: 'Timbuktu', matchReason: 'prefix' }),
    );
    // One consonant off in a long name: a typo.
    expect((await search('Ouagadoudou'))[0]).toMatchObject({ name: 'Ouagadougou', matchReason: 'fuzzy' });
    // Two letters off: the trigram look-up, when nothing else matched.
    expect((await search('Novorosiyskk'))[0]?.name).toBe('Novorossiysk');
  });

  it('ranks the capital or the great city before smaller places of the same name', async () => {
    const paris = await search('Paris');
    expect(paris[0]?.geonamesId).toBe(2988507);
    expect(paris.slice(1).every((place) => place.countryCode !== 'FR')).toBe(true);
    expect((await search('Lille'))[0]?.geonamesId).toBe(2998324);
    expect((await search('Hamburg'))[0]?.geonamesId).toBe(2911298);
  });

  it('tells places sharing a skeleton apart by their spelling', async () => {
    const iloilo = await search('إيلويلو');
    expect(iloilo[0]?.name).toBe('Iloilo');
    expect(iloilo.findIndex((place) => place.name === 'Lille')).not.toBe(0);
  });

  it('filters by country', async () => {
    const paris = await search('Paris', 'US');
    expect(paris.length).toBeGreaterThan(3);
    expect(paris.every((place) => place.countryCode === 'US')).toBe(true);
    expect((await search('مونتيفيديو', 'US'))[0]?.geonamesId).toBe(5038018);
  });

  it('reads many names at once and answers each as the search ranks its whole names and sounds', async () => {
    const queries: Array<[string, string | undefined]> = [
      ['Paris', undefined],
      ['Paris', 'US'],
      ['Paris', 'MA'],
      ['Lille', undefined],
      ['Tombouctou', 'ML'],
      ['Tombou', undefined],
      ['City of Praia', undefined],
      ['Festival Internacional del Volcán', undefined],
      ['تمبوكتو', undefined],
      ['إيلويلو', 'PH'],
      ['نوفوروسيسك', 'RU'],
      ['Новороссийск', undefined],
      ['بورطو نوفو', 'BJ'],
      ['السمارة', 'MA'],
    ];
    const nameQueries = queries.map(([q, country]) => ({ q, country, sounds: 'skeleton' as const }));
    const statements: string[] = [];
    const stop = ctx.database.observe({ statement: (text) => statements.push(text) });
    const index = await readPlaceNames(ctx.database.db, nameQueries);
    stop();
    // One statement of index probes for them all (a second only for a key shared by many names).
    expect(statements.length).toBeLessThanOrEqual(2);
    for (const query of nameQueries) {
      expect(index.covers(query)).toBe(true);
      const full = await searchPlaces(ctx.database.db, { q: query.q, country: query.country, limit: 8 });
      const wanted = full.filter((place) =>
        ['exact', 'alternate_name', 'transliteration'].includes(place.matchReason),
      );
      const found = index.find({ ...query, limit: 8 });
      // The places and why, in the same order; of two names of a place that match alike, either.
      expect(
        found.map((place) => [place.id, place.matchReason]),
        query.q,
      ).toEqual(wanted.map((place) => [place.id, place.matchReason]));
    }
    expect(index.find({ q: 'Tombouctou', country: 'ML', sounds: 'skeleton', limit: 8 })[0]).toMatchObject({
      geonamesId: 2449067,
      countryCode: 'ML',
      matchReason: 'alternate_name',
    });
    // Whole names only: a name in another script is not taken for its sounds.
    const wholeOnly = { q: 'تمبوكتو', sounds: 'none' as const };
    expect(index.covers(wholeOnly)).toBe(true);
    expect(index.find({ ...wholeOnly, limit: 8 })).toEqual([]);
    expect(index.covers({ q: 'Dakar', sounds: 'none' })).toBe(false);
    // Quotes, commas, braces and backslashes are parameters like any text, not array syntax.
    const odd = { q: 'Saint-Jean "d’Acre", {x} \\ y', country: 'FR', sounds: 'skeleton' as const };
    expect((await readPlaceNames(ctx.database.db, [odd])).find({ ...odd, limit: 8 })).toEqual([]);
  });

  it('answers a name in a country among more namesakes than a look-up takes', async () => {
    // Sixty-one places of France sharing the consonants of "زاربو" (Zarba, Zarbi…), each more
    // important than the Zerbi of Senegal.
    for (let i = 0; i < 61; i++)
      await expectData(
        ctx.api.POST('/api/places', {
          body: { name: `Zarb${'aiu'[i % 3]}`, countryCode: 'FR', population: 10_000 + i },
        }),
        201,
      );
    const zerbi = await expectData(
      ctx.api.POST('/api/places', { body: { name: 'Zerbi', countryCode: 'SN', population: 10 } }),
      201,
    );
    const inSenegal = { q: 'زاربو', country: 'SN', sounds: 'skeleton' as const };
    const anywhere = { q: 'زاربو', country: undefined, sounds: 'skeleton' as const };
    const statements: string[] = [];
    const stop = ctx.database.observe({ statement: (text) => statements.push(text) });
    const index = await readPlaceNames(ctx.database.db, [inSenegal, anywhere]);
    stop();
    expect(statements).toHaveLength(2);
    expect(index.find({ ...inSenegal, limit: 8 }).map((place) => place.id)).toEqual([zerbi.id]);
    const found = index.find({ ...anywhere, limit: 8 });
    expect(found).toHaveLength(8);
    expect(found.every((place) => place.countryCode === 'FR')).toBe(true);
    // As the search answers them.
    for (const query of [inSenegal, anywhere])
      expect(index.find({ ...query, limit: 8 }).map((place) => place.id)).toEqual(
        (await searchPlaces(ctx.database.db, { q: query.q, country: query.country, limit: 8 }))
          .filter((place) => place.matchReason === 'transliteration')
          .map((place) => place.id),
      );
  });

  it('finds a place created in Jumelage by the sounds of its name', async () => {
    const created = await ctx.api.POST('/api/places', {
      body: { name: 'Amgala', names: { ar: 'أمكالة' }, countryCode: 'EH' },
    });
    expect(created.response.status).toBe(201);
    expect((await search('Amgala'))[0]).toMatchObject({ name: 'Amgala', matchReason: 'exact' });
    expect((await search('أمقالة'))[0]).toMatchObject({ name: 'Amgala', matchReason: 'transliteration' });
  });

  it('computes the keys of names stored before they existed', async () => {
    await ctx.database.db.execute(
      sql`UPDATE place_names SET phonetic = NULL, phonetic_spelling = NULL, importance = 0
          WHERE place_id IN (SELECT id FROM places WHERE geonames_id = 2449067)`,
    );
    expect((await search('تمبوكتو'))[0]?.matchReason).not.toBe('transliteration');
    expect(await fillPhoneticKeys(ctx.database)).toBeGreaterThan(3);
    expect(await fillPhoneticKeys(ctx.database)).toBe(0);
    const [row] = await selectRows<{ missing: string }>(
      ctx.database.db,
      sql`SELECT count(*)::text AS missing FROM place_names WHERE phonetic IS NULL`,
    );
    expect(row?.missing).toBe('0');
    expect((await search('تمبوكتو'))[0]).toMatchObject({
      geonamesId: 2449067,
      matchReason: 'transliteration',
    });
  });

  it('puts the namesake the reader’s network already touches first, for that reader only', async () => {
    const place = async (countryCode: string) =>
      (
        await expectData(
          ctx.api.POST('/api/places', { body: { name: 'Tifariti', countryCode, population: 3000 } }),
          201,
        )
      ).id;
    await place('EH');
    await place('MR');
    const publicOrder = (await search('Tifariti')).map((found) => found.id);
    expect(publicOrder).toHaveLength(2);
    const second = publicOrder[1]!;
    // An officer of Ivry, whose club counts the commune at the second Tifariti among its members.
    const ivry = await createCity(ctx, 'Ivry-sur-Seine', 'FR');
    const there = await createOrganization(ctx, {
      kind: 'local_authority',
      subkind: 'commune',
      name: { en: 'Commune of Tifariti' },
      placeId: second,
    });
    await createNetworkWithCouncil(ctx, [ivry.id, there.id]);
    const officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ivry.id }]);
    const theirs = await expectData(
      ctx.apiAs(officer).GET('/api/places', { params: { query: { q: 'Tifariti' } } }),
      200,
    );
    expect(theirs.items.map((found) => found.id)).toEqual([second, publicOrder[0]]);
    expect((await search('Tifariti')).map((found) => found.id)).toEqual(publicOrder);
    // The same in the one search box, where the place is suggested.
    const everything = await ctx.request({ url: '/api/search?q=Tifariti', as: officer });
    expect(JSON.stringify(everything.data)).toContain(second);
  });
});
