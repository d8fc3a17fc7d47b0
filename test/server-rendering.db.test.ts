import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVER_RENDERER } from '../src/http/web-app.ts';
import { expectData } from './helpers/api-client.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { createCity } from './helpers/fixtures.ts';

// The pages rendered on the server (web/src/entry-server.tsx) come from the build, which `npm test`
// makes first.
const built = existsSync(SERVER_RENDERER);
const ctx = setUpTestApp();
const ids = {} as Record<'smara' | 'ivry' | 'open' | 'hidden', string>;
let officer: As;
const HOSTILE = 'Pacte </script><script>alert(1)</script> <!-- ﻿';

beforeAll(async () => {
  ids.smara = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.smara }]);
  const record = async (title: string, visibility: 'public' | 'restricted') =>
    (
      await expectData(
        ctx.apiAs(officer).POST('/api/agreements', {
          body: {
            type: 'twinning',
            title: { fr: title },
            parties: [{ organizationId: ids.smara }, { organizationId: ids.ivry }],
            visibility,
          },
        }),
        201,
      )
    ).id;
  ids.open = await record(HOSTILE, 'public');
  ids.hidden = await record('Protocole confidentiel de Smara', 'restricted');
});

/** The answers the page carries for the browser, as the browser reads them. */
function preloadedAnswers(html: string): Record<string, { data?: unknown; problem?: { status: number } }> {
  const json = /<script type="application\/json" id="preloaded-answers">([^<]*)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('the page carries no preloaded answers');
  return JSON.parse(json);
}

describe.skipIf(!built)('pages rendered on the server', () => {
  it('hold their content, in the reader’s language, with the answers they were rendered from', async () => {
    const page = await ctx.request({
      url: `/agreements/${ids.open}`,
      as: 'public',
      headers: { cookie: 'jumelage_lang=fr' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root" data-server-rendered>');
    expect(page.body).toMatch(/<h1[^>]*>(<bdi[^>]*>)?Pacte &lt;\/script&gt;/);
    expect(page.body).toContain('Ivry-sur-Seine');
    const answers = preloadedAnswers(page.body);
    const api = await ctx.request({ url: `/api/agreements/${ids.open}`, as: 'public' });
    expect(answers[`agreement/${ids.open}/`]?.data).toEqual(api.data);
  });

  it('never let a record’s text close the answers’ element or run as a script', async () => {
    const page = await ctx.request({ url: `/agreements/${ids.open}`, as: 'public' });
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body.match(/<script/g)?.length).toBe(2); // the answers and the application's entry
    expect(JSON.stringify(preloadedAnswers(page.body))).toContain(HOSTILE.replace(/[\u2028\u2029]/g, ''));
  });

  it('show a reader only what the API shows them: a restricted agreement is not in the public’s page', async () => {
    const anonymous = await ctx.request({ url: `/agreements/${ids.hidden}`, as: 'public' });
    expect(anonymous.body).not.toContain('Protocole confidentiel');
    expect(preloadedAnswers(anonymous.body)[`agreement/${ids.hidden}/`]?.problem?.status).toBe(404);
    // Which, to the public, is no record at all: the page says so, with the status that says so.
    expect(anonymous.statusCode).toBe(404);
    const list = await ctx.request({ url: '/agreements', as: 'public' });
    expect(list.body).toContain('Pacte &lt;/script&gt;');
    expect(list.body).not.toContain('Protocole confidentiel');
    const officers = await ctx.request({ url: `/agreements/${ids.hidden}`, as: officer });
    expect(officers.statusCode).toBe(200);
    expect(officers.body).toContain('Protocole confidentiel de Smara');
    expect(officers.headers['cache-control']).toBe('private, no-store');
  });

  it('answer 404 for a record page whose record does not exist, its page saying what is missing', async () => {
    const missing = '0b6f3c1e-8a57-4a36-9d3e-2f1b7c9e4d21';
    for (const url of [
      `/agreements/${missing}`,
      `/organizations/${missing}`,
      `/networks/${missing}`,
      `/people/${missing}`,
      `/events/${missing}`,
    ]) {
      const page = await ctx.request({ url, as: 'public', headers: { 'accept-language': 'en' } });
      expect(page.statusCode, url).toBe(404);
      expect(page.body, url).toContain('data-server-rendered');
    }
    expect((await ctx.request({ url: `/organizations/${ids.smara}`, as: 'public' })).statusCode).toBe(200);
  });

  it('answer in the reader’s language and direction, and leave the workspace and the forms to sign in or join to the browser', async () => {
    const arabic = await ctx.request({
      url: '/agreements',
      as: 'public',
      headers: { 'accept-language': 'ar' },
    });
    expect(arabic.body).toContain('<html lang="ar" dir="rtl"');
    expect(arabic.body).toContain('الاتفاقيات');
    for (const url of ['/workspace', '/sign-in', '/sign-up?token=x']) {
      // A form is never sent before its script is there (a password would go into an address).
      const page = await ctx.request({ url, as: officer });
      expect(page.body, url).not.toContain('data-server-rendered');
      expect(page.body, url).toContain('<div id="root">');
    }
  });

  it('are sent compressed to a browser that accepts it', async () => {
    const page = await ctx.request({
      url: '/agreements',
      as: 'public',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(page.headers['content-encoding']).toBe('br');
    expect(String(page.headers.vary)).toMatch(/accept-encoding/i);
  });
});
