import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, setUpBrowserTests, signInThroughForm } from './harness.ts';

/**
 * The walk the three readers took, page by page, in each language on a desktop and on a
 * phone: each page is drawn in its language's direction, has its heading, shows no failure and
 * is no wider than the screen. Each view is kept as a screenshot to be looked at.
 */
const harness = setUpBrowserTests();

const LANGUAGES = ['ar', 'fr', 'en'] as const;
const SCREENS = {
  desktop: { width: 1366, height: 850 },
  phone: { width: 390, height: 844 },
} as const;

const signIn = signInThroughForm;

async function look(page: Page, language: string, name: string) {
  await page
    .locator('h1')
    .first()
    .waitFor()
    .catch((error: Error) => {
      throw new Error(`${language} ${name}: no heading (${error.message.split('\n')[0]})`);
    });
  // Until the page's data has come: no loading placeholder is left on the screen.
  await expect
    .poll(() => page.locator('[aria-busy="true"], .mantine-Loader-root, .mantine-Skeleton-root').count())
    .toBe(0);
  const view = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    alerts: [...document.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent ?? ''),
  }));
  expect(view.lang, name).toBe(language);
  expect(view.dir, name).toBe(language === 'ar' ? 'rtl' : 'ltr');
  expect(view.alerts, `${language} ${name}`).toEqual([]);
  expect(view.overflow, `${language} ${name}: wider than the screen`).toBeLessThanOrEqual(1);
}

/** Whether the map's canvas holds its drawing (the land drawn from the basemap), not a blank. */
function mapDrawn(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.world-map canvas');
    const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!pixels) return false;
    let painted = 0;
    for (let index = 3; index < pixels.length; index += 4 * 97) if (pixels[index]! > 0) painted += 1;
    return painted > 200;
  });
}

describe('a walk through the portal and the workspace', () => {
  for (const [screen, viewport] of Object.entries(SCREENS)) {
    it(`shows home, agreement, organization, map, workspace home and editor on a ${screen}, in every language`, async () => {
      const ivry = await harness.organizationId('Ivry-sur-Seine');
      const officer = await harness.account(`Tour officer ${screen}`, [
        { role: 'municipal_officer', scopeId: ivry },
      ]);
      const listed = await harness
        .api()
        .GET('/api/agreements', { params: { query: { party: ivry, limit: 1 } } });
      const agreement = listed.data!.items[0]!.id;
      for (const language of LANGUAGES) {
        const { context, page } = await harness.visitor(language);
        await page.setViewportSize(viewport);
        const views: Array<[string, string]> = [
          ['home', '/'],
          ['agreement', `/agreements/${agreement}`],
          ['organization', `/organizations/${ivry}`],
          ['map', '/map'],
        ];
        for (const [name, path] of views) {
          await page.goto(path);
          await look(page, language, name);
          if (name === 'map')
            await expect.poll(() => mapDrawn(page), { message: `${language} map drawn` }).toBe(true);
          await page.screenshot({
            path: new URL(`tour-${screen}-${language}-${name}.png`, SCREENSHOTS).pathname,
          });
        }
        await signIn(page, officer);
        for (const [name, path] of [
          ['workspace', '/workspace'],
          ['editor', `/workspace/agreements/${agreement}`],
        ] as const) {
          await page.goto(path);
          await look(page, language, name);
          await page.screenshot({
            path: new URL(`tour-${screen}-${language}-${name}.png`, SCREENSHOTS).pathname,
          });
        }
        await context.close();
      }
    });
  }
});
