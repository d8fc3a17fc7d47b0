import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/accounts.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { importPlaces } from '../../src/places/import.ts';
import { SIGNED_IN_HINT_COOKIE } from '../../src/shared/cookies.ts';
import { enrolTwoFactor } from '../helpers/app.ts';
import { accessibilityViolations, PASSWORD, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

// A platform admin imports ten rows of Wikipedia's lists of twin towns from the workspace: chooses
// the file, sees the columns recognized, previews, imports, follows the progress to the report and
// its way to the review list. In French first (the agreements are made), then in Arabic (right to
// left: the same file again finds them all recorded already).

const harness = setUpBrowserTests({ jobWorker: true });
const FILE = fileURLToPath(new URL('../fixtures/twinnings-sample.csv', import.meta.url));
let adminCookie = '';

beforeAll(async () => {
  await importPlaces(harness.database, { countries: ['LU', 'MT', 'SI'] });
  const email = 'importing.admin@e2e.example';
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
  adminCookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
  // Admin rights hold only with two-factor sign-in on.
  await enrolTwoFactor(harness.app, adminCookie, PASSWORD);
});

const TEXTS = {
  fr: {
    home: 'Importer des accords',
    read: 'Lire le fichier',
    city1: 'Premier lieu',
    preview: 'Prévisualiser',
    apply: 'Importer',
    outcome: 'Nouvel accord',
    previewed: 'Accords : 8 seraient créés, 0 déjà enregistrés.',
    imported: 'Accords : 8 créés, 0 déjà enregistrés.',
    review: 'Vérifier le nom laissé à vérifier',
  },
  ar: {
    home: 'استيراد اتفاقيات',
    read: 'اقرأ الملف',
    city1: 'المكان الأول',
    preview: 'معاينة',
    apply: 'استيراد',
    outcome: 'مسجلة من قبل',
    previewed: 'الاتفاقيات: ستُنشأ 0، و8 مسجلة من قبل.',
    imported: 'الاتفاقيات: أُنشئت 0، و8 مسجلة من قبل.',
    review: 'راجع الاسم المتروك للمراجعة',
  },
} as const;

describe('importing a list of twinnings from the workspace', () => {
  it.each([
    ['fr', 'ltr'],
    ['ar', 'rtl'],
  ] as const)('maps, previews, imports and reports (%s)', async (language, direction) => {
    const texts = TEXTS[language];
    const { context, page } = await harness.visitor(language, { bypassCSP: true });
    const [name, value] = adminCookie.split('=') as [string, string];
    // The session, and the hint that tells the application to ask who is signed in.
    await context.addCookies([
      { name, value, url: harness.baseUrl },
      { name: SIGNED_IN_HINT_COOKIE, value: '1', url: harness.baseUrl },
    ]);
    await page.goto('/workspace');
    await page.getByRole('link', { name: texts.home }).click();
    await page.waitForURL('**/workspace/import');
    expect(await page.locator('html').getAttribute('dir')).toBe(direction);

    await page.locator('input[type="file"]').setInputFiles(FILE);
    await page.getByRole('button', { name: texts.read }).click();
    // The columns named city1, country1… are chosen already; the first rows show as read.
    const city1 = page.getByRole('combobox', { name: texts.city1 });
    await city1.waitFor();
    expect(await city1.inputValue()).toBe('city1');
    await page.getByRole('cell', { name: 'Niederanven' }).first().waitFor();
    // Choosing another column and back: the mapping is the reader's to change.
    await city1.selectOption('city2');
    await city1.selectOption('city1');

    await page.getByRole('button', { name: texts.preview }).click();
    const preview = page.locator('[data-report="preview"]');
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.textContent()).toContain(texts.previewed);
    await expect.poll(() => page.locator('tr[data-outcome]').count()).toBe(5);
    expect(await page.locator('tr[data-outcome]').first().textContent()).toContain(texts.outcome);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: new URL(`agreements-import-preview-${language}.png`, SCREENSHOTS).pathname,
      fullPage: true,
    });

    await page.getByRole('button', { name: texts.apply, exact: true }).click();
    // The progress bar follows the job to its end, then the report and the way to the review list.
    await page.locator('[data-job-status="succeeded"]').last().waitFor({ timeout: 60_000 });
    const report = page.locator('[data-report="import"]');
    await report.waitFor();
    expect(await report.textContent()).toContain(texts.imported);
    const link = page.getByRole('link', { name: texts.review });
    expect(await link.getAttribute('href')).toBe('/workspace/import-reviews');
    await page.screenshot({
      path: new URL(`agreements-import-done-${language}.png`, SCREENSHOTS).pathname,
      fullPage: true,
    });
    await context.close();
  });
});
