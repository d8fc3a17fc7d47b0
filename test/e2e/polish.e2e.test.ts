import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../../web/src/i18n/messages/ar.json' with { type: 'json' };
import en from '../../web/src/i18n/messages/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/messages/fr.json' with { type: 'json' };
import { SCREENSHOTS, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();
const CATALOGS = { ar, fr, en } as const;
const day = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`));

/** The Ivry-sur-Seine – Mejik protocol: part 1 signed on 25 November 2022, part 2 planned at an event. */
async function ivryMejik() {
  const party = await harness.organizationId('Ivry-sur-Seine');
  const listed = await harness.api().GET('/api/agreements', { params: { query: { party, limit: 1 } } });
  return listed.data!.items[0]!.id;
}

const textOf = async (page: Page, selector: string) => (await page.locator(selector).textContent()) ?? '';

describe.each(['ar', 'fr'] as const)('the agreement page in %s', (language) => {
  it('writes its history from the catalog, dated by the signature, in the one date style of the page', async () => {
    const id = await ivryMejik();
    const { context, page } = await harness.visitor(language);
    try {
      await page.goto(`${harness.baseUrl}/agreements/${id}`);
      const history = 'section[aria-labelledby="timeline-title"]';
      await page.locator(`${history} [data-history-note]`).first().waitFor();
      const notes = await page.locator(`${history} [data-history-note]`).allTextContents();
      expect(notes[0]).toBe(CATALOGS[language]['history.recorded']);
      const text = await textOf(page, history);
      // No ISO date, no English note, and the day the part was signed rather than the day it was recorded.
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/\b(recorded|signed|part)\b/i);
      expect(text).toContain(day('2022-11-25', language));
      // Every date of the page is written the same way: day, month in words, year.
      const facts = await textOf(page, 'section[aria-labelledby="facts-title"]');
      expect(facts).toContain(day('2022-11-25', language));
      await page.screenshot({
        path: new URL(`history-${language}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  });

  it('says a part still to be signed is planned, and where it is to be signed', async () => {
    const id = await ivryMejik();
    const { context, page } = await harness.visitor(language);
    try {
      await page.goto(`${harness.baseUrl}/agreements/${id}`);
      const parts = page.locator('section[aria-labelledby="parts-title"] .mantine-Card-root');
      await parts.nth(1).waitFor();
      const catalog = CATALOGS[language];
      await expect
        .poll(() => parts.nth(1).textContent())
        .toContain(catalog['agreement.to_be_signed_at_event']);
      const second = await parts.nth(1).textContent();
      expect(second).toContain(catalog['agreement.planned']);
      expect(second).not.toContain(catalog['agreement.signed_at_event']);
      await expect.poll(() => parts.nth(0).textContent()).toContain(catalog['agreement.signed_at_event']);
    } finally {
      await context.close();
    }
  });
});

describe('Arabic text', () => {
  it('separates the items of a list with the Arabic comma', async () => {
    const id = await ivryMejik();
    const { context, page } = await harness.visitor('ar');
    try {
      await page.goto(`${harness.baseUrl}/agreements/${id}`);
      const signatories = page.locator('section[aria-labelledby="parts-title"] li');
      await signatories.first().waitFor();
      for (const line of await signatories.allTextContents()) {
        expect(line).toContain('، ');
        expect(line).not.toContain(',');
      }
    } finally {
      await context.close();
    }
  });
});

describe.each(['en', 'ar'] as const)('the network graph in %s', (language) => {
  it('keeps every label inside the drawing and off the dots', async () => {
    const networks = await harness.api().GET('/api/networks');
    const { context, page } = await harness.visitor(language);
    try {
      let checked = 0;
      for (const network of networks.data!.items) {
        await page.goto(`${harness.baseUrl}/networks/${network.id}`);
        await page.locator('#main h1').waitFor();
        const graph = page.locator('section svg:has(circle)');
        try {
          await graph.waitFor({ timeout: 3000 });
        } catch {
          continue; // A network whose members have no agreement among them has no graph.
        }
        const faults = await graph.evaluate((svg) => {
          const found: string[] = [];
          const frame = svg.getBoundingClientRect();
          const dots = Array.from(svg.querySelectorAll('circle')).map((dot) => dot.getBoundingClientRect());
          for (const label of Array.from(svg.querySelectorAll('text'))) {
            const box = label.getBoundingClientRect();
            if (
              box.left < frame.left - 0.5 ||
              box.right > frame.right + 0.5 ||
              box.top < frame.top - 0.5 ||
              box.bottom > frame.bottom + 0.5
            )
              found.push(`«${label.textContent}» is cut at the edge`);
            for (const dot of dots) {
              const overlaps =
                box.left < dot.right && box.right > dot.left && box.top < dot.bottom && box.bottom > dot.top;
              if (overlaps) found.push(`«${label.textContent}» is drawn over a dot`);
            }
          }
          return found;
        });
        expect(faults).toEqual([]);
        await graph.screenshot({ path: new URL(`graph-${language}-${checked}.png`, SCREENSHOTS).pathname });
        checked++;
      }
      expect(checked, 'a demo network has a graph').toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('a page whose data fails to come', () => {
  it('offers to try again and a way back, and shows the data once it comes', async () => {
    const { context, page } = await harness.visitor('fr');
    try {
      let failures = 1;
      await page.route('**/api/agreements?*', (route) =>
        failures-- > 0 ? route.abort('internetdisconnected') : route.continue(),
      );
      // The list's first page comes with the page itself (rendered on the server): it is the
      // list opened from another page that the browser asks for.
      await page.goto(`${harness.baseUrl}/`);
      // Once the application has the page (its fields are enabled), a link opens the next page in it.
      await expect.poll(() => page.getByRole('searchbox').isEnabled()).toBe(true);
      await page.getByRole('navigation').getByRole('link', { name: fr['nav.agreements'] }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getByRole('link', { name: fr['nav.home'] }).count()).toBe(1);
      await alert.getByRole('button', { name: fr['common.retry'] }).click();
      await page.locator('[data-result-count]').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
