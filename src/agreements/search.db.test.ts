import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { createCity } from '../../test/helpers/fixtures.ts';
import { jsonAt } from '../../test/helpers/json.ts';
import { selectRows } from '../db/client.ts';

const ctx = setUpTestApp();
const ids = {} as Record<'smara' | 'timbuktu' | 'twinning' | 'cooperation' | 'partnership', string>;

async function create(title: { en?: string; fr?: string; ar?: string }) {
  const created = ctx.api.POST('/api/agreements', {
    body: {
      type: 'twinning',
      title,
      parties: [{ organizationId: ids.smara }, { organizationId: ids.timbuktu }],
    },
  });
  return (await expectData(created, 201)).id;
}

async function search(q: string): Promise<string[]> {
  const found = await expectData(ctx.api.GET('/api/agreements', { params: { query: { q } } }), 200);
  return found.items.map((item) => item.id).sort();
}

beforeAll(async () => {
  ids.smara = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.timbuktu = (await createCity(ctx, 'Timbuktu', 'ML')).id;
  ids.twinning = await create({
    en: 'Twinning Smara – Timbuktu',
    fr: 'Jumelage Smara – Tombouctou',
    ar: 'توأمة السمارة وتمبكتو',
  });
  ids.cooperation = await create({ fr: 'Coopération décentralisée', en: 'Decentralised co-operation' });
  ids.partnership = await create({ ar: 'اتفاقية شراكة بين أكادير وطنجة' });
});

describe('agreement title search', () => {
  it('matches the titles’ text, never the language codes of the JSON', async () => {
    // Every title is stored as {"fr": …, "en": …}: "en" and "fr" find only titles that contain them.
    expect(await search('en')).toEqual([ids.cooperation]);
    expect(await search('fr')).toEqual([]);
    expect(await search('"fr":')).toEqual([]);
  });

  it('finds an Arabic title whatever the hamza, harakat and ta marbuta of the query', async () => {
    expect(await search('إتِّفاقيَّة شراكه')).toEqual([ids.partnership]);
    expect(await search('توأمه')).toEqual([ids.twinning]);
  });

  it('folds Latin accents and case both ways', async () => {
    expect(await search('COOPERATION DECENTRALISEE')).toEqual([ids.cooperation]);
    expect(await search('jumélage')).toEqual([ids.twinning]);
  });

  it('follows a title’s change', async () => {
    await expectData(
      ctx.api.PATCH('/api/agreements/{id}', {
        params: { path: { id: ids.partnership } },
        body: { title: { fr: 'Partenariat Agadir – Tanger' } },
      }),
      200,
    );
    expect(await search('شراكة')).toEqual([]);
    expect(await search('partenariat agadir')).toEqual([ids.partnership]);
  });

  it('fills the search key of agreements recorded before it existed, after migrating', async () => {
    await ctx.database.db.execute(sql`UPDATE agreements SET title_search = NULL`);
    expect(await search('tombouctou')).toEqual([]);
    await ctx.database.migrate();
    expect(await search('tombouctou')).toEqual([ids.twinning]);
    const [row] = await selectRows<{ missing: string }>(
      ctx.database.db,
      sql`SELECT count(*) AS missing FROM agreements WHERE title_search IS NULL`,
    );
    expect(Number(row?.missing)).toBe(0);
  });

  it('keeps the search key out of the export', async () => {
    // Raw: the OpenAPI document does not describe the export's body.
    const response = await ctx.request({ method: 'GET', url: '/api/export' });
    const agreements = jsonAt(response.data, 'agreements');
    expect(Array.isArray(agreements) && agreements.length).toBeGreaterThan(0);
    for (const agreement of Array.isArray(agreements) ? agreements : []) {
      expect(agreement).not.toHaveProperty('titleSearch');
    }
  });
});
