import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAgreement } from '../../src/agreements/recording.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { createOrganization } from '../../src/organizations/organizations.ts';
import type { ActingAs } from '../../src/shared/actor.ts';
import { PASSWORD, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

// "Find partners like us" lists, for a city, the authorities its partners also twin with, each with
// its reasons in the reader's language and direction; on the partner-request board an officer
// publishes what the city seeks, an officer of another city answers, and the first reads the answer.

const harness = setUpBrowserTests();
const SYSTEM: ActingAs = { actor: 'test' };
const ids = {} as Record<'dakhla' | 'saintLouis' | 'dakar', string>;

beforeAll(async () => {
  await inTransaction(harness.database.db, async (tx) => {
    const city = async (fr: string, ar: string, countryCode: string) =>
      (
        await createOrganization(tx, SYSTEM, {
          kind: 'local_authority',
          name: { fr, ar, en: fr },
          countryCode,
        })
      ).id;
    ids.dakhla = await city('Dakhla', 'الداخلة', 'MA');
    ids.saintLouis = await city('Saint-Louis', 'سان لويس', 'SN');
    ids.dakar = await city('Dakar', 'داكار', 'SN');
    for (const other of [ids.dakhla, ids.saintLouis]) {
      await createAgreement(tx, SYSTEM, {
        type: 'twinning',
        title: { fr: 'Jumelage' },
        themes: ['tourism'],
        parties: [{ organizationId: other }, { organizationId: ids.dakar }],
      });
    }
  });
});

/** Signs the page's browser in through the API (the sign-in page has its own tests). */
async function signIn(page: Page, email: string) {
  const response = await harness.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: PASSWORD },
  });
  const cookies = [response.headers['set-cookie'] ?? []].flat().map((header) => {
    const [name, value] = String(header).split(';')[0]!.split('=') as [string, string];
    return { name, value, url: harness.baseUrl };
  });
  await page.context().addCookies(cookies);
}

describe('finding partners', () => {
  it.each([
    ['fr', 'ltr', '1 partenaire(s) en commun : Dakar', 'Thème(s) en commun : Tourisme'],
    ['ar', 'rtl', 'شركاء مشتركون (1): داكار', 'محاور مشتركة: السياحة'],
  ] as const)(
    'suggests partners of partners with their reasons (%s)',
    async (language, direction, common, themes) => {
      const { context, page } = await harness.visitor(language);
      await page.goto(`/organizations/${ids.dakhla}`);
      await page.locator(`a[href="/organizations/${ids.dakhla}/partners"]`).click();
      const results = page.locator('ol li');
      await results.first().waitFor({ timeout: 30_000 });
      expect(await page.locator('html').getAttribute('dir')).toBe(direction);
      const first = results.first();
      expect(await first.locator('a').first().getAttribute('href')).toBe(`/organizations/${ids.saintLouis}`);
      const reasons = await first.locator('li').allTextContents();
      expect(reasons).toContain(common);
      expect(reasons).toContain(themes);
      await page.screenshot({
        path: new URL(`partners-${language}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });
      await context.close();
    },
  );
});

describe('the partner-request board', () => {
  it('lets an officer publish, another city’s officer answer, and the first read the answer', async () => {
    const dakhla = await harness.account('Agent Dakhla', [
      { role: 'municipal_officer', scopeId: ids.dakhla },
    ]);
    const saintLouis = await harness.account('Agent Saint-Louis', [
      { role: 'municipal_officer', scopeId: ids.saintLouis },
    ]);
    const publishing = await harness.visitor('en');
    await signIn(publishing.page, dakhla);
    await publishing.page.goto('/partner-requests');
    const form = publishing.page.getByRole('form', { name: 'Publish a request' });
    await form.waitFor({ timeout: 30_000 });
    await form.getByRole('textbox', { name: 'Title' }).fill('Partners for a fisheries school');
    await form.getByLabel('Education').check();
    await form.getByRole('textbox', { name: 'Languages' }).fill('fr, ar');
    await form.getByRole('button', { name: 'Publish' }).click();
    await publishing.page.getByText('Your request is published.').waitFor();
    await publishing.page.locator('ul li', { hasText: 'Partners for a fisheries school' }).waitFor();

    const answering = await harness.visitor('ar');
    await signIn(answering.page, saintLouis);
    await answering.page.goto('/partner-requests');
    expect(await answering.page.locator('html').getAttribute('dir')).toBe('rtl');
    const request = answering.page.locator('ul > li', { hasText: 'Partners for a fisheries school' });
    await request.waitFor({ timeout: 30_000 });
    await request.getByRole('textbox', { name: 'ردّكم' }).fill('Saint-Louis a un lycée maritime');
    await request.getByRole('button', { name: 'إرسال الرد' }).click();
    await request.getByText('Saint-Louis a un lycée maritime').waitFor();
    await answering.page.screenshot({ path: new URL('board-ar.png', SCREENSHOTS).pathname, fullPage: true });

    await publishing.page.reload();
    const own = publishing.page.locator('ul > li', { hasText: 'Partners for a fisheries school' });
    await own.getByText('Saint-Louis a un lycée maritime').waitFor({ timeout: 30_000 });
    // The public sees the request, not the answer.
    const visitor = await harness.visitor('fr');
    await visitor.page.goto('/partner-requests');
    const seen = visitor.page.locator('ul > li', { hasText: 'Partners for a fisheries school' });
    await seen.waitFor({ timeout: 30_000 });
    expect(await seen.textContent()).not.toContain('lycée maritime');
    for (const opened of [publishing, answering, visitor]) await opened.context.close();
  });
});
