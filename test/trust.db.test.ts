import { beforeAll, describe, expect, it } from 'vitest';
import { type As, setUpTestApp } from './helpers/app.ts';
import {
  countRows,
  createCity,
  createNetworkWithCouncil,
  createPerson,
  MINIMAL_PDF,
  multipartBody,
} from './helpers/fixtures.ts';

/*
 * Rights no one can widen by their own write (issue: trust). Two networks, N (cities A, B) and
 * M (city D); city C belongs to neither. Each case was reproduced against the code before the fix.
 */
const ctx = setUpTestApp();

const ids = {} as Record<'n' | 'nCouncil' | 'm' | 'a' | 'b' | 'c' | 'd' | 'agreementMembersM', string>;
const as = {} as Record<
  'officerA' | 'officerC' | 'officerD' | 'secretariatN' | 'secretariatM',
  { cookie: string }
>;

const membersOnly = async (parties: string[], title: string) => {
  const response = await ctx.request({
    method: 'POST',
    url: '/api/agreements',
    payload: {
      type: 'cooperation_agreement',
      visibility: 'members',
      title: { en: title },
      parties: parties.map((organizationId) => ({ organizationId })),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data.id as string;
};
const read = (url: string, who: As) => ctx.request({ method: 'GET', url, as: who });
const userIdOf = async (who: { cookie: string }) => (await read('/api/auth/me', who)).data.user.id as string;

beforeAll(async () => {
  ids.a = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.b = (await createCity(ctx, 'Timbuktu', 'ML')).id;
  ids.c = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  ids.d = (await createCity(ctx, 'Banjul', 'GM')).id;
  const n = await createNetworkWithCouncil(ctx, [ids.a, ids.b], 'Club N');
  ids.n = n.network;
  ids.nCouncil = n.council;
  ids.m = (await createNetworkWithCouncil(ctx, [ids.d], 'Club M')).network;
  ids.agreementMembersM = await membersOnly([ids.d, ids.m], 'Within M');
  as.officerA = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.a }]);
  as.officerC = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.c }]);
  as.officerD = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.d }]);
  as.secretariatN = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.n }]);
  as.secretariatM = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.m }]);
});

describe('1. an organization’s parent is not network membership', () => {
  it('lets an officer set an administrative parent, which opens nothing of the network', async () => {
    const url = `/api/agreements/${ids.agreementMembersM}`;
    expect((await read(url, as.officerA)).statusCode).toBe(404);
    const patched = await ctx.request({
      method: 'PATCH',
      url: `/api/organizations/${ids.a}`,
      payload: { parentId: ids.m },
      as: as.officerA,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await read(url, as.officerA)).statusCode).toBe(404);
    const list = await read('/api/agreements?limit=100', as.officerA);
    expect(list.data.items.map((item: { id: string }) => item.id)).not.toContain(ids.agreementMembersM);
    await ctx.request({ method: 'PATCH', url: `/api/organizations/${ids.a}`, payload: { parentId: null } });
  });

  it('refuses to place a body under a network by anyone who does not act for it, writing nothing', async () => {
    const before = await countRows(ctx);
    const created = await ctx.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'body', subkind: 'council', name: { en: 'Shadow council' }, parentId: ids.m },
      as: as.officerA,
    });
    expect(created.statusCode, created.body).toBe(403);
    expect(created.data.field).toBe('/parentId');
    const moved = await ctx.request({
      method: 'PATCH',
      url: `/api/organizations/${ids.nCouncil}`,
      payload: { parentId: ids.m },
      as: as.secretariatN,
    });
    expect(moved.statusCode, moved.body).toBe(403);
    expect(await countRows(ctx)).toEqual(before);
  });
});

describe('2. a network admits an organization only with its consent', () => {
  it('records the secretariat’s invitation as a request that grants nothing until the city accepts', async () => {
    const invited = await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.n, memberOrganizationId: ids.c, role: 'member' },
      as: as.secretariatN,
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.data.status).toBe('invited');
    // Not yet a member: the secretariat neither edits C nor invites its officers.
    const edit = await ctx.request({
      method: 'PATCH',
      url: `/api/organizations/${ids.c}`,
      payload: { acronym: 'IVR' },
      as: as.secretariatN,
    });
    expect(edit.statusCode).toBe(403);
    const invitation = await ctx.request({
      method: 'POST',
      url: '/api/invitations',
      payload: {
        email: 'officer-c@ivry.example',
        language: 'fr',
        grants: [{ role: 'municipal_officer', scopeId: ids.c }],
      },
      as: as.secretariatN,
    });
    expect(invitation.statusCode).toBe(403);
    const network = await read(`/api/networks/${ids.n}`, 'public');
    expect(
      network.data.members.map((member: { organization: { id: string } }) => member.organization.id),
    ).not.toContain(ids.c);
    // The secretariat cannot accept its own invitation, nor can another city.
    for (const who of [as.secretariatN, as.officerA]) {
      const accepted = await ctx.request({
        method: 'POST',
        url: `/api/memberships/${invited.data.id}/transitions`,
        payload: { action: 'accept' },
        as: who,
      });
      expect(accepted.statusCode, accepted.body).toBe(403);
    }
    // C's officer accepts: now the secretariat acts for C.
    const accepted = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${invited.data.id}/transitions`,
      payload: { action: 'accept', on: '2026-11-30' },
      as: as.officerC,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.data).toMatchObject({ status: 'active', startDate: '2026-11-30' });
    expect(
      (
        await ctx.request({
          method: 'PATCH',
          url: `/api/organizations/${ids.c}`,
          payload: { acronym: 'IVR' },
          as: as.secretariatN,
        })
      ).statusCode,
    ).toBe(200);

    // Ending it, on a date, takes away what it gave: the day it happened, not one still to come.
    const early = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${invited.data.id}/transitions`,
      payload: { action: 'end', on: '2999-01-01' },
      as: as.officerC,
    });
    expect(early.statusCode, early.body).toBe(422);
    expect(early.data.field).toBe('/on');
    const ended = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${invited.data.id}/transitions`,
      payload: { action: 'end', on: '2026-12-01' },
      as: as.officerC,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.data).toMatchObject({ status: 'ended', endDate: '2026-12-01' });
    expect(
      (
        await ctx.request({
          method: 'PATCH',
          url: `/api/organizations/${ids.c}`,
          payload: { acronym: 'IVRY' },
          as: as.secretariatN,
        })
      ).statusCode,
    ).toBe(403);
    const again = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${invited.data.id}/transitions`,
      payload: { action: 'accept' },
      as: as.officerC,
    });
    expect(again.statusCode).toBe(409);
  });

  it('takes an application from the city, answered by the network’s secretariat only', async () => {
    const agreement = await membersOnly([ids.d, ids.m], 'Members of M only');
    const applied = await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.m, memberOrganizationId: ids.c, role: 'member' },
      as: as.officerC,
    });
    expect(applied.data.status).toBe('applied');
    expect((await read(`/api/agreements/${agreement}`, as.officerC)).statusCode).toBe(404);
    const self = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${applied.data.id}/transitions`,
      payload: { action: 'accept' },
      as: as.officerC,
    });
    expect(self.statusCode).toBe(403);
    const admitted = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${applied.data.id}/transitions`,
      payload: { action: 'accept' },
      as: as.secretariatM,
    });
    expect(admitted.statusCode, admitted.body).toBe(200);
    expect((await read(`/api/agreements/${agreement}`, as.officerC)).statusCode).toBe(200);
    await ctx.request({
      method: 'POST',
      url: `/api/memberships/${applied.data.id}/transitions`,
      payload: { action: 'end' },
      as: as.secretariatM,
    });
    expect((await read(`/api/agreements/${agreement}`, as.officerC)).statusCode).toBe(404);
  });

  it('refuses a membership recorded by someone who speaks for neither side, writing nothing', async () => {
    const before = await countRows(ctx);
    const response = await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.m, memberOrganizationId: ids.b, role: 'member' },
      as: as.officerA,
    });
    expect(response.statusCode).toBe(403);
    expect(await countRows(ctx)).toEqual(before);
  });
});

describe('3. an agreement is re-pointed only to parties the actor acts for', () => {
  it('refuses the secretariat naming a non-member, and an officer naming two other cities', async () => {
    const created = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: { en: 'A–B' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
      },
      as: as.secretariatN,
    });
    expect(created.statusCode, created.body).toBe(201);
    const before = await countRows(ctx);
    const attempts = [
      { who: as.secretariatN, parties: [ids.a, ids.c] },
      { who: as.officerA, parties: [ids.c, ids.d] },
    ];
    for (const { who, parties } of attempts) {
      const response = await ctx.request({
        method: 'PATCH',
        url: `/api/agreements/${created.data.id}`,
        payload: { parties: parties.map((organizationId) => ({ organizationId })) },
        as: who,
      });
      expect(response.statusCode, response.body).toBe(403);
      expect(response.data.field).toBe('/parties');
    }
    expect(await countRows(ctx)).toEqual(before);
    const after = await read(`/api/agreements/${created.data.id}`, 'public');
    expect(
      after.data.parties.map((party: { organization: { id: string } }) => party.organization.id),
    ).toEqual([ids.a, ids.b]);
  });

  it('refuses a change that would take the agreement out of its author’s sight', async () => {
    const created = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: { en: 'A–B, council only' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
      },
      as: as.secretariatN,
    });
    const response = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${created.data.id}`,
      payload: { visibility: 'restricted', readers: { userIds: [], bodyIds: [ids.nCouncil] } },
      as: as.secretariatN,
    });
    expect(response.statusCode, response.body).toBe(403);
    expect((await read(`/api/agreements/${created.data.id}`, 'public')).data.visibility).toBe('public');
  });
});

describe('4. contact details are written by the person’s own and answered as GET answers them', () => {
  it('refuses other roles, and never answers a write with details its caller cannot read', async () => {
    const person = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Fatimatou Abdel Malek', email: 'fatimatou@example.org', phone: '+222 45 00 00 00' },
      as: as.officerD,
    });
    expect(person.statusCode).toBe(201);
    // The creator shares no network with the person: the answer hides the details, like GET.
    expect(person.data.email).toBeNull();
    const url = `/api/people/${person.data.id}`;
    const rename = await ctx.request({
      method: 'PATCH',
      url,
      payload: { alternateNames: ['Fatma'] },
      as: as.officerA,
    });
    expect(rename.statusCode, rename.body).toBe(200);
    expect(rename.data).toMatchObject({ email: null, phone: null });
    expect((await read(url, as.officerA)).data.email).toBeNull();
    const before = await countRows(ctx);
    for (const payload of [{ email: 'attacker@example.org' }, { phone: '+33 1 00 00 00 00' }]) {
      const response = await ctx.request({ method: 'PATCH', url, payload, as: as.officerA });
      expect(response.statusCode, response.body).toBe(403);
      expect(response.data.field).toBe(Object.keys(payload)[0] === 'email' ? '/email' : '/phone');
    }
    expect(await countRows(ctx)).toEqual(before);
    expect((await read(url, 'admin')).data.email).toBe('fatimatou@example.org');
  });

  it('lets the person themselves and an officer of their confirmed organization change them', async () => {
    const person = await createPerson(ctx, 'Mohamed Salem Ould Brahim');
    const url = `/api/people/${person.id}`;
    const linked = await ctx.signInAs([]);
    expect(
      (
        await ctx.request({
          method: 'PUT',
          url: `/api/users/${await userIdOf(linked)}/person`,
          payload: { personId: person.id },
        })
      ).statusCode,
    ).toBe(204);
    const own = await ctx.request({
      method: 'PATCH',
      url,
      payload: { email: 'salem@example.org' },
      as: linked,
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.data.email).toBe('salem@example.org');
    const post = await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.d, personId: person.id, role: 'mayor' },
      as: as.officerD,
    });
    expect(post.data.status).toBe('invited');
    expect(
      (await ctx.request({ method: 'PATCH', url, payload: { phone: '+220 400 0000' }, as: as.officerD }))
        .statusCode,
    ).toBe(403);
    const confirmed = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${post.data.id}/transitions`,
      payload: { action: 'accept' },
      as: linked,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const byOfficer = await ctx.request({
      method: 'PATCH',
      url,
      payload: { phone: '+220 400 0000' },
      as: as.officerD,
    });
    expect(byOfficer.statusCode, byOfficer.body).toBe(200);
    expect(byOfficer.data.phone).toBe('+220 400 0000');
  });
});

describe('5. attaching a person to one’s organization unlocks nothing until they confirm', () => {
  it('keeps the person’s contact details hidden while the post waits for their confirmation', async () => {
    const person = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Lamine Diouf', email: 'lamine@example.org' },
    });
    const url = `/api/people/${person.data.id}`;
    expect((await read(url, as.officerA)).data.email).toBeNull();
    const attached = await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.a, personId: person.data.id, role: 'expert' },
      as: as.officerA,
    });
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.data.status).toBe('invited');
    expect((await read(url, as.officerA)).data.email).toBeNull();
    expect((await read(url, as.secretariatN)).data.email).toBeNull();
    // The officer cannot confirm for the person; an admin can.
    const byOfficer = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${attached.data.id}/transitions`,
      payload: { action: 'accept' },
      as: as.officerA,
    });
    expect(byOfficer.statusCode).toBe(403);
    const byAdmin = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${attached.data.id}/transitions`,
      payload: { action: 'accept' },
    });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect((await read(url, as.officerA)).data.email).toBe('lamine@example.org');
    expect((await read(url, as.secretariatN)).data.email).toBe('lamine@example.org');
  });
});

describe('6. a source is as open as the records citing it', () => {
  it('hides a source cited only by closed agreements from lists, pages, the export and history', async () => {
    const agreement = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'cooperation_agreement',
        visibility: 'restricted',
        title: { en: 'Confidential protocol' },
        parties: [{ organizationId: ids.d }, { organizationId: ids.m }],
        sources: [
          {
            source: {
              kind: 'press_article',
              title: 'Confidential memo on Banjul',
              language: 'en',
              url: 'https://example.org/memo',
            },
            quote: 'A protocol is being prepared.',
          },
        ],
      },
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const sourceId = agreement.data.sources[0].source.id as string;
    for (const who of ['public', as.officerA, as.secretariatN] as As[]) {
      const list = await read('/api/sources', who);
      expect(list.data.items.map((source: { id: string }) => source.id)).not.toContain(sourceId);
      expect((await read(`/api/sources/${sourceId}`, who)).statusCode).toBe(404);
    }
    expect(JSON.stringify((await read('/api/export', 'public')).data)).not.toContain('Confidential memo');
    const history = await read(`/api/audit?entity=source&id=${sourceId}`, as.officerA);
    expect(history.statusCode).toBe(404);
    // An officer of a party reads it; citing it from an open record is refused to those who cannot.
    expect((await read(`/api/sources/${sourceId}`, as.officerD)).statusCode).toBe(200);
    expect((await read(`/api/audit?entity=source&id=${sourceId}`, as.officerD)).statusCode).toBe(200);
    const open = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: { en: 'Open' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
        sources: [{ sourceId }],
      },
      as: as.officerA,
    });
    expect(open.statusCode, open.body).toBe(422);
    expect(open.data.field).toBe('/sources/0/sourceId');
    expect((await read(`/api/sources/${sourceId}`, 'public')).statusCode).toBe(404);
  });

  it('keeps a source public when an open record cites it too', async () => {
    const source = await ctx.request({
      method: 'POST',
      url: '/api/sources',
      payload: { kind: 'press_article', title: 'Le Monde: Ivry et Smara', language: 'fr' },
    });
    await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        visibility: 'restricted',
        title: { en: 'Closed' },
        parties: [{ organizationId: ids.d }],
        sources: [{ sourceId: source.data.id }],
      },
    });
    await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Philippe Bouyssou', sources: [{ sourceId: source.data.id }] },
    });
    expect((await read(`/api/sources/${source.data.id}`, 'public')).statusCode).toBe(200);
  });
});

describe('consent holds in networks of networks', () => {
  it('lets no secretariat admit others into a member network, nor join it to anything', async () => {
    const p = (await createNetworkWithCouncil(ctx, [], 'Club P')).network;
    // P is a member of N, with both agreeing (the admin records it for both).
    await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.n, memberOrganizationId: p, role: 'member' },
    });
    const closed = await membersOnly([ids.d, p], 'Within P');
    // N's secretariat makes N a member of P: only a request, which P's own side must answer.
    const joined = await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: p, memberOrganizationId: ids.n, role: 'member' },
      as: as.secretariatN,
    });
    expect(joined.statusCode, joined.body).toBe(201);
    expect(joined.data.status).toBe('applied');
    // C applies to P; N's secretariat may not admit it.
    const applied = await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: p, memberOrganizationId: ids.c, role: 'member' },
      as: as.officerC,
    });
    const admitted = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${applied.data.id}/transitions`,
      payload: { action: 'accept' },
      as: as.secretariatN,
    });
    expect(admitted.statusCode).toBe(403);
    expect((await read(`/api/agreements/${closed}`, as.officerC)).statusCode).toBe(404);
  });
});

describe('an agreement’s history shows what its page shows', () => {
  it('keeps documents the reader may not read out of the snapshots', async () => {
    const agreement = await membersOnly([ids.d, ids.m], 'With a confidential annex');
    const upload = multipartBody(
      { language: 'fr', visibility: 'restricted' },
      { name: 'confidential-annex.pdf', content: MINIMAL_PDF },
    );
    const uploaded = await ctx.request({
      method: 'POST',
      url: `/api/agreements/${agreement}/documents`,
      payload: upload.payload,
      headers: upload.headers,
      as: as.officerD,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${agreement}`,
      payload: { title: { en: 'Renamed' } },
      as: as.officerD,
    });
    expect((await read(`/api/agreements/${agreement}`, as.secretariatM)).data.documents).toEqual([]);
    const history = await read(`/api/audit?entity=agreement&id=${agreement}`, as.secretariatM);
    expect(history.statusCode).toBe(200);
    expect(history.body).not.toContain('confidential-annex.pdf');
    expect((await read(`/api/audit?entity=agreement&id=${agreement}`, as.officerD)).body).toContain(
      'confidential-annex.pdf',
    );
  });
});

describe('a closed source is opened only by whoever acts for the records keeping it closed', () => {
  it('refuses a reader who does not act for them, and lets them record the article anew', async () => {
    const council = await ctx.signInAs([{ role: 'council_member', scopeId: ids.nCouncil }]);
    const agreement = await ctx.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        visibility: 'restricted',
        readers: { bodyIds: [ids.nCouncil] },
        title: { en: 'For the council' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
        sources: [{ source: { kind: 'press_article', title: 'Council memo', language: 'fr' } }],
      },
    });
    const sourceId = agreement.data.sources[0].source.id as string;
    expect((await read(`/api/sources/${sourceId}`, council)).statusCode).toBe(200);
    const opened = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Someone', sources: [{ sourceId }] },
      as: council,
    });
    expect(opened.statusCode, opened.body).toBe(422);
    expect(opened.data).toMatchObject({ field: '/sources/0/sourceId', code: 'source.closed' });
    expect((await read(`/api/sources/${sourceId}`, 'public')).statusCode).toBe(404);
  });
});

describe('a network’s body stays where its own side put it', () => {
  it('refuses a secretariat moving its council under a member network, writing nothing', async () => {
    const q = (await createNetworkWithCouncil(ctx, [], 'Club Q')).network;
    await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.n, memberOrganizationId: q, role: 'member' },
    });
    const before = await countRows(ctx);
    const moved = await ctx.request({
      method: 'PATCH',
      url: `/api/organizations/${ids.nCouncil}`,
      payload: { parentId: q },
      as: as.secretariatN,
    });
    expect(moved.statusCode, moved.body).toBe(403);
    expect(moved.data.field).toBe('/parentId');
    const created = await ctx.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'body', name: { en: 'Bureau of Q' }, parentId: q },
      as: as.secretariatN,
    });
    expect(created.statusCode, created.body).toBe(403);
    expect(await countRows(ctx)).toEqual(before);
    expect((await read(`/api/organizations/${ids.nCouncil}`, 'public')).data.parentId).toBe(ids.n);
  });
});
