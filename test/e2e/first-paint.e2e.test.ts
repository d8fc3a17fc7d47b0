import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_ROOT } from '../../src/http/web-app.ts';
import { setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

describe('the first paint', () => {
  it('waits for no stylesheet: the built page announces its styles as a preload', () => {
    const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toMatch(/<link rel="preload" as="style"[^>]*data-application-styles>/);
  });

  it('shows the frame of the page before any script or stylesheet has come', async () => {
    const { context, page } = await harness.visitor('ar');
    await page.route(/\.(js|css)$/, (route) => route.abort());
    await page.goto('/agreements', { waitUntil: 'domcontentloaded' });
    const bar = page.locator('.shell-bar');
    await bar.waitFor();
    expect(await bar.textContent()).toBe('Jumelage');
    expect(await bar.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(21, 74, 125)',
    );
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await context.close();
  });

  it('draws the application only once its styles are in force', async () => {
    const { context, page } = await harness.visitor('fr');
    // The stylesheet comes late: the application must wait for it rather than draw unstyled.
    await page.route(/\/assets\/index-[^/]+\.css$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/');
    await page.locator('h1').first().waitFor();
    const styled = await page.evaluate(() => ({
      rel: document.querySelector('link[data-application-styles]')?.getAttribute('rel'),
      sheetApplied: [...document.styleSheets].some((sheet) => sheet.href?.includes('/assets/index-')),
      font: getComputedStyle(document.body).fontFamily,
    }));
    expect(styled.rel).toBe('stylesheet');
    expect(styled.sheetApplied).toBe(true);
    expect(styled.font).toContain('Noto Sans');
    await context.close();
  });
});
