import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectData, statusOf } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { agreementParties, agreements } from '../agreements/tables.ts';
import { loadDemo } from '../demo/load.ts';

const ctx = setUpTestApp(async ({ database }) => {
  await loadDemo(database);
});

describe('the portal’s read views', () => {
  it('search every kind of record at once, in Arabic as in Latin script', async () => {
    const anyone = ctx.apiAs('public');
    const search = (q: string) => anyone.GET('/api/search', { params: { query: { q } } });
    const arabic = await expectData(search('السمارة'), 200);
    expect(arabic.organizations.map((organization) => organization.name.fr)).toContain('Commune de Smara');
    expect(arabic.places.map((place) => place.name)).toContain('Smara');
    const latin = await search('tombouctou');
    expect(latin.data?.places[0]?.name).toMatch(/Timbuktu|Tombouctou/);
    expect(await statusOf(search(''))).toBe(422);
  });

  it('count what the reader may see', async () => {
    const { data } = await ctx.apiAs('public').GET('/api/figures');
    expect(data?.agreements).toBeGreaterThanOrEqual(7);
    expect(data?.countries).toBeGreaterThanOrEqual(7);
    expect(data?.networks).toBeGreaterThanOrEqual(1);
  });

  it('give the map one link per located pair of parties, with their coordinates', async () => {
    const anyone = ctx.apiAs('public');
    const data = await expectData(anyone.GET('/api/links'), 200);
    const smara = data.points.find((point) => point.name.fr === 'Commune de Smara');
    expect(smara).toBeDefined();
    expect(smara?.latitude).toBeCloseTo(26.74, 1);
    const fromSmara = data.links.filter((link) => link.from === smara?.id || link.to === smara?.id);
    expect(fromSmara.length).toBeGreaterThanOrEqual(7);
    const own = await anyone.GET('/api/links', { params: { query: { organization: smara!.id } } });
    expect(own.data?.links.length).toBe(fromSmara.length);
    const ids = new Set(data.points.map((point) => point.id));
    for (const link of data.links) {
      expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
      expect(link.from).not.toBe(link.to);
    }
  });

  it('name the agreements the map cannot draw, so that drawn and undrawn make up the registry', async () => {
    const anyone = ctx.apiAs('public');
    const data = await expectData(anyone.GET('/api/links'), 200);
    const figures = await expectData(anyone.GET('/api/figures'), 200);
    const drawn = new Set(data.links.map((link) => link.agreementId));
    expect(data.undrawn.total).toBeGreaterThan(0);
    expect(data.undrawn.agreements).toHaveLength(data.undrawn.total);
    expect(drawn.size + data.undrawn.total).toBe(figures.agreements);
    for (const agreement of data.undrawn.agreements) {
      expect(drawn.has(agreement.id)).toBe(false);
      expect(Object.values(agreement.title).join('')).not.toBe('');
    }
    // An organization without coordinates has nothing to draw: its agreements are named instead.
    const parties = await ctx.database.db
      .select({ id: agreementParties.organizationId })
      .from(agreementParties)
      .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
      .where(eq(agreements.visibility, 'public'));
    const located = new Set(data.points.map((point) => point.id));
    const organization = parties.find((party) => party.id !== null && !located.has(party.id))!.id!;
    const own = await expectData(anyone.GET('/api/links', { params: { query: { organization } } }), 200);
    expect(own.links.filter((link) => link.from === organization || link.to === organization)).toEqual([]);
    expect(own.undrawn.total).toBeGreaterThan(0);
  });

  it('give the links with an entity tag, answer 304 while they stay the same, and anew once a write changes them', async () => {
    const first = await ctx.request({ method: 'GET', url: '/api/links', as: 'public' });
    expect(first.statusCode).toBe(200);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^"[^"]+"$/);
    const again = await ctx.request({
      method: 'GET',
      url: '/api/links',
      as: 'public',
      headers: { 'if-none-match': tag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // The same answer, whether made again or given from what was kept.
    const repeated = await ctx.request({ method: 'GET', url: '/api/links', as: 'public' });
    expect(repeated.data).toEqual(first.data);
    // An agreement made restricted leaves the public's map at once.
    const { links } = first.data as { links: Array<{ agreementId: string }> };
    const hidden = links[0]!.agreementId;
    await ctx.database.db
      .update(agreements)
      .set({ visibility: 'restricted' })
      .where(eq(agreements.id, hidden));
    try {
      const after = await ctx.request({
        method: 'GET',
        url: '/api/links',
        as: 'public',
        headers: { 'if-none-match': tag },
      });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(tag);
      const afterLinks = (after.data as { links: Array<{ agreementId: string }> }).links;
      expect(afterLinks.map((link) => link.agreementId)).not.toContain(hidden);
      // The platform admin reads every agreement: their links are not the public's.
      const admin = await ctx.request({ method: 'GET', url: '/api/links' });
      expect(
        (admin.data as { links: Array<{ agreementId: string }> }).links.map((link) => link.agreementId),
      ).toContain(hidden);
    } finally {
      await ctx.database.db.update(agreements).set({ visibility: 'public' }).where(eq(agreements.id, hidden));
    }
  });
});
