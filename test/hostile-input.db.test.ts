import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { setUpTestApp } from './helpers/app.ts';
import { MINIMAL_PDF, multipartBody } from './helpers/fixtures.ts';

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

/** Asserts a refusal: a 4xx problem+json of this status, naming this field. */
function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string; data?: any },
  status: number,
  field?: string,
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.data ?? JSON.parse(response.body);
  expect(body.status).toBe(status);
  if (field !== undefined) expect(body.field, response.body).toBe(field);
}

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
    const a = (
      await ctx.request({
        method: 'POST',
        url: '/api/organizations',
        payload: { kind: 'local_authority', subkind: 'commune', name: { en: 'Ségou' }, countryCode: 'ML' },
      })
    ).data.id;
    const b = (
      await ctx.request({
        method: 'POST',
        url: '/api/organizations',
        payload: { kind: 'local_authority', subkind: 'commune', name: { en: 'Angers' }, countryCode: 'FR' },
      })
    ).data.id;
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
    const agreement = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: { type: 'twinning', title: { fr: 'Jumelage' }, parties },
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: `/api/agreements/${agreement.data.id}/transitions`,
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
    const emoji = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: { type: 'twinning', title: { fr: 'Jumelage 🤝 𠜎' }, parties },
    });
    expect(emoji.statusCode, emoji.body).toBe(201);
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
    const a = await ctx.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'local_authority', subkind: 'commune', name: { en: 'Kayes' }, countryCode: 'ML' },
    });
    const b = await ctx.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'local_authority', subkind: 'commune', name: { en: 'Évry' }, countryCode: 'FR' },
    });
    const agreement = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: { fr: 'Kayes–Évry' },
        parties: [{ organizationId: a.data.id }, { organizationId: b.data.id }],
      },
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const fields = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`field${i}`, 'x']));
    const form = multipartBody({ language: 'fr', ...fields }, { name: 'a.pdf', content: MINIMAL_PDF });
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: `/api/agreements/${agreement.data.id}/documents`,
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
      url: `/api/agreements/${agreement.data.id}/documents`,
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
