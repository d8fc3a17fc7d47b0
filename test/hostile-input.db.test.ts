import { describe, expect, it } from 'vitest';
import { setUpTestApp } from './helpers/app.ts';

const ctx = setUpTestApp();

// Script injection and SQL injection, in each of the three scripts the registry is written in.
const HOSTILE = {
  en: `<img src=x onerror=alert(1)>'); DROP TABLE agreements; --`,
  fr: `Ville "jumelée" <script>document.cookie</script> ' OR '1'='1`,
  ar: `بلدية <svg onload=alert('x')> '; DELETE FROM organizations WHERE ''='`,
};

describe('hostile text in free-text fields', () => {
  it('is stored verbatim, returned as JSON data, and harms nothing', async () => {
    const city = async (name: typeof HOSTILE) => {
      const response = await ctx.request({
        method: 'POST',
        url: '/api/organizations',
        payload: { kind: 'local_authority', subkind: 'commune', name, countryCode: 'MA' },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.data.id as string;
    };
    const a = await city(HOSTILE);
    const b = await city({ en: 'Porto-Novo' } as typeof HOSTILE);
    const person = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: HOSTILE.ar, names: HOSTILE },
    });
    expect(person.statusCode, person.body).toBe(201);
    const agreement = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: HOSTILE,
        description: HOSTILE,
        parties: [{ organizationId: a }, { organizationId: b }],
      },
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const event = await ctx.request({
      method: 'POST',
      url: '/api/events',
      payload: { kind: 'signing_ceremony', title: HOSTILE },
    });
    expect(event.statusCode, event.body).toBe(201);
    const source = await ctx.request({
      method: 'POST',
      url: '/api/sources',
      payload: { kind: 'press_article', title: HOSTILE.fr, language: 'fr' },
    });
    expect(source.statusCode, source.body).toBe(201);

    for (const [url, read] of [
      [`/api/organizations/${a}`, (data: any) => data.name],
      [`/api/people/${person.data.id}`, (data: any) => data.names],
      [`/api/agreements/${agreement.data.id}`, (data: any) => data.title],
      [`/api/agreements/${agreement.data.id}`, (data: any) => data.description],
      [`/api/events/${event.data.id}`, (data: any) => data.title],
    ] as const) {
      const response = await ctx.request({ method: 'GET', url, as: 'public' });
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(read(response.data), url).toEqual(HOSTILE);
    }
    const readSource = await ctx.request({
      method: 'GET',
      url: `/api/sources/${source.data.id}`,
      as: 'public',
    });
    expect(readSource.data.title).toBe(HOSTILE.fr);
    const found = await ctx.request({
      method: 'GET',
      url: `/api/agreements?q=${encodeURIComponent("' OR '1'='1")}`,
      as: 'public',
    });
    expect(found.statusCode).toBe(200);
    expect(found.data.items.map((item: { id: string }) => item.id)).toEqual([agreement.data.id]);
    const all = await ctx.request({ method: 'GET', url: '/api/organizations?limit=100', as: 'public' });
    expect(all.data.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([a, b]));
  });
});
