import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { createCity, createNetworkWithCouncil, createPerson } from '../../test/helpers/fixtures.ts';

const ctx = setUpTestApp();

/** The feed as an independent library reads it: its events by UID, their zones registered from the feed. */
async function feed(url: string) {
  const response = await ctx.request({ method: 'GET', url, as: 'public' });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(response.body));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = new Map(
    calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return [event.uid, { event, component }] as const;
    }),
  );
  return { body: response.body, calendar, events };
}

const ids = { dakar: '', ivry: '', symposium: '', delegation: '', person: '' };

beforeAll(async () => {
  ids.dakar = (await createCity(ctx, 'Dakar', 'SN')).id;
  ids.ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.person = (await createPerson(ctx, 'Philippe Bouyssou')).id;
  ids.symposium = (
    await expectData(
      ctx.api.POST('/api/events', {
        body: {
          kind: 'symposium',
          title: { fr: 'Colloque de Dakar', en: 'Dakar symposium' },
          purpose: { en: 'Solidarity with Sahelian communes' },
          status: 'held',
          startDate: '2023-07-20',
          endDate: '2023-07-21',
          startTime: '09:30',
          endTime: '17:00',
          timezone: 'Africa/Dakar',
          organizerId: ids.dakar,
        },
      }),
      201,
    )
  ).id;
  ids.delegation = (
    await expectData(
      ctx.api.POST('/api/events', {
        body: {
          kind: 'delegation_visit',
          title: { fr: 'Délégation d’Ivry', en: 'Ivry delegation' },
          status: 'planned',
          startDate: '2023-02-20',
          endDate: '2023-03-01',
          organizerId: ids.ivry,
          participants: [
            { personId: ids.person, role: 'delegation_head' },
            { organizationId: ids.dakar, role: 'host' },
          ],
        },
      }),
      201,
    )
  ).id;
});

const uid = (id: string) => `event-${id}@jumelage`;

describe('calendar feeds', () => {
  it('carry an organization’s events, timed ones in their own zone and the others as all-day dates', async () => {
    const { events, body } = await feed(`/api/organizations/${ids.dakar}/calendar.ics?lang=en`);
    expect([...events.keys()].sort()).toEqual([uid(ids.symposium), uid(ids.delegation)].sort());
    const symposium = events.get(uid(ids.symposium))!.event;
    expect(symposium.summary).toBe('Dakar symposium');
    expect(symposium.description).toContain('Solidarity with Sahelian communes');
    expect(symposium.startDate.zone?.tzid).toBe('Africa/Dakar');
    expect(symposium.startDate.toString()).toBe('2023-07-20T09:30:00');
    expect(symposium.endDate.toString()).toBe('2023-07-21T17:00:00');
    // Dakar is on UTC all year: the instant is the same wall-clock time in UTC.
    expect(symposium.startDate.toJSDate().toISOString()).toBe('2023-07-20T09:30:00.000Z');
    expect(body).toContain('BEGIN:VTIMEZONE');
    const delegation = events.get(uid(ids.delegation))!.event;
    expect(delegation.startDate.isDate).toBe(true);
    expect(delegation.startDate.toString()).toBe('2023-02-20');
    // DTEND is the first day no longer covered: the delegation's last day is 1 March.
    expect(delegation.endDate.toString()).toBe('2023-03-02');
    expect(delegation.sequence).toBe(0);
  });

  it('give a zone with daylight saving time its offset on the day', async () => {
    const paris = await expectData(
      ctx.api.POST('/api/events', {
        body: {
          kind: 'ceremony',
          title: { fr: 'Cérémonie à Ivry' },
          startDate: '2024-07-01',
          startTime: '18:00',
          endTime: '20:00',
          timezone: 'Europe/Paris',
          organizerId: ids.ivry,
        },
      }),
      201,
    );
    const { events } = await feed(`/api/organizations/${ids.ivry}/calendar.ics`);
    const ceremony = events.get(uid(paris.id))!.event;
    expect(ceremony.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(ceremony.startDate.toJSDate().toISOString()).toBe('2024-07-01T16:00:00.000Z');
    expect(ceremony.endDate.toJSDate().toISOString()).toBe('2024-07-01T18:00:00.000Z');
  });

  it('keep an event’s UID through changes, count them in SEQUENCE and mark a cancelled one', async () => {
    const url = `/api/people/${ids.person}/calendar.ics`;
    const first = await feed(url);
    expect([...first.events.keys()]).toEqual([uid(ids.delegation)]);
    const loaded = await ctx.request({ method: 'GET', url: `/api/events/${ids.delegation}`, as: 'admin' });
    const changed = await ctx.request({
      method: 'PATCH',
      url: `/api/events/${ids.delegation}`,
      payload: { endDate: '2023-03-02' },
      headers: { 'if-match': String(loaded.headers.etag) },
      as: 'admin',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const second = await feed(url);
    const updated = second.events.get(uid(ids.delegation))!.event;
    expect(updated.sequence).toBe(1);
    expect(updated.endDate.toString()).toBe('2023-03-03');
    // The copy loaded before the change is stale now.
    const stale = await ctx.request({
      method: 'POST',
      url: `/api/events/${ids.delegation}/cancel`,
      headers: { 'if-match': String(loaded.headers.etag) },
      as: 'admin',
    });
    expect(stale.statusCode).toBe(412);
    const cancelled = await ctx.request({
      method: 'POST',
      url: `/api/events/${ids.delegation}/cancel`,
      headers: { 'if-match': String(changed.headers.etag) },
      as: 'admin',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const third = await feed(url);
    const gone = third.events.get(uid(ids.delegation))!;
    expect(gone.event.sequence).toBe(2);
    expect(gone.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // Cancelling twice is refused: a cancelled event is final.
    const again = await ctx.request({
      method: 'POST',
      url: `/api/events/${ids.delegation}/cancel`,
      as: 'admin',
    });
    expect(again.statusCode).toBe(409);
  });

  it('of a network carry its members’ events, and answer 404 for what is not a network', async () => {
    const network = await expectData(
      ctx.api.POST('/api/organizations', { body: { kind: 'network', name: { fr: 'Réseau' } } }),
      201,
    );
    await expectData(
      ctx.api.POST('/api/memberships', {
        body: { organizationId: network.id, memberOrganizationId: ids.dakar, role: 'member' },
      }),
      201,
    );
    const { events } = await feed(`/api/networks/${network.id}/calendar.ics`);
    expect(events.has(uid(ids.symposium))).toBe(true);
    const notNetwork = await ctx.request({
      method: 'GET',
      url: `/api/networks/${ids.dakar}/calendar.ics`,
      as: 'public',
    });
    expect(notNetwork.statusCode).toBe(404);
  });

  it('refuse times without a valid zone, naming the field', async () => {
    const bad = await ctx.api.POST('/api/events', {
      body: {
        kind: 'forum',
        title: { en: 'Forum' },
        startDate: '2024-01-01',
        startTime: '10:00',
        timezone: 'Mars/Base',
      },
    });
    expect(bad.response.status).toBe(422);
    expect((bad.error as { field?: string } | undefined)?.field ?? JSON.stringify(bad.error)).toContain(
      '/timezone',
    );
  });
});

describe('calendar feeds with meetings', () => {
  it('carry the meetings of a network’s bodies once convened, in their zone, and a seat holder’s', async () => {
    const { network, council } = await createNetworkWithCouncil(ctx, [ids.dakar], 'Calendar club');
    const holder = (await createPerson(ctx, 'Brahim Ghali Seat')).id;
    const governance = await ctx.request({
      method: 'PUT',
      url: `/api/bodies/${council}/governance`,
      payload: {
        rules: {
          quorum: { kind: 'count', count: 1 },
          ordinaryMajority: 'simple',
          specialMajority: 'two_thirds',
          proxiesAllowed: false,
          maxProxiesPerMember: 0,
        },
        seats: [{ category: 'elected_officials', label: { en: 'Elected officials' }, count: 3 }],
      },
    });
    expect(governance.statusCode, governance.body).toBe(200);
    const seatId = (governance.data as { seats: Array<{ id: string }> }).seats[0]!.id;
    const mandate = await ctx.request({
      method: 'POST',
      url: `/api/bodies/${council}/mandates`,
      payload: { seatId, personId: holder, post: 'chair', startDate: '2024-01-01' },
    });
    expect(mandate.statusCode, mandate.body).toBe(201);
    const plan = async (title: string, startsAt: string) => {
      const created = await ctx.request({
        method: 'POST',
        url: `/api/bodies/${council}/meetings`,
        payload: {
          title: { en: title },
          mode: 'in_person',
          startsAt,
          timezone: 'Africa/Casablanca',
          place: 'Dakhla',
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      return (created.data as { id: string }).id;
    };
    const convened = await plan('Council, spring session', '2025-04-12T09:00:00Z');
    const draft = await plan('Council, draft session', '2025-05-12T09:00:00Z');
    const before = await ctx.request({
      method: 'POST',
      url: `/api/meetings/${convened}/transitions`,
      payload: { action: 'convene' },
    });
    expect(before.statusCode, before.body).toBe(200);

    for (const url of [`/api/networks/${network}/calendar.ics`, `/api/people/${holder}/calendar.ics`]) {
      const { events } = await feed(url);
      expect(events.has(`meeting-${draft}@jumelage`)).toBe(false);
      const found = events.get(`meeting-${convened}@jumelage`);
      expect(found, url).toBeDefined();
      const start = found!.component.getFirstProperty('dtstart')!;
      expect(start.getParameter('tzid')).toBe('Africa/Casablanca');
      // 09:00 UTC is 10:00 in Casablanca (UTC+1 outside Ramadan).
      expect(found!.event.startDate.toString()).toBe('2025-04-12T10:00:00');
      expect(found!.event.startDate.toUnixTime()).toBe(Date.parse('2025-04-12T09:00:00Z') / 1000);
      expect(found!.event.summary).toBe('Council, spring session');
      expect(found!.component.getFirstPropertyValue('url')).toMatch(new RegExp(`/meetings/${convened}$`));
    }
    // Someone without a seat has none of the council's meetings.
    const { events: others } = await feed(`/api/people/${ids.person}/calendar.ics`);
    expect(others.has(`meeting-${convened}@jumelage`)).toBe(false);

    const cancelled = await ctx.request({
      method: 'POST',
      url: `/api/meetings/${convened}/transitions`,
      payload: { action: 'cancel' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const after = (await feed(`/api/networks/${network}/calendar.ics`)).events.get(
      `meeting-${convened}@jumelage`,
    )!;
    expect(after.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    const sequence = (id: typeof after) => Number(id.component.getFirstPropertyValue('sequence') ?? 0);
    expect(sequence(after)).toBeGreaterThan(0);
  });
});
