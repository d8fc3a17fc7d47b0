import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { loadDemo } from '../demo/load.ts';

const ctx = setUpTestApp(async ({ database }) => {
  await loadDemo(database);
});

describe('the portal’s read views', () => {
  it('search every kind of record at once, in Arabic as in Latin script', async () => {
    const arabic = await ctx.request({
      method: 'GET',
      url: `/api/search?q=${encodeURIComponent('السمارة')}`,
      as: 'public',
    });
    expect(arabic.statusCode).toBe(200);
    expect(arabic.data.organizations.map((organization: any) => organization.name.fr)).toContain(
      'Commune de Smara',
    );
    expect(arabic.data.places.map((place: any) => place.name)).toContain('Smara');
    const latin = await ctx.request({ method: 'GET', url: '/api/search?q=tombouctou', as: 'public' });
    expect(latin.data.places[0].name).toMatch(/Timbuktu|Tombouctou/);
    const empty = await ctx.request({ method: 'GET', url: '/api/search?q=', as: 'public' });
    expect(empty.statusCode).toBe(422);
  });

  it('count what the reader may see', async () => {
    const { data } = await ctx.request({ method: 'GET', url: '/api/figures', as: 'public' });
    expect(data.agreements).toBeGreaterThanOrEqual(7);
    expect(data.countries).toBeGreaterThanOrEqual(7);
    expect(data.networks).toBeGreaterThanOrEqual(1);
  });

  it('give the map one link per located pair of parties, with their coordinates', async () => {
    const { data } = await ctx.request({ method: 'GET', url: '/api/links', as: 'public' });
    const smara = data.points.find((point: any) => point.name.fr === 'Commune de Smara');
    expect(smara).toBeDefined();
    expect(smara.latitude).toBeCloseTo(26.74, 1);
    const fromSmara = data.links.filter((link: any) => link.from === smara.id || link.to === smara.id);
    expect(fromSmara.length).toBeGreaterThanOrEqual(7);
    const own = await ctx.request({
      method: 'GET',
      url: `/api/links?organization=${smara.id}`,
      as: 'public',
    });
    expect(own.data.links.length).toBe(fromSmara.length);
    const ids = new Set(data.points.map((point: any) => point.id));
    for (const link of data.links) {
      expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
      expect(link.from).not.toBe(link.to);
    }
  });
});
