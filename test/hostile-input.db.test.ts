import { connect } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { expectData, problemOf } from './helpers/api-client.ts';
import { setUpTestApp } from './helpers/app.ts';
import { createCity, MINIMAL_PDF, multipartBody } from './helpers/fixtures.ts';

const ctx = setUpTestApp();

// Script injection and SQL injection, in each of the three scripts the registry is written in.
const HOSTILE = {
  en: `<img src=x onerror=alert(1)>'); DROP TABLE agreements; --`,
  fr: `Ville "jumelée" <script>document.cookie</script> ' OR '1'='1`,
  ar: `بلدية <svg onload=alert('x')> '; DELETE FROM organizations WHERE ''='`,
};

describe('hostile text in free-text fields', () => {
  it('is stored verbatim, returned as JSON data, and harms nothing', async () => {
    const city = async (name: { en: string; fr?: string; ar?: string }) =>
      (
        await expectData(
          ctx.api.POST('/api/organizations', {
            body: { kind: 'local_authority', subkind: 'commune', name, countryCode: 'MA' },
          }),
          201,
        )
      ).id;
    const a = await city(HOSTILE);
    const b = await city({ en: 'Porto-Novo' });
    const person = await expectData(
      ctx.api.POST('/api/people', { body: { name: HOSTILE.ar, names: HOSTILE } }),
      201,
    );
    const agreement = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'twinning',
          title: HOSTILE,
          description: HOSTILE,
          parties: [{ organizationId: a }, { organizationId: b }],
        },
      }),
      201,
    );
    const event = await expectData(
      ctx.api.POST('/api/events', { body: { kind: 'signing_ceremony', title: HOSTILE } }),
      201,
    );
    const source = await expectData(
      ctx.api.POST('/api/sources', { body: { kind: 'press_article', title: HOSTILE.fr, language: 'fr' } }),
      201,
    );

    const anyone = ctx.apiAs('public');
    /** What a read shows of the text, after checking it comes as JSON data the browser will not sniff. */
    const shown = async <Data>(
      call: Promise<{ data?: Data; error?: unknown; response: Response }>,
      pick: (data: Data) => unknown,
    ) => {
      const { data, response } = await call;
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      return data === undefined ? undefined : pick(data);
    };
    const byId = (id: string) => ({ params: { path: { id } } });
    const organizationRead = anyone.GET('/api/organizations/{id}', byId(a));
    expect(await shown(organizationRead, (data) => data.name), 'organization').toEqual(HOSTILE);
    expect(
      await shown(anyone.GET('/api/people/{id}', byId(person.id)), (data) => data.names),
      'person',
    ).toEqual(HOSTILE);
    const agreementRead = () => anyone.GET('/api/agreements/{id}', byId(agreement.id));
    expect(await shown(agreementRead(), (data) => data.title), 'agreement title').toEqual(HOSTILE);
    expect(await shown(agreementRead(), (data) => data.description), 'agreement description').toEqual(
      HOSTILE,
    );
    expect(
      await shown(anyone.GET('/api/events/{id}', byId(event.id)), (data) => data.title),
      'event',
    ).toEqual(HOSTILE);
    const readSource = await anyone.GET('/api/sources/{id}', byId(source.id));
    expect(readSource.data?.title).toBe(HOSTILE.fr);
    const found = await expectData(
      anyone.GET('/api/agreements', { params: { query: { q: "' OR '1'='1" } } }),
      200,
    );
    expect(found.items.map((item) => item.id)).toEqual([agreement.id]);
    const all = await anyone.GET('/api/organizations', { params: { query: { limit: 100 } } });
    expect(all.data?.items.map((item) => item.id)).toEqual(expect.arrayContaining([a, b]));
  });
});

/** Asserts a refusal: a 4xx problem+json of this status, naming this field. */
function expectProblem(response: LightMyRequestResponse, status: number, field?: string) {
  expect(response.statusCode, response.body).toBe(status);
  const problem = problemOf(response);
  expect(problem.status).toBe(status);
  if (field !== undefined) expect(problem.field, response.body).toBe(field);
}

/** A commune recorded for the test, by its English name and country. */
const communeIn = async (name: string, countryCode: string) => (await createCity(ctx, name, countryCode)).id;

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('input no database can store', () => {
  it('refuses NUL bytes in any string, naming the field, signed in or not', async () => {
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'a\u0000@example.org', password: 'x' },
        as: 'public',
      }),
      400,
      '/email',
    );
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'someone@example.org', password: 'pass\u0000word' },
        as: 'public',
      }),
      400,
      '/password',
    );
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: 'a\u0000@example.org' },
        as: 'public',
      }),
      400,
      '/email',
    );
    expectProblem(
      await ctx.request({ method: 'GET', url: '/api/search?q=a%00b', as: 'public' }),
      400,
      '/querystring/q',
    );
    expectProblem(
      await ctx.request({ method: 'GET', url: '/api/agreements?q=%00', as: 'public' }),
      400,
      '/querystring/q',
    );
    expectProblem(
      await ctx.request({ method: 'GET', url: '/api/places?q=Tomb%00', as: 'public' }),
      400,
      '/querystring/q',
    );
  });

  it('refuses lone UTF-16 surrogates in localized text and free text', async () => {
    const a = await communeIn('Ségou', 'ML');
    const b = await communeIn('Angers', 'FR');
    const parties = [{ organizationId: a }, { organizationId: b }];
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: '/api/agreements',
        payload: { type: 'twinning', title: { fr: 'Jumelage \ud800' }, parties },
      }),
      400,
      '/title/fr',
    );
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: '/api/agreements',
        payload: { type: 'twinning', title: { fr: 'Jumelage' }, description: { en: '\udfff' }, parties },
      }),
      400,
      '/description/en',
    );
    const agreement = await expectData(
      ctx.api.POST('/api/agreements', { body: { type: 'twinning', title: { fr: 'Jumelage' }, parties } }),
      201,
    );
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: `/api/agreements/${agreement.id}/transitions`,
        payload: { to: 'negotiating', reason: 'start \ud83d' },
      }),
      400,
      '/reason',
    );
    // A key is a string too.
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: '/api/agreements',
        payload: { type: 'twinning', title: { 'f\u0000': 'x' }, parties },
      }),
      400,
      '/title/f\u0000',
    );
    // Well-formed surrogate pairs (emoji, rare CJK) are text like any other.
    await expectData(
      ctx.api.POST('/api/agreements', {
        body: { type: 'twinning', title: { fr: 'Jumelage 🤝 𠜎' }, parties },
      }),
      201,
    );
  });

  it('refuses crafted cursors on every list, naming the cursor', async () => {
    for (const url of ['/api/agreements', '/api/organizations', '/api/people', '/api/events']) {
      for (const key of [
        ['x', 'not-a-uuid'],
        ['not-a-uuid'],
        ['2020-13-45', '00000000-0000-4000-8000-000000000000'],
        ['0000-01-01', '00000000-0000-4000-8000-000000000000'],
        [1e300, 2],
        [1],
        [null],
        ['\u0000'],
        [{}, []],
      ]) {
        expectProblem(
          await ctx.request({ method: 'GET', url: `${url}?cursor=${cursorOf(key)}`, as: 'public' }),
          422,
          '/cursor',
        );
      }
      // 1e400 is not even a finite number once parsed.
      const huge = Buffer.from('[1e400,1e400]').toString('base64url');
      expectProblem(
        await ctx.request({ method: 'GET', url: `${url}?cursor=${huge}`, as: 'public' }),
        422,
        '/cursor',
      );
    }
  });

  it('refuses a population no place has', async () => {
    for (const population of [1e308, 2 ** 53, 1e10]) {
      expectProblem(
        await ctx.request({
          method: 'POST',
          url: '/api/places',
          payload: { name: 'Dakhla', countryCode: 'EH', population },
        }),
        422,
        '/population',
      );
    }
  });

  it('refuses a document form with too many fields as a problem naming the form', async () => {
    const a = await communeIn('Kayes', 'ML');
    const b = await communeIn('Évry', 'FR');
    const agreement = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'twinning',
          title: { fr: 'Kayes–Évry' },
          parties: [{ organizationId: a }, { organizationId: b }],
        },
      }),
      201,
    );
    const fields = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`field${i}`, 'x']));
    const form = multipartBody({ language: 'fr', ...fields }, { name: 'a.pdf', content: MINIMAL_PDF });
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: `/api/agreements/${agreement.id}/documents`,
        ...form,
      }),
      413,
      '/',
    );
    // The form's path is checked like any route's: an id that is no UUID names no agreement.
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: '/api/agreements/%2500/documents',
        ...multipartBody({ language: 'fr' }, { name: 'a.pdf', content: MINIMAL_PDF }),
      }),
      404,
      '/params/id',
    );
    const nul = multipartBody({ language: 'fr' }, { name: 'a\u0000.pdf', content: MINIMAL_PDF });
    const refused = await ctx.request({
      method: 'POST',
      url: `/api/agreements/${agreement.id}/documents`,
      ...nul,
    });
    expect(refused.statusCode, refused.body).toBeLessThan(500);
    expectProblem(refused, refused.statusCode);
  });
});

describe("the HTTP server's own refusals", () => {
  it('answers a bad path, a long URL and long headers with problem+json', async () => {
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.end(text));
        let answer = '';
        socket.setEncoding('latin1');
        socket.on('data', (chunk) => {
          answer += chunk;
        });
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    const check = (answer: string, status: number) => {
      const [head, body] = answer.split('\r\n\r\n');
      expect(head, answer).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(body!).status).toBe(status);
    };
    // An id longer than any route's parameter: the router refuses it (414) or finds no route (404).
    const long = await ctx.request({
      method: 'GET',
      url: `/api/agreements/${'a'.repeat(200)}`,
      as: 'public',
    });
    expect([404, 414]).toContain(long.statusCode);
    expectProblem(long, long.statusCode);
    check(await raw('GET /api/agreements/%FF HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 400);
    check(
      await raw(`GET /api/search?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
      414,
    );
    check(
      await raw(
        `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
      ),
      431,
    );
  });
});
