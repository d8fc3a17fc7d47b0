import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/accounts.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { importAgreementsFile } from '../../src/imports/agreements-import.ts';
import { importPlaces } from '../../src/places/import.ts';
import { enrolTwoFactor } from '../helpers/app.ts';
import { accessibilityViolations, PASSWORD, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

// A platform admin opens the names a twinning list left for review, from the workspace's home,
// picks the right place among the candidates and confirms; the pairs waiting on the name appear
// among the agreements. Once in English, once in Arabic (right to left, Latin names isolated).

const harness = setUpBrowserTests();
const FILE = fileURLToPath(new URL('../fixtures/twinnings-to-review.csv', import.meta.url));
let adminCookie = '';
/** The cookies signing in sets: the session, and the hint that tells the pages to ask who is signed in. */
let cookies: Array<{ name: string; value: string }> = [];

beforeAll(async () => {
  await importPlaces(harness.database, { countries: ['SL'] });
  await importAgreementsFile(harness.database.db, FILE, {
    source: {
      url: 'https://example.org/twinnings-sierra-leone',
      title: 'Twinnings of Sierra Leone',
      language: 'en',
    },
  });
  const email = 'reviewing.admin@e2e.example';
  await inTransaction(harness.database.db, (tx) =>
    createUser(
      tx,
      { actor: 'test' },
      { email, displayName: 'Admin', password: PASSWORD, isPlatformAdmin: true },
    ),
  );
  const signedIn = await harness.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: PASSWORD },
  });
  cookies = [signedIn.headers['set-cookie'] ?? []].flat().map((header) => {
    const [name, value] = String(header).split(';')[0]!.split('=') as [string, string];
    return { name, value };
  });
  adminCookie = cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  // Admin rights hold only with two-factor sign-in on.
  await enrolTwoFactor(harness.app, adminCookie, PASSWORD);
});

async function signIn(page: Page) {
  await page.context().addCookies(cookies.map((cookie) => ({ ...cookie, url: harness.baseUrl })));
}

const TEXTS = {
  en: {
    home: /^Names to review \(\d+\)$/,
    confirm: 'Confirm this place',
    saved: (name: string) => new RegExp(`${name}.* is settled\\. 1 agreement recorded`),
  },
  ar: {
    home: /^أسماء للمراجعة \(\d+\)$/,
    confirm: 'تأكيد هذا المكان',
    saved: (name: string) => new RegExp(`تم البتّ في .*${name}.*سُجّلت`),
  },
} as const;

describe('the names an import left for review', () => {
  it.each([
    ['en', 'Giehun', 'Kenema', 'ltr'],
    ['ar', 'Gandorhun', 'Bo', 'rtl'],
  ] as const)(
    'picks a candidate and sees the pair recorded (%s)',
    async (language, name, partner, direction) => {
      const texts = TEXTS[language];
      const { context, page } = await harness.visitor(language, { bypassCSP: true });
      await signIn(page);
      await page.goto('/workspace');
      await page.getByRole('link', { name: texts.home }).click();
      await page.waitForURL('**/workspace/import-reviews');
      expect(await page.locator('html').getAttribute('dir')).toBe(direction);

      const card = page.locator('li[data-review]', { has: page.getByRole('heading', { name, exact: true }) });
      await card.waitFor({ timeout: 30_000 });
      // The name as the file wrote it, isolated; the pair waiting on it; the candidates with their reasons.
      expect(await card.locator('h2 bdi').textContent()).toBe(name);
      await card.getByText(partner, { exact: true }).first().waitFor();
      const radios = card.getByRole('radio');
      expect(await radios.count()).toBe(3); // two places of that name, and "create a new place"
      await card.locator('[data-match="exact"]').first().waitFor();
      await page.screenshot({
        path: new URL(`import-reviews-${language}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });

      expect(await accessibilityViolations(page)).toEqual([]);

      await radios.first().check();
      await card.getByRole('button', { name: texts.confirm }).click();
      await page
        .getByRole('status')
        .filter({ hasText: texts.saved(name) })
        .waitFor();
      // The name is settled: it leaves the open list.
      await expect.poll(() => page.getByRole('heading', { name, exact: true }).count()).toBe(0);

      await page.goto(`/agreements?q=${encodeURIComponent(name)}`);
      await page
        .getByRole('link', { name: new RegExp(`${name}.*${partner}|${partner}.*${name}`) })
        .first()
        .waitFor({ timeout: 30_000 });
      await context.close();
    },
  );
});
