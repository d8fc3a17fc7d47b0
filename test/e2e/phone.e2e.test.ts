import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();
const PHONE = { width: 390, height: 844 };

/** How much wider than the screen the page is: a phone reader would scroll sideways by that much. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(['ar', 'en'] as const)('on a phone, in %s', (language) => {
  it('lists the agreements as cards after a folded "Filters" button, with their count and page', async () => {
    const { context, page } = await harness.visitor(language);
    try {
      await page.setViewportSize(PHONE);
      await page.goto(`${harness.baseUrl}/agreements`);
      const count = page.locator('[data-result-count]');
      await count.waitFor();
      const listed = await harness.api().GET('/api/agreements', { params: { query: { limit: 25 } } });
      const total = listed.data!.items.length;
      expect(listed.data!.nextCursor, 'the demo fits on one page').toBeNull();
      // The count is written in the reader's digits.
      expect(await count.textContent()).toContain(new Intl.NumberFormat(language).format(total));
      expect(await page.locator('[data-page-number]').textContent()).toContain(
        new Intl.NumberFormat(language).format(1),
      );

      // The filters wait behind one button; the results come first.
      const toggle = page.locator('button[aria-controls="agreement-filters"]');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#agreement-filters').isVisible()).toBe(false);
      const firstCard = page.locator('[data-agreement-card]').first();
      const toggleBox = (await toggle.boundingBox())!;
      expect((await firstCard.boundingBox())!.y).toBeLessThan(PHONE.height);
      expect(toggleBox.y).toBeLessThan((await firstCard.boundingBox())!.y);

      // Cards, no table, and nothing wider than the screen.
      expect(await page.locator('[data-agreement-card]').count()).toBe(total);
      expect(await page.locator('main table:visible').count()).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await page.screenshot({ path: new URL(`phone-agreements-${language}.png`, SCREENSHOTS).pathname });

      // Opened, the filters show and still fit; a filter chosen there narrows the list and is counted.
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('#agreement-filters').isVisible()).toBe(true);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: new URL(`phone-filters-${language}.png`, SCREENSHOTS).pathname });
      await page.locator('#agreement-filters select').nth(1).selectOption('signed');
      await page.waitForURL(/status=signed/);
      await expect
        .poll(() => page.locator('[data-agreement-card]').count())
        .toBe(listed.data!.items.filter((item) => item.status === 'signed').length);
      expect(await page.locator('button[aria-controls="agreement-filters"]').textContent()).toContain(
        new Intl.NumberFormat(language).format(1),
      );
    } finally {
      await context.close();
    }
  });

  it('shows the home page and an agreement without sideways scrolling', async () => {
    const { context, page } = await harness.visitor(language);
    try {
      await page.setViewportSize(PHONE);
      await page.goto(harness.baseUrl);
      await page.locator('[data-agreement-card]').first().waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: new URL(`phone-home-${language}.png`, SCREENSHOTS).pathname });
      await page.locator('[data-agreement-card] a').first().click();
      await page.locator('#timeline-title').waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: new URL(`phone-agreement-${language}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  });
});
