import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

describe('downloading the list of agreements', () => {
  it('offers the list with the filters of the page, and the file holds what the list holds', async () => {
    const { context, page } = await harness.visitor('fr');
    try {
      await page.goto('/agreements?theme=culture&sort=oldest');
      const csv = page.locator('a[data-format="csv"]');
      // The page has drawn its filters and its list before one is changed.
      await csv.waitFor();
      await page.getByRole('table').first().waitFor();
      await page.getByLabel('Statut').selectOption('signed');
      await page.waitForURL(/status=signed/);
      await expect.poll(() => csv.getAttribute('href')).toContain('status=signed');
      const href = new URL((await csv.getAttribute('href'))!, harness.baseUrl);
      expect(href.pathname).toBe('/api/agreements/export');
      expect(Object.fromEntries(href.searchParams)).toEqual({
        theme: 'culture',
        status: 'signed',
        sort: 'oldest',
        format: 'csv',
        lang: 'fr',
      });
      const xlsx = new URL(
        (await page.locator('a[data-format="xlsx"]').getAttribute('href'))!,
        harness.baseUrl,
      );
      expect(xlsx.searchParams.get('format')).toBe('xlsx');
      expect(xlsx.searchParams.get('status')).toBe('signed');

      const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
      const today = new Date().toISOString().slice(0, 10);
      expect(download.suggestedFilename()).toBe(`jumelage-agreements-${today}.csv`);
      const lines = readFileSync((await download.path())!, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]!.startsWith('Identifiant,Titre,Type,Statut')).toBe(true);
      const listed = await harness.api().GET('/api/agreements', {
        params: { query: { theme: 'culture', status: 'signed', sort: 'oldest', limit: 200 } },
      });
      expect(lines.length, 'the demo has signed agreements on culture').toBeGreaterThan(1);
      expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
        listed.data!.items.map((item) => item.id),
      );
    } finally {
      await context.close();
    }
  });
});
