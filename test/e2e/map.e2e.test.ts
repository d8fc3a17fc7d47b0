import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { agreementParties, agreements } from '../../src/agreements/tables.ts';
import { SCREENSHOTS, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

/** What each language calls what the test looks for. */
const WORDS = {
  en: {
    undrawn: (count: number) => `${count} agreements are not drawn`,
    list: 'Agreements not drawn',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Show the whole map',
    organizationMap: 'Map of its links',
    noneDrawn: /drawn on the map/,
  },
  ar: {
    // Arabic plural: 3 to 10 take the "few" form.
    undrawn: (count: number) => `${count} ${count <= 10 ? 'اتفاقيات غير مرسومة' : 'اتفاقية غير مرسومة'}`,
    list: 'الاتفاقيات غير المرسومة',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    reset: 'عرض الخريطة كلها',
    organizationMap: 'خريطة روابطها',
    noneDrawn: /على الخريطة/,
  },
  fr: {
    undrawn: (count: number) => `${count} accords ne sont pas tracés`,
    list: 'Accords non tracés',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    reset: 'Voir toute la carte',
    organizationMap: 'Carte de ses liens',
    noneDrawn: /tracé sur la carte/,
  },
} as const;

describe('the map of agreements', () => {
  for (const language of ['en', 'ar', 'fr'] as const) {
    const words = WORDS[language];

    it(`says which agreements it leaves out, zooms without scrolling the page, and opens a link from the keyboard (${language})`, async () => {
      const links = await harness.api().GET('/api/links');
      const { undrawn } = links.data!;
      expect(undrawn.total).toBeGreaterThan(2);
      const { context, page } = await harness.visitor(language);
      try {
        await page.goto('/map');
        const canvas = page.locator('.world-map canvas');
        await expect.poll(() => canvas.getAttribute('data-links')).toBe(String(links.data!.links.length));

        // How many agreements are not drawn, and which: each a link to its agreement.
        await expect.poll(() => page.getByText(words.undrawn(undrawn.total)).count()).toBe(1);
        const listed = page.getByRole('list', { name: words.list }).getByRole('link');
        expect(await listed.count()).toBe(undrawn.total);
        const hrefs = await listed.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
        expect(hrefs.sort()).toEqual(
          undrawn.agreements.map((agreement) => `/agreements/${agreement.id}`).sort(),
        );

        // The wheel over the map zooms it; the page stays where it was, zooming in or out.
        const map = page.locator('.world-map');
        await map.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, 40));
        const scrolled = await page.evaluate(() => window.scrollY);
        const box = (await page.locator('.world-map > svg').boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const zoomOf = async () => Number(await map.getAttribute('data-zoom'));
        expect(await zoomOf()).toBe(1);
        await page.mouse.wheel(0, -400);
        await expect.poll(zoomOf).toBeGreaterThan(1);
        expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
        for (let step = 0; step < 6; step++) await page.mouse.wheel(0, 400);
        await expect.poll(zoomOf).toBe(1);
        // At the widest, where d3-zoom alone would let the page scroll, it still does not.
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(100);
        expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

        // The buttons zoom in, out, and back to the whole map.
        await page.getByRole('button', { name: words.zoomIn, exact: true }).click();
        await expect.poll(zoomOf).toBeCloseTo(1.5, 2);
        await page.getByRole('button', { name: words.zoomIn, exact: true }).click();
        await page.getByRole('button', { name: words.zoomOut, exact: true }).click();
        await expect.poll(zoomOf).toBeCloseTo(1.5, 2);
        await page.getByRole('button', { name: words.reset }).click();
        await expect.poll(zoomOf).toBe(1);
        await page.screenshot({ path: new URL(`map-${language}.png`, SCREENSHOTS).pathname, fullPage: true });

        // Labels name the busiest places, none over another.
        const labels = await page
          .locator('.world-map-labels text')
          .evaluateAll((texts) => texts.map((text) => (text as SVGTextElement).getBBox()));
        expect(labels.length).toBeGreaterThan(0);
        for (const [index, a] of labels.entries())
          for (const b of labels.slice(index + 1))
            expect(
              a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
            ).toBe(false);

        // From the map, Tab reaches its first link, named by its places; Enter opens its agreement.
        await canvas.focus();
        await page.keyboard.press('Tab');
        const focused = page.locator('.world-map-item:focus');
        expect(await focused.count()).toBe(1);
        expect(await focused.getAttribute('aria-label')).not.toBe('');
        const href = (await focused.getAttribute('href'))!;
        expect(href).toMatch(/^\/agreements\/[0-9a-f-]{36}$/);
        await page.keyboard.press('Enter');
        await page.waitForURL(`**${href}`);
      } finally {
        await context.close();
      }
    });
  }

  it('shows no empty map on an organization none of whose agreements can be drawn, and names them', async () => {
    const links = (await harness.api().GET('/api/links')).data!;
    const located = new Set(links.points.map((point) => point.id));
    const parties = await harness.database.db
      .select({ id: agreementParties.organizationId })
      .from(agreementParties)
      .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
      .where(eq(agreements.visibility, 'public'));
    const organization = parties.find((party) => party.id !== null && !located.has(party.id))!.id!;
    const own = (await harness.api().GET('/api/links', { params: { query: { organization } } })).data!;
    for (const language of ['en', 'ar'] as const) {
      const { context, page } = await harness.visitor(language);
      try {
        await page.goto(`/organizations/${organization}`);
        const section = page.getByRole('region', { name: WORDS[language].organizationMap });
        await expect.poll(() => section.getByText(WORDS[language].noneDrawn).count()).toBe(1);
        expect(await section.getByRole('link').count()).toBe(own.undrawn.total);
        expect(await page.locator('canvas').count()).toBe(0);
      } finally {
        await context.close();
      }
    }
  });

  it('groups twenty thousand links by pair of countries with their counts, and shows single links once zoomed in', async () => {
    // Places gathered around their country, as a registry's are.
    const countries: Array<[code: string, longitude: number, latitude: number]> = [
      ['FR', 2.5, 46.5],
      ['MA', -6.5, 32],
      ['SN', -14.5, 14.5],
      ['ML', -4, 17],
      ['BJ', 2.3, 9.5],
      ['DZ', 3, 28],
      ['TN', 9.5, 34],
      ['ES', -3.7, 40.4],
      ['IT', 12.5, 42.5],
      ['DE', 10.4, 51.2],
      ['BR', -51.9, -14.2],
      ['IN', 78.9, 20.6],
      ['CN', 104.2, 35.9],
      ['US', -98.6, 39.8],
      ['NE', 8.1, 17.6],
    ];
    const codes = countries.map(([code]) => code);
    const points = Array.from({ length: 3000 }, (_, index) => {
      const [code, longitude, latitude] = countries[index % countries.length]!;
      return {
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        name: { en: `Place ${index}` },
        countryCode: code,
        longitude: longitude + ((index * 0.618) % 4) - 2,
        latitude: latitude + ((index * 0.414) % 4) - 2,
      };
    });
    const links = Array.from({ length: 20_000 }, (_, index) => ({
      agreementId: `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      status: index % 3 ? 'signed' : 'in_force',
      type: 'twinning',
      from: points[index % points.length]!.id,
      to: points[(index * 7919 + 13) % points.length]!.id,
    }));
    const { context, page } = await harness.visitor('en');
    try {
      await page.route('**/api/links*', (route) =>
        route.fulfill({ json: { points, links, undrawn: { total: 0, agreements: [] } } }),
      );
      await page.goto('/map');
      const canvas = page.locator('.world-map canvas');
      await expect.poll(() => canvas.getAttribute('data-links'), { timeout: 30_000 }).toBe('20000');
      expect(await canvas.getAttribute('data-grouped')).toBe('true');
      await expect.poll(() => page.getByText(/20,000 links grouped by pair of countries/).count()).toBe(1);
      // One item per pair of countries, each with its count, far fewer than the links.
      const pairs = page.locator('.world-map-item[role="button"]');
      const pairCount = await pairs.count();
      expect(pairCount).toBeGreaterThan(0);
      expect(pairCount).toBeLessThanOrEqual((codes.length * (codes.length + 1)) / 2);
      const names = await pairs.evaluateAll((items) =>
        items.map((item) => item.getAttribute('aria-label') ?? ''),
      );
      const counted = names.map((name) => Number(/([\d,]+) agreements?/.exec(name)?.[1]?.replace(/,/g, '')));
      expect(counted.reduce((sum, count) => sum + count, 0)).toBe(links.length);
      // Countries are labelled with their count.
      const labels = await page.locator('.world-map-labels text').allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.filter((label) => /^France [\d,]+$/.test(label))).toHaveLength(1);
      for (const label of labels) expect(label).toMatch(/^(\p{L}[\p{L} .’'-]* )?[\d,]+$/u);
      await page.screenshot({ path: new URL('map-grouped-en.png', SCREENSHOTS).pathname });

      // Enter on a pair zooms in on it, where single links, each a link to its agreement, are shown.
      await pairs.first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => canvas.getAttribute('data-grouped')).toBe('false');
      expect(Number(await page.locator('.world-map').getAttribute('data-zoom'))).toBeGreaterThanOrEqual(4);
      const single = page.locator('a.world-map-item');
      await expect.poll(() => single.count()).toBeGreaterThan(0);
      expect(await single.count()).toBeLessThanOrEqual(500);
    } finally {
      await context.close();
    }
  });

  it('zooms with a pinch on a phone, and the page does not move under it', async () => {
    const context = await harness.browser.newContext({
      baseURL: harness.baseUrl,
      locale: 'ar',
      extraHTTPHeaders: { 'accept-language': 'ar' },
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    try {
      await page.goto('/map');
      const map = page.locator('.world-map');
      await map.locator('canvas[data-links]').waitFor();
      await map.scrollIntoViewIfNeeded();
      const scrolled = await page.evaluate(() => window.scrollY);
      const box = (await map.locator(':scope > svg').boundingBox())!;
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      // Two fingers apart, then further apart: a pinch outwards.
      const cdp = await context.newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints:
            type === 'touchEnd'
              ? []
              : [
                  { x: cx - spread, y: cy, id: 1 },
                  { x: cx + spread, y: cy, id: 2 },
                ],
        });
      await touch('touchStart', 20);
      for (const spread of [30, 45, 60, 80]) await touch('touchMove', spread);
      await touch('touchEnd', 0);
      await expect.poll(async () => Number(await map.getAttribute('data-zoom'))).toBeGreaterThan(2);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      // The zoom buttons are there on a phone too, inside the map.
      const zoomIn = page.getByRole('button', { name: 'تكبير', exact: true });
      const button = (await zoomIn.boundingBox())!;
      expect(button.x).toBeGreaterThanOrEqual(box.x);
      expect(button.x + button.width).toBeLessThanOrEqual(box.x + box.width);
      await page.screenshot({ path: new URL('map-phone-ar.png', SCREENSHOTS).pathname, fullPage: true });
    } finally {
      await context.close();
    }
  });
});
