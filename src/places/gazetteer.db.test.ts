import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData, problemOf } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { selectRows } from '../db/client.ts';
import { fillElevations, importPlaces } from './import.ts';

const ctx = setUpTestApp();
let firstImport: { placesImported: number; namesImported: number };

async function counts() {
  const [row] = await selectRows<{ places: string; names: string }>(
    ctx.database.db,
    sql`SELECT (SELECT count(*) FROM places) AS places, (SELECT count(*) FROM place_names) AS names`,
  );
  return { places: Number(row!.places), names: Number(row!.names) };
}

async function search(q: string, filters: { country?: string } = {}) {
  return (await expectData(ctx.api.GET('/api/places', { params: { query: { q, ...filters } } }), 200)).items;
}

describe('the GeoNames gazetteer', () => {
  beforeAll(async () => {
    firstImport = await importPlaces(ctx.database);
  });

  it('imports every place of the bundled cities500 dump with its alternate names', async () => {
    expect(firstImport.placesImported).toBeGreaterThan(195_000);
    expect(firstImport.namesImported).toBeGreaterThan(700_000);
    expect(await counts()).toEqual({ places: firstImport.placesImported, names: firstImport.namesImported });
  });

  it('leaves the planner statistics of the places and their names (PGlite has no autovacuum)', async () => {
    const tables = await selectRows<{ name: string; tuples: number; columns: string }>(
      ctx.database.db,
      sql`SELECT c.relname AS name, c.reltuples::float8 AS tuples,
                 (SELECT count(*) FROM pg_stats s WHERE s.schemaname = 'public' AND s.tablename = c.relname)::text AS columns
          FROM pg_class c WHERE c.oid IN ('public.places'::regclass, 'public.place_names'::regclass)
          ORDER BY c.relname`,
    );
    const expected = { place_names: firstImport.namesImported, places: firstImport.placesImported };
    expect(tables.map((table) => table.name)).toEqual(['place_names', 'places']);
    for (const table of tables) {
      expect(table.tuples).toBeGreaterThan(0.9 * expected[table.name as keyof typeof expected]);
      expect(Number(table.columns)).toBeGreaterThan(3);
    }
  });

  it.each([
    ['تمبكتو', 2449067],
    ['Tombouctou', 2449067],
    ['timbuktu', 2449067],
    ['TIMBÚKTÚ', 2449067],
    ['تِمْبُكْتُو', 2449067],
    ['السمارة', 2461874],
    ['السماره', 2461874],
    ['Es-Semara', 2461874],
    ['es semara', 2461874],
    ["N'Djamena", 2427123],
    ['Ndjamena', 2427123],
    ['بورتو نوفو', 2392087],
    ['Porto Novo', 2392087],
    ['Ivry-sur-Seine', 3012621],
  ])('finds %s first as GeoNames %i', async (query, geonamesId) => {
    const [first] = await search(query);
    expect(first?.geonamesId).toBe(geonamesId);
  });

  it('suggests places as a name is being typed', async () => {
    const results = await search('Vijayaw');
    expect(results[0]?.name).toBe('Vijayawada');
  });

  it('finds close misspellings', async () => {
    expect((await search('Timbuctoo'))[0]?.geonamesId).toBe(2449067);
    expect((await search('Niamei'))[0]?.name).toBe('Niamey');
  });

  it('filters by country, including GeoNames’ alternate country codes', async () => {
    const paris = await search('Paris', { country: 'US' });
    expect(paris.length).toBeGreaterThan(1);
    expect(paris.every((place) => place.countryCode === 'US')).toBe(true);
    expect((await search('Smara', { country: 'EH' }))[0]?.geonamesId).toBe(2461874);
  });

  it('is idempotent: importing again changes nothing', async () => {
    const before = await counts();
    await importPlaces(ctx.database, { countries: ['ML', 'EH'] });
    expect(await counts()).toEqual(before);
    expect((await search('Tombouctou'))[0]?.geonamesId).toBe(2449067);
  });

  it('keeps each place’s elevation, and gives it back once to places imported without one', async () => {
    const elevation = async (q: string) => (await search(q))[0]?.elevation;
    expect(await elevation('Timbuktu')).toBe(274);
    expect((await search('Es-Semara'))[0]).toMatchObject({ geonamesId: 2461874, elevation: 188 });
    await ctx.database.db.execute(
      sql`UPDATE places SET elevation = NULL WHERE geonames_id IN (2449067, 2461874)`,
    );
    expect(await elevation('Timbuktu')).toBeNull();
    expect(await fillElevations(ctx.database)).toBe(2);
    expect(await elevation('Timbuktu')).toBe(274);
    expect((await search('Es-Semara'))[0]?.elevation).toBe(188);
    expect(await fillElevations(ctx.database)).toBe(0);
  });

  it('creates a place GeoNames lacks, with its source, and finds it in Arabic', async () => {
    const created = await ctx.api.POST('/api/places', {
      body: {
        name: 'Amgala',
        names: { ar: 'أمكالة', fr: 'Amgala' },
        alternateNames: ['Amkala'],
        countryCode: 'EH',
        note: 'rural commune of Smara province',
        sources: [
          {
            source: { kind: 'press_article', title: 'Seed article', language: 'ar' },
            quote: 'جماعتا السمارة وأمكالة',
          },
        ],
      },
    });
    expect(created.response.status, JSON.stringify(created.error)).toBe(201);
    expect(created.data?.geonamesId).toBeNull();
    expect((await search('امكاله'))[0]?.name).toBe('Amgala');
    expect((await search('Amkala'))[0]?.name).toBe('Amgala');
  });

  it('refuses bad places and bad searches', async () => {
    const badCountry = await ctx.api.POST('/api/places', { body: { name: 'Nowhere', countryCode: 'ZZ' } });
    expect(badCountry.error).toMatchObject({ status: 422, field: '/countryCode' });
    const halfCoordinates = await ctx.api.POST('/api/places', {
      body: { name: 'Nowhere', countryCode: 'ML', latitude: 10 },
    });
    expect(halfCoordinates.error).toMatchObject({ status: 422, field: '/longitude' });
    // Raw: a search without the query it requires.
    const noQuery = await ctx.request({ method: 'GET', url: '/api/places' });
    expect(problemOf(noQuery)).toMatchObject({ status: 422, field: '/querystring/q' });
    expect(await search('—')).toEqual([]);
  });
});
