import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../src/http/app.ts';
import { setUpTestApp } from './helpers/app.ts';

const ctx = setUpTestApp();
let app: App;
const BIG_SCRIPT = `export const names = ${JSON.stringify(Array.from({ length: 2000 }, (_, n) => `ville ${n} مدينة`))};`;

beforeAll(async () => {
  // A stand-in for the built application: the server's part is the same whatever the bundle holds.
  const root = mkdtempSync(join(tmpdir(), 'jumelage-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en" dir="ltr"><head><meta name="description" content="x" /></head>' +
      '<body><noscript>x</noscript><script type="module" src="/assets/app.js"></script></body></html>',
  );
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  for (const language of ['ar', 'fr', 'en'])
    writeFileSync(join(root, 'assets', `messages-${language}-Ab1_c.js`), 'export default {};');
  // The build writes brotli and gzip copies beside each large file (web/vite.config.ts).
  writeFileSync(join(root, 'assets', 'big.js'), BIG_SCRIPT);
  writeFileSync(join(root, 'assets', 'big.js.br'), brotliCompressSync(BIG_SCRIPT));
  writeFileSync(join(root, 'assets', 'big.js.gz'), gzipSync(BIG_SCRIPT));
  app = await buildApp({ database: ctx.database, webRoot: root });
});
afterAll(() => app?.close());

describe('the web application’s pages', () => {
  it('are written for the reader: language and direction, description and no-script text', async () => {
    const arabic = await app.inject({ url: '/agreements', headers: { 'accept-language': 'ar,fr;q=0.8' } });
    expect(arabic.statusCode).toBe(200);
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.body).toContain('<noscript>يحتاج Jumelage إلى JavaScript');
    const chosen = await app.inject({
      url: '/',
      headers: { 'accept-language': 'ar', cookie: 'jumelage_lang=fr' },
    });
    expect(chosen.body).toContain('<html lang="fr" dir="ltr">');
    expect(chosen.body).toContain('le registre des jumelages');
  });

  it("fetch the reader's messages with the page, and no other language's", async () => {
    const arabic = await app.inject({ url: '/agreements', headers: { 'accept-language': 'ar' } });
    expect(arabic.body).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/messages-ar-Ab1_c.js">',
    );
    expect(arabic.body).not.toContain('messages-fr-');
    expect(arabic.body).not.toContain('messages-en-');
    const french = await app.inject({ url: '/', headers: { cookie: 'jumelage_lang=fr' } });
    expect(french.body).toContain('/assets/messages-fr-Ab1_c.js');
    expect(french.body).not.toContain('messages-ar-');
  });

  it('carry their own strict policy, and are never cached; built files are, for a year', async () => {
    const page = await app.inject({ url: '/organizations/whatever' });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answer an address where no page is with the page (it says what is missing) and 404', async () => {
    for (const url of ['/nowhere', '/agreements/42', '/organizations/whatever?x=1']) {
      const response = await app.inject({ url, headers: { 'accept-language': 'fr' } });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<html lang="fr" dir="ltr">');
    }
    for (const url of [
      '/',
      '/agreements?status=signed',
      '/agreements/0b6f3c1e-8a57-4a36-9d3e-2f1b7c9e4d21',
      '/workspace/agreements',
    ]) {
      expect((await app.inject({ url })).statusCode, url).toBe(200);
    }
  });

  it('leave unknown API addresses to the API: a problem, not a page', async () => {
    const response = await app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('the web application’s files', () => {
  it('come compressed to browsers that accept it, brotli first, and as they are to others', async () => {
    const brotli = await app.inject({
      url: '/assets/big.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(BIG_SCRIPT);
    expect(brotli.rawPayload.length).toBeLessThan(BIG_SCRIPT.length / 3);

    const gzip = await app.inject({ url: '/assets/big.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(BIG_SCRIPT);

    const plain = await app.inject({ url: '/assets/big.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG_SCRIPT);
  });
});
