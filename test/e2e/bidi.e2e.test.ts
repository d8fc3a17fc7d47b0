import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/shared/languages.ts';
import { SCREENSHOTS, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

/** The demo agreements that join Arabic and Latin names: Amgala – Brikama and Ivry-sur-Seine – Mejik. */
async function mixedAgreements() {
  const found: string[] = [];
  for (const name of ['Brikama', 'Ivry-sur-Seine']) {
    const party = await harness.organizationId(name);
    const listed = await harness.api().GET('/api/agreements', { params: { query: { party, limit: 1 } } });
    found.push(listed.data!.items[0]!.id);
  }
  return found;
}

/**
 * Where names run together in these regions of the page: a word outside every isolating element
 * (bdi, or an element with its own dir), an isolating element that holds a separator at its edge or
 * a middle dot anywhere, and two isolating elements with no separator between them.
 */
async function isolationFaults(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const faults: string[] = [];
    const isolating = (element: Element) => element.localName === 'bdi' || element.hasAttribute('dir');
    const regions = Array.from(document.querySelectorAll(selector));
    if (regions.length === 0) faults.push(`nothing matches ${selector}`);
    for (const region of regions) {
      const where = `${selector} «${region.textContent?.trim().slice(0, 60)}»`;
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/\p{L}/u.test(node.textContent ?? '')) continue;
        let isolated = false;
        for (let element = node.parentElement; element && element !== region; element = element.parentElement)
          if (isolating(element)) isolated = true;
        if (!isolated) faults.push(`${where}: «${node.textContent}» is not isolated`);
      }
      const names = Array.from(region.querySelectorAll('bdi, [dir]')).filter((element) => {
        const outer = element.parentElement?.closest('bdi, [dir]');
        return !outer || !region.contains(outer);
      });
      for (const name of names) {
        const text = name.textContent ?? '';
        if (text.includes('·') || /^\s*[·–—,،]|[·–—,،]\s*$/.test(text))
          faults.push(`${where}: a separator inside the name «${text}»`);
      }
      // Between two names of one line, something must separate them: a separator or another element.
      for (let index = 1; index < names.length; index++) {
        const range = document.createRange();
        range.setStartAfter(names[index - 1]!);
        range.setEndBefore(names[index]!);
        const between = range.toString();
        const sameBlock =
          names[index - 1]!.closest('div, td, p, li, h1') === names[index]!.closest('div, td, p, li, h1');
        if (sameBlock && !/[·–—,،\s]/.test(between))
          faults.push(
            `${where}: «${names[index - 1]!.textContent}» and «${names[index]!.textContent}» touch`,
          );
      }
    }
    return faults;
  }, selector);
}

/** The isolated names of a region, in document order. */
async function isolatedNames(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .first()
    .evaluate((region) =>
      Array.from(region.querySelectorAll('bdi, [dir]'))
        .filter((element) => {
          const outer = element.parentElement?.closest('bdi, [dir]');
          return !outer || !region.contains(outer);
        })
        .map((element) => element.textContent ?? ''),
    );
}

describe('names in Arabic and Latin scripts', () => {
  it('finds the fault it looks for: a separator inside the second name, or a name not isolated', async () => {
    const { context, page } = await harness.visitor('ar');
    await page.setContent(
      '<html dir="rtl"><body><h1><span dir="auto">اتفاقية توأمة</span><span dir="auto"> · Accord de jumelage</span></h1>' +
        '<p>Brikama <bdi>بريكاما</bdi></p><div><bdi>Smara</bdi><bdi>السمارة</bdi></div></body></html>',
    );
    expect(await isolationFaults(page, 'h1')).toEqual([
      'h1 «اتفاقية توأمة · Accord de jumelage»: a separator inside the name « · Accord de jumelage»',
      'h1 «اتفاقية توأمة · Accord de jumelage»: «اتفاقية توأمة» and « · Accord de jumelage» touch',
    ]);
    expect(await isolationFaults(page, 'p')).toEqual(['p «Brikama بريكاما»: «Brikama » is not isolated']);
    expect(await isolationFaults(page, 'div')).toEqual(['div «Smaraالسمارة»: «Smara» and «السمارة» touch']);
    await context.close();
  });

  it('isolates every name from its neighbours and keeps the separators outside, in every language', async () => {
    const [brikama, ivry] = await mixedAgreements();
    const faults: string[] = [];
    for (const language of UI_LANGUAGES) {
      const { context, page } = await harness.visitor(language);
      await page.goto('/agreements?sort=oldest');
      await page.locator('main tbody tr').first().waitFor();
      for (const cell of ['main tbody td:nth-child(1)', 'main tbody td:nth-child(2)'])
        for (const fault of await isolationFaults(page, cell)) faults.push(`${language} list: ${fault}`);
      for (const [name, id] of [
        ['Brikama', brikama],
        ['Ivry', ivry],
      ] as const) {
        await page.goto(`/agreements/${id}`);
        await page.locator('main h1').first().waitFor();
        for (const region of ['main h1', 'main section[aria-labelledby="parties-title"] .mantine-Card-root'])
          for (const fault of await isolationFaults(page, region))
            faults.push(`${language} ${name}: ${fault}`);
      }
      const smara = await harness.organizationId('Commune de Smara');
      await page.goto(`/organizations/${smara}`);
      await page.locator('main tbody tr').first().waitFor();
      for (const region of ['main h1', 'main tbody td:nth-child(1)', 'main tbody td:nth-child(2)'])
        for (const fault of await isolationFaults(page, region)) faults.push(`${language} Smara: ${fault}`);
      await context.close();
    }
    expect(faults).toEqual([]);
  });

  it('shows both spellings of a title as two names with the separator between them', async () => {
    const [brikama] = await mixedAgreements();
    const { data: agreement } = await harness
      .api()
      .GET('/api/agreements/{id}', { params: { path: { id: brikama! } } });
    const title = agreement!.title as Record<string, string | undefined>;
    const expected = {
      ar: [title.ar, title.fr],
      fr: [title.fr, title.ar],
      en: [title.en ?? title.fr, title.ar],
    };
    for (const language of UI_LANGUAGES) {
      const { context, page } = await harness.visitor(language);
      await page.goto(`/agreements/${brikama}`);
      await page.locator('main h1').first().waitFor();
      expect(await isolatedNames(page, 'main h1')).toEqual(expected[language]);
      expect(await page.locator('main h1').first().textContent()).toBe(expected[language].join(' · '));
      await context.close();
    }
  });

  it('saves the agreement list and a mixed agreement in Arabic, French and English', async () => {
    const [brikama] = await mixedAgreements();
    for (const language of UI_LANGUAGES) {
      const { context, page } = await harness.visitor(language);
      await page.goto('/agreements?sort=oldest');
      await page.waitForLoadState('networkidle');
      await page.locator('main tbody tr').first().waitFor();
      await page.screenshot({ path: new URL(`names-list-${language}.png`, SCREENSHOTS).pathname });
      await page.goto(`/agreements/${brikama}`);
      await page.waitForLoadState('networkidle');
      await page.locator('main h1').first().waitFor();
      await page.screenshot({ path: new URL(`names-agreement-${language}.png`, SCREENSHOTS).pathname });
      await context.close();
    }
  });
});
