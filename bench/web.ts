/**
 * Web benchmarks (not tests): Lighthouse (Debian's Chromium) on the portal's home, agreements list
 * and agreement page, and the size of the JavaScript a first visit downloads. Prints one table.
 *
 *   npm run bench:web        builds the app first; CHROME_PATH overrides /usr/bin/chromium
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { openDatabase } from '../src/db/client.ts';
import { loadDemo } from '../src/demo/load.ts';
import { buildApp } from '../src/http/app.ts';
import { WEB_ROOT } from '../src/http/web-app.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
const INITIAL_JS_BUDGET_KB = 200;

/** The JavaScript the page's HTML loads before anything else: its entry and module preloads. */
function initialJavaScript(): { files: number; rawKb: number; gzipKb: number } {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(WEB_ROOT, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, rawKb: raw / 1024, gzipKb: gzip / 1024 };
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
const rows: Array<Record<string, string>> = [];
let failed = false;
try {
  for (const [name, path] of [
    ['home', '/'],
    ['agreements list', '/agreements'],
    ['agreement page', `/agreements/${someAgreement}`],
  ] as const) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGETS),
      // Desktop form factor, as a secretariat's office uses it; no network throttling on localhost.
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'provided',
    });
    const categories = result!.lhr.categories;
    const row: Record<string, string> = { page: name };
    for (const [category, budget] of Object.entries(BUDGETS)) {
      const score = Math.round((categories[category]?.score ?? 0) * 100);
      row[category] = score < budget ? `${score} (below ${budget})` : String(score);
      if (score < budget) failed = true;
    }
    const audits = result!.lhr.audits;
    row.LCP = audits['largest-contentful-paint']?.displayValue ?? '';
    row.TBT = audits['total-blocking-time']?.displayValue ?? '';
    row.CLS = audits['cumulative-layout-shift']?.displayValue ?? '';
    rows.push(row);
  }
} finally {
  await chrome.kill();
  await app.close();
  await database.close();
}
console.table(rows);
const js = initialJavaScript();
console.log(
  `Initial JavaScript of the portal: ${js.files} files, ${js.rawKb.toFixed(1)} KB, ${js.gzipKb.toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB)`,
);
if (js.gzipKb > INITIAL_JS_BUDGET_KB) failed = true;
if (failed) console.log('Some figures are below their targets.');
