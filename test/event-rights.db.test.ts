import { beforeAll, describe, expect, it } from 'vitest';
import { type As, setUpTestApp } from './helpers/app.ts';
import { createCity } from './helpers/fixtures.ts';

// An event goes on its organizer's page and calendar: only those who act for the organizer put it
// there, change it or cancel it, decided on the event as it is when they do.
const ctx = setUpTestApp();
const ids = {} as Record<'ivry' | 'dakar', string>;
let ivryOfficer: As;
let dakarOfficer: As;

beforeAll(async () => {
  ids.ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.dakar = (await createCity(ctx, 'Dakar', 'SN')).id;
  ivryOfficer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.ivry }]);
  dakarOfficer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.dakar }]);
});

const create = (as: As, organizerId: string) =>
  ctx.request({
    method: 'POST',
    url: '/api/events',
    as,
    payload: {
      kind: 'ceremony',
      title: { fr: 'Cérémonie' },
      organizerId,
      status: 'planned',
      startDate: '2027-03-01',
    },
  });

describe('who puts an event on an organizer’s calendar', () => {
  it('is someone acting for the organizer, never another city’s officer', async () => {
    const refused = await create(ivryOfficer, ids.dakar);
    expect(refused.statusCode).toBe(403);
    expect((refused.data as { field?: string }).field).toBe('/organizerId');
    const calendar = await ctx.request({ url: `/api/organizations/${ids.dakar}/calendar.ics`, as: 'public' });
    expect(calendar.body).not.toContain('Cérémonie');
    const created = await create(dakarOfficer, ids.dakar);
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.data as { id: string }).id;
    expect(
      (await ctx.request({ method: 'POST', url: `/api/events/${id}/cancel`, as: ivryOfficer })).statusCode,
    ).toBe(403);
    const cancelled = await ctx.request({
      method: 'POST',
      url: `/api/events/${id}/cancel`,
      as: dakarOfficer,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
  });
});
