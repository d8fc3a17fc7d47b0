import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/shared/languages.ts';
import { accessibilityViolations, SCREENSHOTS, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

async function pagesToCheck() {
  const smara = await harness.organizationId('Commune de Smara');
  const agreements = (
    await harness.api().GET('/api/agreements', { params: { query: { party: smara, limit: 1 } } })
  ).data!;
  const networks = (await harness.api().GET('/api/networks')).data!;
  return {
    home: '/',
    agreements: '/agreements',
    filtered: '/agreements?status=signed&sort=oldest',
    agreement: `/agreements/${agreements.items[0]!.id}`,
    organization: `/organizations/${smara}`,
    networks: '/networks',
    network: `/networks/${networks.items[0]!.id}`,
    map: '/map',
    signIn: '/sign-in',
    notFound: '/no/such/page',
  };
}

describe('accessibility', () => {
  // One test per language: each has its own time, and a failure names its language.
  it.each(UI_LANGUAGES)(
    'has no serious or critical axe-core violation on any page, in %s',
    async (language) => {
      const pages = await pagesToCheck();
      const found: string[] = [];
      // axe is injected as a script: this profile lets it past the page's own policy.
      const { context, page } = await harness.visitor(language, { bypassCSP: true });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.locator('main h1').first().waitFor();
        for (const violation of await accessibilityViolations(page))
          found.push(`${language} ${name}: ${violation}`);
      }
      await context.close();
      expect(found).toEqual([]);
    },
  );

  it.each(UI_LANGUAGES)(
    'has no serious or critical violation in the workspace either, in %s',
    async (language) => {
      const smara = await harness.organizationId('Commune de Smara');
      const email = await harness.account(`Axe Officer ${language}`, [
        { role: 'municipal_officer', scopeId: smara },
      ]);
      const listed = await harness
        .api()
        .GET('/api/agreements', { params: { query: { party: smara, limit: 1 } } });
      const agreement = listed.data!.items[0]!.id;
      const found: string[] = [];
      const { context, page } = await harness.visitor(language, { bypassCSP: true });
      await page.goto('/sign-in');
      await page.locator('input[type="email"]').fill(email);
      await page.locator('input[type="password"]').fill('copper lantern orbit mosaic');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/workspace');
      for (const path of [
        '/workspace',
        '/workspace/agreements/new',
        `/workspace/agreements/${agreement}`,
        '/workspace/organizations/new',
        `/workspace/organizations/${smara}`,
        '/workspace/people/new',
      ]) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.locator('main h1').first().waitFor();
        for (const violation of await accessibilityViolations(page))
          found.push(`${language} ${path}: ${violation}`);
      }
      await context.close();
      expect(found).toEqual([]);
    },
  );

  it('lets a keyboard user skip to the content, search, and open a suggestion', async () => {
    const { context, page } = await harness.visitor('en');
    await page.goto('/');
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const search = page.getByRole('searchbox', { name: 'Search the registry' });
    // The page is read before its scripts come; its fields wait for them, disabled.
    await expect.poll(() => search.isEnabled()).toBe(true);
    await search.focus();
    await page.keyboard.type('Tombouctou');
    await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(organizations|agreements)/);
    await page.locator('main h1').first().waitFor();
    await context.close();
  });

  it('lets a keyboard user sign in and reach the workspace', async () => {
    const smara = await harness.organizationId('Commune de Smara');
    const email = await harness.account('Keyboard Officer', [{ role: 'municipal_officer', scopeId: smara }]);
    const { context, page } = await harness.visitor('en');
    await page.goto('/sign-in');
    await page.getByLabel('Email address').focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('copper lantern orbit mosaic');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/workspace');
    await context.close();
  });
});

describe('layout and screenshots', () => {
  it('mirrors the Arabic layout and saves home, agreement and map in Arabic and English', async () => {
    const pages = await pagesToCheck();
    for (const language of ['ar', 'en'] as const) {
      const { context, page } = await harness.visitor(language);
      for (const name of ['home', 'agreement', 'map'] as const) {
        await page.goto(pages[name]);
        await page.waitForLoadState('networkidle');
        await page.locator('main h1').first().waitFor();
        await page.screenshot({
          path: new URL(`${name}-${language}.png`, SCREENSHOTS).pathname,
          fullPage: true,
        });
      }
      await page.goto('/');
      // The brand sits at the reading start: right in Arabic, left in English.
      const brand = await page.getByRole('link', { name: 'Jumelage', exact: true }).boundingBox();
      const width = page.viewportSize()!.width;
      if (language === 'ar') expect(brand!.x).toBeGreaterThan(width / 2);
      else expect(brand!.x).toBeLessThan(width / 2);
      await context.close();
    }
  });
});
