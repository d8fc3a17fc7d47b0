import { beforeAll, describe, expect, it } from 'vitest';
import { type As, setUpTestApp } from './helpers/app.ts';
import { createNetworkWithCouncil } from './helpers/fixtures.ts';

// A meeting planned as a draft is the secretariat's own until convened: the public, and the body's
// members, neither read it nor see it listed.

const ctx = setUpTestApp();
let council = '';
let secretariat: As;
let member: As;

beforeAll(async () => {
  let network = '';
  ({ network, council } = await createNetworkWithCouncil(ctx, [], 'Drafting club'));
  secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: network }]);
  member = await ctx.signInAs([{ role: 'council_member', scopeId: council }]);
});

describe('a draft meeting', () => {
  it('is read and listed only by those who manage the body, until it is convened', async () => {
    const created = await ctx.request({
      as: secretariat,
      method: 'POST',
      url: `/api/bodies/${council}/meetings`,
      payload: {
        title: { en: 'Extraordinary session' },
        mode: 'online',
        startsAt: '2026-06-01T10:00:00Z',
        timezone: 'Africa/Dakar',
        url: 'https://meet.example.org/x',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.data as { id: string }).id;
    const listed = async (as: As) =>
      (
        (await ctx.request({ as, method: 'GET', url: `/api/bodies/${council}/meetings` })).data as {
          items: Array<{ id: string }>;
        }
      ).items.map((item) => item.id);

    expect(
      (await ctx.request({ as: secretariat, method: 'GET', url: `/api/meetings/${id}` })).statusCode,
    ).toBe(200);
    expect(await listed(secretariat)).toContain(id);
    for (const reader of ['public', member] as const) {
      const read = await ctx.request({ as: reader, method: 'GET', url: `/api/meetings/${id}` });
      expect(read.statusCode).toBe(404);
      expect(read.body).not.toContain('Extraordinary');
      expect(await listed(reader)).not.toContain(id);
    }

    const convened = await ctx.request({
      as: secretariat,
      method: 'POST',
      url: `/api/meetings/${id}/transitions`,
      payload: { action: 'convene' },
    });
    expect(convened.statusCode, convened.body).toBe(200);
    for (const reader of ['public', member] as const) {
      expect((await ctx.request({ as: reader, method: 'GET', url: `/api/meetings/${id}` })).statusCode).toBe(
        200,
      );
      expect(await listed(reader)).toContain(id);
    }
  });
});
