import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction.ts';
import { createMembership } from '../../src/people/people.ts';
import { SCREENSHOTS, setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();

const LANGUAGES = {
  en: {
    search: 'Search the registry',
    protocol: 'Protocol of friendship and cooperation between Ivry-sur-Seine and Mejik',
    signing: 'Signing of the Ivry-sur-Seine – Mejik protocol',
    symposium: 'International symposium on solidarity',
    guest: 'guest of honour',
    club: 'International Club of Smara Twinned Cities',
    council: 'International Coordination Council',
    seatFrom: 'from',
  },
  ar: {
    search: 'البحث في السجل',
    protocol: 'بروتوكول الصداقة والتعاون بين إيفري سور سين وميجك',
    signing: 'توقيع بروتوكول الصداقة والتعاون بين إيفري سور سين وميجك',
    symposium: 'الندوة الدولية للتضامن',
    guest: 'ضيف شرف',
    club: 'نادي السمارة الدولي للمدن المتوأمة',
    council: 'مجلس التنسيق الدولي',
    seatFrom: 'عن',
  },
  fr: {
    search: 'Rechercher dans le registre',
    protocol: 'Protocole d’amitié et de coopération entre Ivry-sur-Seine et Mijek',
    signing: 'Signature du protocole d’amitié et de coopération Ivry-sur-Seine – Mijek',
    symposium: 'Colloque international de solidarité',
    guest: 'invité d’honneur',
    club: 'Club international de Smara des villes jumelées',
    council: 'Conseil de coordination international',
    seatFrom: 'pour',
  },
} as const;

/** The Smara club's council, given a seat: the demo's article names its seats, not who holds them. */
async function seatOnTheCouncil(): Promise<{ clubId: string; personId: string }> {
  const api = harness.api();
  const clubId = (await api.GET('/api/networks')).data!.items[0]!.id;
  const club = (await api.GET('/api/networks/{id}', { params: { path: { id: clubId } } })).data!;
  const council = club.bodies[0]!;
  if (council.members.length > 0) return { clubId, personId: council.members[0]!.person!.id };
  const person = (await api.GET('/api/people', { params: { query: { q: 'Moulay Brahim Chrif' } } })).data!
    .items[0]!;
  await inTransaction(harness.database.db, (tx) =>
    createMembership(
      tx,
      { actor: 'test' },
      { organizationId: council.id, personId: person.id, role: 'member', startDate: '2025-10-30' },
    ),
  );
  return { clubId, personId: person.id };
}

describe('no dead ends: every suggestion opens its own page', () => {
  for (const [language, text] of Object.entries(LANGUAGES) as Array<
    [keyof typeof LANGUAGES, (typeof LANGUAGES)[keyof typeof LANGUAGES]]
  >) {
    it(`a person found by name has a page with the agreement they signed (${language})`, async () => {
      const { context, page } = await harness.visitor(language);
      await page.goto('/');
      await page.getByRole('searchbox', { name: text.search }).fill('Bouyssou');
      const first = page.getByRole('listbox').getByRole('option').first();
      await expect.poll(() => first.textContent()).toContain('Philippe Bouyssou');
      await first.click();
      await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toContain('Philippe Bouyssou');
      const signed = page.locator('section[aria-labelledby="person-agreements"]');
      await expect.poll(() => signed.getByRole('link', { name: text.protocol }).count()).toBe(1);
      const events = page.locator('section[aria-labelledby="person-events"]');
      await expect.poll(() => events.getByRole('link', { name: new RegExp(text.signing) }).count()).toBe(1);
      const posts = page.locator('section[aria-labelledby="person-posts"]');
      expect(await posts.getByRole('link').count()).toBeGreaterThan(0);
      await page.screenshot({
        path: new URL(`dead-ends-person-${language}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });

      // The protocol's page names him as a signatory of its first part, and leads back to him.
      await signed.getByRole('link', { name: text.protocol }).click();
      await page.waitForURL(/\/agreements\//);
      await page.getByRole('link', { name: 'Philippe Bouyssou' }).first().click();
      await page.waitForURL(/\/people\//);
      await context.close();
    });

    it(`an event found by its place has a page with its participants (${language})`, async () => {
      const { context, page } = await harness.visitor(language);
      await page.goto('/');
      await page.getByRole('searchbox', { name: text.search }).fill('Dakar');
      const event = page.getByRole('listbox').getByRole('option', { name: new RegExp(text.symposium) });
      await event.click();
      await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toContain(text.symposium);
      const participants = page.locator('section[aria-labelledby="event-participants"]');
      await expect.poll(() => participants.textContent()).toContain(text.guest);
      expect(await participants.getByRole('link', { name: 'Mounir Lymouri' }).count()).toBeGreaterThan(0);
      // Dates in the reader's calendar conventions, never as ISO text.
      expect(await page.locator('main').textContent()).not.toContain('2023-07-20');
      await page.screenshot({
        path: new URL(`dead-ends-event-${language}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });
      await context.close();
    });

    it(`a network's page shows its council, its description and who holds its seats (${language})`, async () => {
      const { clubId, personId } = await seatOnTheCouncil();
      const { context, page } = await harness.visitor(language);
      await page.goto(`/networks/${clubId}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(text.club);
      const council = page.locator('section[data-body]').first();
      await expect
        .poll(() => council.getByRole('heading', { level: 2 }).textContent())
        .toContain(text.council);
      expect((await council.locator('p').first().textContent())?.length).toBeGreaterThan(80);
      // A council with seats shows them by category, each holder linked to their own page.
      const seat = council.locator('[data-seats] [data-seat]').first();
      await expect.poll(() => seat.count()).toBe(1);
      const holder = seat.getByRole('link').first();
      expect(await holder.getAttribute('href')).toMatch(/^\/people\/[0-9a-f-]{36}$/);
      expect((await holder.textContent())?.trim().length).toBeGreaterThan(3);
      expect(personId).toMatch(/^[0-9a-f-]{36}$/);
      await page.screenshot({
        path: new URL(`dead-ends-network-${language}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });
      await context.close();
    });
  }
});
