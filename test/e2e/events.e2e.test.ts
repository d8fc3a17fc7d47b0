import { describe, expect, it } from 'vitest';
import { updatePart } from '../../src/agreements/parts.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { updateEvent } from '../../src/events/events.ts';
import { setUpBrowserTests } from './harness.ts';

const harness = setUpBrowserTests();
const SYSTEM = { actor: 'test' };

async function demoEvent(kind: 'delegation_visit' | 'symposium') {
  const list = await harness.api().GET('/api/events', { params: { query: { limit: 100 } } });
  const found = list.data!.items.find((event) => event.kind === kind);
  expect(found, kind).toBeDefined();
  return found!;
}

describe('an event’s page', () => {
  it('shows the Ivry delegation in French: head of delegation, part 2 to sign then signed, and Ivry’s calendar', async () => {
    const delegation = await demoEvent('delegation_visit');
    const ivry = await harness.organizationId('Ivry-sur-Seine');
    const { context, page } = await harness.visitor('fr');
    await page.goto(`/events/${delegation.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Délégation municipale');
    // Dates in French, over the whole trip.
    expect(await page.locator('main').textContent()).toMatch(
      /20 févr.*1er? mars 2023|20 février.*1 mars 2023/,
    );
    expect(await page.locator('[data-event-purpose]').textContent()).toContain('seconde partie du protocole');
    const head = page.locator('li[data-role="delegation_head"]');
    expect(await head.textContent()).toContain('chef de la délégation');
    expect(await head.locator('bdi').first().textContent()).toBe('Philippe Bouyssou');
    const part = page.locator('section[aria-labelledby="event-parts"] li');
    expect(await part.getAttribute('data-part-signed')).toBe('no');
    expect(await part.textContent()).toContain('Partie 2 à signer');
    const feed = page.locator('a[data-calendar-feed="organizations"]');
    const href = await feed.getAttribute('href');
    expect(href).toBe(`/api/organizations/${ivry}/calendar.ics?lang=fr`);
    const ics = await page.request.get(href!);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain(`UID:event-${delegation.id}@jumelage`);

    // Once part 2 is signed, the delegation shows it signed.
    const protocol = (await harness.api().GET('/api/agreements', { params: { query: { party: ivry } } }))
      .data!.items[0]!;
    const detail = (
      await harness.api().GET('/api/agreements/{id}', { params: { path: { id: protocol.id } } })
    ).data!;
    const second = detail.parts.find((each) => each.number === 2)!;
    await inTransaction(harness.database.db, (tx) =>
      updatePart(tx, SYSTEM, protocol.id, second.id, { signedOn: '2023-02-27' }),
    );
    await page.reload();
    await part.waitFor();
    expect(await part.getAttribute('data-part-signed')).toBe('yes');
    expect(await part.textContent()).toContain('Partie 2 signée le 27 février 2023');
    await context.close();
  });

  it('shows the Dakar symposium in Arabic: its times in its zone, named in Arabic, and Morocco as guest of honour', async () => {
    const symposium = await demoEvent('symposium');
    await inTransaction(harness.database.db, (tx) =>
      updateEvent(tx, SYSTEM, symposium.id, { startTime: '09:30', endTime: '18:00' }),
    );
    const { context, page } = await harness.visitor('ar');
    await page.goto(`/events/${symposium.id}`);
    const times = page.locator('[data-event-times]');
    await times.waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const text = (await times.textContent()) ?? '';
    expect(text).toContain('Africa/Dakar');
    expect(text).toContain('الأوقات بتوقيت');
    expect(text).toContain('غرينتش');
    expect(text).toMatch(/9:30|٩:٣٠/);
    const guest = page.locator('li[data-role="guest_of_honour"]');
    expect(await guest.textContent()).toContain('ضيف شرف');
    expect(await guest.locator('bdi').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-event-purpose]').textContent()).toContain('صندوق تضامن');
    await context.close();
  });

  it('links a person’s and a network’s pages to their calendar feeds', async () => {
    const symposium = (
      await harness.api().GET('/api/events/{id}', {
        params: { path: { id: (await demoEvent('symposium')).id } },
      })
    ).data!;
    const lymouri = symposium.participants.find((participant) => participant.role === 'speaker')!.person!;
    const { context, page } = await harness.visitor('en');
    await page.goto(`/people/${lymouri.id}`);
    const feed = page.locator('a[data-calendar-feed="people"]');
    await feed.waitFor();
    expect(await feed.textContent()).toBe('Calendar (iCalendar feed)');
    const ics = await (await page.request.get((await feed.getAttribute('href'))!)).text();
    expect(ics).toContain(`UID:event-${symposium.id}@jumelage`);
    const networks = await harness.api().GET('/api/networks');
    await page.goto(`/networks/${networks.data!.items[0]!.id}`);
    await page.locator('a[data-calendar-feed="networks"]').waitFor();
    await context.close();
  });
});
