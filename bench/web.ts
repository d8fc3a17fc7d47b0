/**
 * Web benchmarks (not tests): Lighthouse (Debian's Chromium) on the portal's home, agreements list
 * and agreement page, on an emulated phone (Lighthouse's mobile profile, with its throttling) and on
 * a desktop, the size of the JavaScript a first visit downloads, and the map's speed with
 * 20,000 made-up links and with the real twinning lists' links (from the database
 * `BENCH_ONLY=size npm run bench` keeps, when it is there). Prints a table and a few lines.
 *
 *   npm run bench:web        builds the app first; CHROME_PATH overrides /usr/bin/chromium
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { ANONYMOUS } from '../src/accounts/visibility.ts';
import { openDatabase } from '../src/db/client.ts';
import { loadDemo } from '../src/demo/load.ts';
import { buildApp } from '../src/http/app.ts';
import { WEB_ROOT } from '../src/http/web-app.ts';
import { agreementLinksAnswer } from '../src/portal/links.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
/** On the emulated phone: Lighthouse's performance score, and the first content in 2.5 s at most. */
const PHONE_BUDGET = { performance: 90, fcpMs: 2500 } as const;
const INITIAL_JS_BUDGET_KB = 200;

/**
 * The JavaScript every first visit downloads: the page's entry, the application it starts once the
 * page is painted (its one dynamic import), and everything those import, followed through the
 * built files.
 */
function initialJavaScript(): { files: number; rawKb: number; gzipKb: number } {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const visit = (file: string, followDynamic: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(WEB_ROOT, 'assets', file), 'utf8');
    const imports = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((match) => match[1]!);
    const dynamic = followDynamic
      ? [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1]!)
      : [];
    for (const next of [...imports, ...dynamic]) visit(next, false);
  };
  for (const entry of entries) visit(entry, true);
  let raw = 0;
  let gzip = 0;
  for (const file of seen) {
    const content = readFileSync(join(WEB_ROOT, 'assets', file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: seen.size, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

const database = await openDatabase({ memory: true });
await database.migrate();
await loadDemo(database);
const app = await buildApp({ database });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const someAgreement = (await app.inject({ url: '/api/agreements?limit=1' })).json().items[0].id as string;

const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
  ],
});

/**
 * One Lighthouse run. The phone profile is Lighthouse's own default: an emulated mid-range phone,
 * its CPU slowed four times and its network simulated at 1.6 Mb/s with 150 ms of latency, as a
 * reader on a phone meets the portal. The desktop profile is a secretariat's office: no throttling
 * on localhost.
 */
const audit = (path: string, profile: 'phone' | 'desktop') =>
  lighthouse(
    `${base}${path}`,
    profile === 'phone'
      ? { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }
      : {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(BUDGETS),
          formFactor: 'desktop',
          screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
          throttlingMethod: 'provided',
        },
  );

/** A run that Lighthouse could not finish (a busy machine, a trace without its navigation) is tried again, three times in all. */
async function auditTwice(path: string, profile: 'phone' | 'desktop') {
  let result = await audit(path, profile);
  for (let attempt = 1; attempt < 3 && result?.lhr.runtimeError; attempt++)
    result = await audit(path, profile);
  return result;
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);
const rows: Array<Record<string, string>> = [];
let failed = false;
try {
  for (const [name, path] of [
    ['home', '/'],
    ['agreements list', '/agreements'],
    ['agreement page', `/agreements/${someAgreement}`],
  ] as const) {
    const row: Record<string, string> = { page: name };
    // A server in use has rendered pages before: the first render of each kind of page (code
    // compiled on first use) is not what a reader meets.
    for (let warm = 0; warm < 3; warm++) await (await fetch(`${base}${path}`)).text();
    const phone = await auditTwice(path, 'phone');
    if (phone?.lhr.runtimeError) row.error = phone.lhr.runtimeError.code;
    const phoneScore = score(phone?.lhr.categories.performance?.score);
    row['phone performance'] =
      phoneScore < PHONE_BUDGET.performance
        ? `${phoneScore} (below ${PHONE_BUDGET.performance})`
        : String(phoneScore);
    if (phoneScore < PHONE_BUDGET.performance) failed = true;
    const fcp = phone?.lhr.audits['first-contentful-paint']?.numericValue ?? Number.POSITIVE_INFINITY;
    row['phone FCP'] =
      `${(fcp / 1000).toFixed(1)} s` +
      (fcp > PHONE_BUDGET.fcpMs ? ` (over ${PHONE_BUDGET.fcpMs / 1000} s)` : '');
    if (fcp > PHONE_BUDGET.fcpMs) failed = true;
    row['phone LCP'] = phone?.lhr.audits['largest-contentful-paint']?.displayValue ?? '';
    row['phone TBT'] = phone?.lhr.audits['total-blocking-time']?.displayValue ?? '';
    row['phone CLS'] = phone?.lhr.audits['cumulative-layout-shift']?.displayValue ?? '';
    const desktop = await auditTwice(path, 'desktop');
    if (desktop?.lhr.runtimeError) row.error = desktop.lhr.runtimeError.code;
    for (const [category, budget] of Object.entries(BUDGETS)) {
      const value = score(desktop?.lhr.categories[category]?.score);
      const label = category === 'performance' ? 'desktop performance' : category;
      row[label] = value < budget ? `${value} (below ${budget})` : String(value);
      if (value < budget) failed = true;
    }
    const audits = desktop?.lhr.audits;
    row['desktop LCP'] = audits?.['largest-contentful-paint']?.displayValue ?? '';
    row.TBT = audits?.['total-blocking-time']?.displayValue ?? '';
    row.CLS = audits?.['cumulative-layout-shift']?.displayValue ?? '';
    rows.push(row);
  }
} finally {
  await chrome.kill();
}

/**
 * The map with 20,000 links: time to the first drawing once the data is in, and the time each
 * pan or zoom takes to show (the answer of /api/links is replaced by synthetic links).
 */
async function mapFigures(answer: MapAnswer) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
    await page.route('**/api/links*', (route) => route.fulfill({ json: answer }));
    const started = Date.now();
    await page.goto(`${base}/map`);
    // Drawn once the canvas counts what it shows (at this scale it may show countries' bundles).
    await page.waitForFunction(
      () => Number(document.querySelector('canvas')?.getAttribute('data-links')) > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const firstDraw = Date.now() - started;
    await page.locator('canvas').focus();
    const frames = 30;
    const frameMs = await page.evaluate(async (count) => {
      const canvas = document.querySelector('canvas')!;
      const keys = ['+', 'ArrowLeft', 'ArrowUp', '-', 'ArrowRight', 'ArrowDown'];
      const begin = performance.now();
      for (let index = 0; index < count; index++) {
        canvas.dispatchEvent(new KeyboardEvent('keydown', { key: keys[index % keys.length], bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      return (performance.now() - begin) / count;
    }, frames);
    return { firstDraw, frameMs, links: answer.links.length };
  } finally {
    await browser.close();
  }
}

interface MapAnswer {
  points: unknown[];
  links: unknown[];
  undrawn: { total: number; agreements: unknown[] };
}

/** Links between 4,000 made-up places. */
function syntheticLinks(linkCount: number): MapAnswer {
  const points = Array.from({ length: 4000 }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    name: { en: `Place ${index}` },
    countryCode: null,
    longitude: ((index * 137.508) % 360) - 180,
    latitude: ((index * 61.803) % 140) - 70,
  }));
  const statuses = ['signed', 'in_force', 'proposed', 'negotiating', 'ended'];
  const links = Array.from({ length: linkCount }, (_, index) => ({
    agreementId: `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    status: statuses[index % statuses.length],
    type: 'twinning',
    from: points[index % points.length]!.id,
    to: points[(index * 7919 + 13) % points.length]!.id,
  }));
  return { points, links, undrawn: { total: 0, agreements: [] } };
}

/**
 * The real twinning lists' links, as the API answers the public, from the registry-size bench's
 * database of 26k agreements (bench/registry-size.ts keeps it): none when it was never made.
 */
async function realLinks(): Promise<MapAnswer | null> {
  const folder = join(
    process.env.BENCH_SIZE_DIR ?? join(import.meta.dirname, '../data/bench-size'),
    'pglite-26k',
  );
  if (!existsSync(`${folder}.ready`)) return null;
  const handle = await openDatabase({ dataDir: folder });
  try {
    return JSON.parse((await agreementLinksAnswer(handle.db, ANONYMOUS, {})).body) as MapAnswer;
  } finally {
    await handle.close();
  }
}

let map: Awaited<ReturnType<typeof mapFigures>> | null = null;
let realMap: Awaited<ReturnType<typeof mapFigures>> | null = null;
try {
  map = await mapFigures(syntheticLinks(20_000));
  const real = await realLinks();
  if (real) realMap = await mapFigures(real);
} finally {
  await app.close();
  await database.close();
}
console.table(rows);
const js = initialJavaScript();
console.log(
  `JavaScript of a first visit (entry, application, their imports): ${js.files} files, ${js.rawKb.toFixed(1)} KB, ${js.gzipKb.toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB)`,
);
if (js.gzipKb > INITIAL_JS_BUDGET_KB) failed = true;
if (map) {
  console.log(
    `Map with 20,000 links: page to first drawing ${map.firstDraw} ms; each pan or zoom shown in ${map.frameMs.toFixed(1)} ms ` +
      `(two animation frames per step, ${(1000 / (map.frameMs / 2)).toFixed(0)} frames per second)`,
  );
}
if (realMap) {
  console.log(
    `Map with the real twinning lists (${realMap.links} links of 26k agreements, BENCH_ONLY=size's database): ` +
      `page to first drawing ${realMap.firstDraw} ms; each pan or zoom shown in ${realMap.frameMs.toFixed(1)} ms`,
  );
} else {
  console.log('Map with the real twinning lists: not measured (run `BENCH_ONLY=size npm run bench` first).');
}
if (failed) console.log('Some figures are below their targets.');
