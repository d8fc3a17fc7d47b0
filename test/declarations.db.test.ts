import { beforeAll, describe, expect, it } from 'vitest';
import { expectData } from './helpers/api-client.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { createCity, createNetworkWithCouncil } from './helpers/fixtures.ts';

/*
 * A network's word on its members' agreements (issue: governance, item 6): declared by the member
 * whose officer records one, validated or returned by the network's secretariat.
 */
const ctx = setUpTestApp();
const ids = {} as Record<'smara' | 'ivry' | 'outside' | 'club' | 'council', string>;
let officer: As;
let secretariat: As;
let otherOfficer: As;

interface Declaration {
  id: string;
  status: string;
  reason: string | null;
  version: number;
  declaredBy: { id: string };
  network: { id: string };
  allowedActions: string[];
}

const record = async (who: As, parties: string[], visibility: 'public' | 'restricted' = 'public') => {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/agreements',
    as: who,
    payload: {
      type: 'twinning',
      title: { fr: `Jumelage ${Math.random()}` },
      parties: parties.map((organizationId) => ({ organizationId })),
      visibility,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return (created.data as { id: string }).id;
};
const declarationsOf = async (agreement: string, who: As) => {
  const answer = await ctx.request({ url: `/api/agreements/${agreement}/declarations`, as: who });
  return { status: answer.statusCode, items: answer.data as Declaration[] };
};
const step = (agreement: string, who: As, body: { action: string; reason?: string }, version?: number) =>
  ctx.request({
    method: 'POST',
    url: `/api/agreements/${agreement}/declarations/${ids.club}/transitions`,
    as: who,
    payload: body,
    ...(version === undefined ? {} : { headers: { 'if-match': `"${version}"` } }),
  });
const validatedIds = async () =>
  (
    await expectData(
      ctx.api.GET('/api/agreements', { params: { query: { validatedBy: ids.club, limit: 100 } } }),
      200,
    )
  ).items.map((item) => item.id);

beforeAll(async () => {
  ids.smara = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.ivry = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.outside = (await createCity(ctx, 'Brikama', 'GM')).id;
  ({ network: ids.club, council: ids.council } = await createNetworkWithCouncil(
    ctx,
    [ids.smara, ids.ivry],
    'Club des villes jumelées',
  ));
  officer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.smara }]);
  otherOfficer = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.outside }]);
  secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.club }]);
});

describe('agreements declared to a network', () => {
  it('are the member’s word until the network validates them, and a return says why to them only', async () => {
    const agreement = await record(officer, [ids.smara, ids.ivry]);
    const [declared] = (await declarationsOf(agreement, 'public')).items;
    expect(declared).toMatchObject({
      status: 'declared',
      declaredBy: { id: ids.smara },
      network: { id: ids.club },
    });
    expect(declared!.allowedActions).toEqual([]);
    expect((await declarationsOf(agreement, secretariat)).items[0]!.allowedActions).toEqual([
      'validate',
      'return',
    ]);
    expect(await validatedIds()).not.toContain(agreement);

    // Only the network decides, and a return must say why.
    expect((await step(agreement, officer, { action: 'validate' })).statusCode).toBe(403);
    expect((await step(agreement, otherOfficer, { action: 'validate' })).statusCode).toBe(403);
    const unexplained = await step(agreement, secretariat, { action: 'return', reason: ' ' });
    expect(unexplained.statusCode).toBe(422);
    expect((unexplained.data as { field: string }).field).toBe('/reason');
    const returned = await step(agreement, secretariat, {
      action: 'return',
      reason: 'La date de signature manque',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.data).toMatchObject({ status: 'returned', reason: 'La date de signature manque' });
    expect((await declarationsOf(agreement, officer)).items[0]).toMatchObject({
      reason: 'La date de signature manque',
      allowedActions: ['redeclare'],
    });
    expect((await declarationsOf(agreement, 'public')).items[0]!.reason).toBeNull();

    // Declared again once corrected, then validated: the lists filtered on the network find it.
    expect((await step(agreement, officer, { action: 'redeclare' })).data).toMatchObject({
      status: 'declared',
    });
    const current = (await declarationsOf(agreement, secretariat)).items[0]!;
    expect((await step(agreement, secretariat, { action: 'validate' }, current.version - 1)).statusCode).toBe(
      412,
    );
    const validated = await step(agreement, secretariat, { action: 'validate' }, current.version);
    expect(validated.data).toMatchObject({ status: 'validated', reason: null });
    expect((await step(agreement, secretariat, { action: 'validate' })).statusCode).toBe(409);
    expect(await validatedIds()).toContain(agreement);
    const listed = await ctx.request({
      url: `/api/networks/${ids.club}/declarations?status=validated`,
      as: 'public',
    });
    expect((listed.data as { items: Declaration[] }).items.map((item) => item.id)).toContain(current.id);
  });

  it('are validated at once when the network’s secretariat records them, and never for the platform’s own', async () => {
    const bySecretariat = await record(secretariat, [ids.smara, ids.ivry]);
    expect((await declarationsOf(bySecretariat, 'public')).items).toMatchObject([{ status: 'validated' }]);
    expect(await validatedIds()).toContain(bySecretariat);
    const byAdmin = await record('admin', [ids.smara, ids.ivry]);
    expect((await declarationsOf(byAdmin, 'public')).items).toEqual([]);
    // A member outside any network declares to none.
    const outsideNetworks = await record(otherOfficer, [ids.outside, ids.ivry]);
    expect((await declarationsOf(outsideNetworks, 'public')).items).toEqual([]);
    const missing = await step(outsideNetworks, secretariat, { action: 'validate' });
    expect(missing.statusCode).toBe(404);
  });

  it('are not told of an agreement the reader may not read', async () => {
    const restricted = await record(officer, [ids.smara, ids.ivry], 'restricted');
    expect((await declarationsOf(restricted, 'public')).status).toBe(404);
    expect((await declarationsOf(restricted, officer)).items).toHaveLength(1);
    const listed = await ctx.request({ url: `/api/networks/${ids.club}/declarations`, as: 'public' });
    expect(
      (listed.data as { items: Array<{ agreementId: string }> }).items.map((item) => item.agreementId),
    ).not.toContain(restricted);
  });

  it('are listed a page at a time, oldest first, each once, for the public only what is public', async () => {
    const recorded = [];
    for (let index = 0; index < 3; index += 1) recorded.push(await record(officer, [ids.smara, ids.ivry]));
    const restricted = await record(officer, [ids.smara, ids.ivry], 'restricted');
    const everyOne = async (who: As) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
        const answer = await ctx.request({ url: `/api/networks/${ids.club}/declarations?${query}`, as: who });
        expect(answer.statusCode, answer.body).toBe(200);
        const page = answer.data as { items: Array<{ agreementId: string }>; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((item) => item.agreementId));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 50);
      return seen;
    };
    const publicly = await everyOne('public');
    expect(new Set(publicly).size).toBe(publicly.length);
    expect(publicly.slice(-3)).toEqual(recorded);
    expect(publicly).not.toContain(restricted);
    const byOfficer = await everyOne(officer);
    expect(new Set(byOfficer).size).toBe(byOfficer.length);
    expect(byOfficer).toEqual(expect.arrayContaining([...publicly, restricted]));
    const broken = await ctx.request({
      url: `/api/networks/${ids.club}/declarations?cursor=bm9wZQ`,
      as: 'public',
    });
    expect(broken.statusCode).toBe(422);
    expect(broken.data).toMatchObject({ field: '/cursor' });
  });

  it('are acted on only by those who may read the agreement, and tell nothing to others', async () => {
    const restricted = await record(officer, [ids.smara, ids.ivry], 'restricted');
    // The club's secretariat is not among its readers: it is no agreement to them.
    expect((await step(restricted, secretariat, { action: 'validate' })).statusCode).toBe(404);
    const stranger = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.outside }]);
    for (const action of ['validate', 'return', 'redeclare']) {
      const answer = await step(restricted, stranger, { action, reason: 'x' });
      expect(answer.statusCode, action).toBe(404);
      expect(answer.body).not.toContain('declaration');
    }
  });

  it('wait for the network again once the agreement changed, and follow its parties', async () => {
    const agreement = await record(officer, [ids.smara, ids.ivry]);
    expect((await step(agreement, secretariat, { action: 'validate' })).statusCode).toBe(200);
    expect(await validatedIds()).toContain(agreement);
    const edited = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${agreement}`,
      as: officer,
      payload: { title: { fr: 'Jumelage Smara–Ivry, titre corrigé' } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await declarationsOf(agreement, 'public')).items).toMatchObject([{ status: 'declared' }]);
    expect((await step(agreement, secretariat, { action: 'validate' })).statusCode).toBe(200);
    // Sending the record as it stands changes nothing the network read: its word stands.
    const unchanged = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${agreement}`,
      as: officer,
      payload: { title: { fr: 'Jumelage Smara–Ivry, titre corrigé' } },
    });
    expect(unchanged.statusCode, unchanged.body).toBe(200);
    expect((await declarationsOf(agreement, 'public')).items).toMatchObject([{ status: 'validated' }]);
    const retitled = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${agreement}`,
      as: officer,
      payload: { title: { fr: 'Jumelage Smara–Ivry-sur-Seine' } },
    });
    expect(retitled.statusCode, retitled.body).toBe(200);
    expect((await declarationsOf(agreement, 'public')).items).toMatchObject([{ status: 'declared' }]);
    expect(await validatedIds()).not.toContain(agreement);
    // The declaring member no longer a party: its declaration goes with it.
    const repointed = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${agreement}`,
      as: 'admin',
      payload: { parties: [{ organizationId: ids.outside }, { organizationId: ids.ivry }] },
    });
    expect(repointed.statusCode, repointed.body).toBe(200);
    expect((await declarationsOf(agreement, 'public')).items).toEqual([]);
  });

  it('are validated by a council decision approving the agreement, and only one declared to its network', async () => {
    const meeting = await ctx.request({
      method: 'POST',
      url: `/api/bodies/${ids.council}/meetings`,
      as: secretariat,
      payload: {
        title: { fr: 'Conseil de coordination' },
        mode: 'in_person',
        startsAt: '2026-05-04T10:00:00Z',
        timezone: 'Africa/Casablanca',
        place: 'Smara',
      },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = (meeting.data as { id: string }).id;
    const decide = (agreement: string) =>
      ctx.request({
        method: 'POST',
        url: `/api/meetings/${meetingId}/decisions`,
        as: secretariat,
        payload: {
          text: { fr: 'Le conseil approuve l’accord déclaré' },
          entityType: 'agreement',
          entityId: agreement,
          effect: 'approve_agreement',
        },
      });

    const declared = await record(officer, [ids.smara, ids.ivry]);
    expect((await declarationsOf(declared, 'public')).items).toMatchObject([{ status: 'declared' }]);
    const approved = await decide(declared);
    expect(approved.statusCode, approved.body).toBe(201);
    expect(
      (approved.data as { decisions: Array<{ appliedAt: string | null }> }).decisions.at(-1)!.appliedAt,
    ).not.toBeNull();
    expect((await declarationsOf(declared, 'public')).items).toMatchObject([{ status: 'validated' }]);
    expect(await validatedIds()).toContain(declared);

    // An agreement no member declared to the Club: the decision cannot act on it, and is not kept.
    const elsewhere = await record('admin', [ids.outside, ids.ivry]);
    const refused = await decide(elsewhere);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.data).toMatchObject({ code: 'governance.agreement_not_declared', field: '/entityId' });
    const after = await ctx.request({ url: `/api/meetings/${meetingId}`, as: secretariat });
    expect((after.data as { decisions: unknown[] }).decisions).toHaveLength(1);
  });
});
