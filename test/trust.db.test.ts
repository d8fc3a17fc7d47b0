import { beforeAll, describe, expect, it } from 'vitest';
import { expectData, expectProblem, statusOf } from './helpers/api-client.ts';
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

const membersOnly = async (parties: string[], title: string) =>
  (
    await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
          type: 'cooperation_agreement',
          visibility: 'members',
          title: { en: title },
          parties: parties.map((organizationId) => ({ organizationId })),
        },
      }),
      201,
    )
  ).id;
const agreementAs = (id: string, who: As) =>
  ctx.apiAs(who).GET('/api/agreements/{id}', { params: { path: { id } } });
const organizationAs = (id: string, who: As) =>
  ctx.apiAs(who).GET('/api/organizations/{id}', { params: { path: { id } } });
const personAs = (id: string, who: As) =>
  ctx.apiAs(who).GET('/api/people/{id}', { params: { path: { id } } });
const sourceAs = (id: string, who: As) =>
  ctx.apiAs(who).GET('/api/sources/{id}', { params: { path: { id } } });
/** The email a reader is shown of a person (null when hidden from them). */
const emailAs = async (id: string, who: As) => (await expectData(personAs(id, who), 200)).email;
/** A record's history, read raw: the audit query is one of two shapes, which its typed parameters do not say. */
const historyAs = (entity: string, id: string, who: As) =>
  ctx.request({ method: 'GET', url: `/api/audit?entity=${entity}&id=${id}`, as: who });
const userIdOf = async (who: { cookie: string }) =>
  (await expectData(ctx.apiAs(who).GET('/api/auth/me'), 200)).user.id;
const transition = (id: string, body: { action: 'accept' | 'decline' | 'end'; on?: string }, who: As) =>
  ctx.apiAs(who).POST('/api/memberships/{id}/transitions', { params: { path: { id } }, body });
const editOrganization = (id: string, body: { acronym?: string; parentId?: string | null }, who: As) =>
  ctx.apiAs(who).PATCH('/api/organizations/{id}', { params: { path: { id } }, body });

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
    expect(await statusOf(agreementAs(ids.agreementMembersM, as.officerA))).toBe(404);
    await expectData(editOrganization(ids.a, { parentId: ids.m }, as.officerA), 200);
    expect(await statusOf(agreementAs(ids.agreementMembersM, as.officerA))).toBe(404);
    const list = await ctx.apiAs(as.officerA).GET('/api/agreements', { params: { query: { limit: 100 } } });
    expect(list.data?.items.map((item) => item.id)).not.toContain(ids.agreementMembersM);
    await editOrganization(ids.a, { parentId: null }, 'admin');
  });

  it('refuses to place a body under a network by anyone who does not act for it, writing nothing', async () => {
    const before = await countRows(ctx);
    const created = await expectProblem(
      ctx.apiAs(as.officerA).POST('/api/organizations', {
        body: { kind: 'body', subkind: 'council', name: { en: 'Shadow council' }, parentId: ids.m },
      }),
      403,
    );
    expect(created.field).toBe('/parentId');
    await expectProblem(editOrganization(ids.nCouncil, { parentId: ids.m }, as.secretariatN), 403);
    expect(await countRows(ctx)).toEqual(before);
  });
});

describe('2. a network admits an organization only with its consent', () => {
  it('records the secretariat’s invitation as a request that grants nothing until the city accepts', async () => {
    const invited = await expectData(
      ctx.apiAs(as.secretariatN).POST('/api/memberships', {
        body: { organizationId: ids.n, memberOrganizationId: ids.c, role: 'member' },
      }),
      201,
    );
    expect(invited.status).toBe('invited');
    // Not yet a member: the secretariat neither edits C nor invites its officers.
    expect(await statusOf(editOrganization(ids.c, { acronym: 'IVR' }, as.secretariatN))).toBe(403);
    const invitation = ctx.apiAs(as.secretariatN).POST('/api/invitations', {
      body: {
        email: 'officer-c@ivry.example',
        language: 'fr',
        grants: [{ role: 'municipal_officer', scopeId: ids.c }],
      },
    });
    expect(await statusOf(invitation)).toBe(403);
    const network = await expectData(
      ctx.apiAs('public').GET('/api/networks/{id}', { params: { path: { id: ids.n } } }),
      200,
    );
    expect(network.members.map((member) => member.organization?.id)).not.toContain(ids.c);
    // The secretariat cannot accept its own invitation, nor can another city.
    for (const who of [as.secretariatN, as.officerA]) {
      await expectProblem(transition(invited.id, { action: 'accept' }, who), 403);
    }
    // C's officer accepts: now the secretariat acts for C.
    const accepted = await expectData(
      transition(invited.id, { action: 'accept', on: '2026-11-30' }, as.officerC),
      200,
    );
    expect(accepted).toMatchObject({ status: 'active', startDate: '2026-11-30' });
    expect(await statusOf(editOrganization(ids.c, { acronym: 'IVR' }, as.secretariatN))).toBe(200);

    // Ending it, on a date, takes away what it gave: the day it happened, not one still to come.
    const early = await expectProblem(
      transition(invited.id, { action: 'end', on: '2999-01-01' }, as.officerC),
      422,
    );
    expect(early.field).toBe('/on');
    const ended = await expectData(
      transition(invited.id, { action: 'end', on: '2026-12-01' }, as.officerC),
      200,
    );
    expect(ended).toMatchObject({ status: 'ended', endDate: '2026-12-01' });
    expect(await statusOf(editOrganization(ids.c, { acronym: 'IVRY' }, as.secretariatN))).toBe(403);
    expect(await statusOf(transition(invited.id, { action: 'accept' }, as.officerC))).toBe(409);
  });

  it('takes an application from the city, answered by the network’s secretariat only', async () => {
    const agreement = await membersOnly([ids.d, ids.m], 'Members of M only');
    const applied = await ctx.apiAs(as.officerC).POST('/api/memberships', {
      body: { organizationId: ids.m, memberOrganizationId: ids.c, role: 'member' },
    });
    expect(applied.data?.status).toBe('applied');
    const membership = applied.data!.id;
    expect(await statusOf(agreementAs(agreement, as.officerC))).toBe(404);
    expect(await statusOf(transition(membership, { action: 'accept' }, as.officerC))).toBe(403);
    await expectData(transition(membership, { action: 'accept' }, as.secretariatM), 200);
    expect(await statusOf(agreementAs(agreement, as.officerC))).toBe(200);
    await transition(membership, { action: 'end' }, as.secretariatM);
    expect(await statusOf(agreementAs(agreement, as.officerC))).toBe(404);
  });

  it('refuses a membership recorded by someone who speaks for neither side, writing nothing', async () => {
    const before = await countRows(ctx);
    const response = ctx.apiAs(as.officerA).POST('/api/memberships', {
      body: { organizationId: ids.m, memberOrganizationId: ids.b, role: 'member' },
    });
    expect(await statusOf(response)).toBe(403);
    expect(await countRows(ctx)).toEqual(before);
  });
});

describe('3. an agreement is re-pointed only to parties the actor acts for', () => {
  it('refuses the secretariat naming a non-member, and an officer naming two other cities', async () => {
    const created = await expectData(
      ctx.apiAs(as.secretariatN).POST('/api/agreements', {
        body: {
          type: 'twinning',
          title: { en: 'A–B' },
          parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
        },
      }),
      201,
    );
    const before = await countRows(ctx);
    const attempts = [
      { who: as.secretariatN, parties: [ids.a, ids.c] },
      { who: as.officerA, parties: [ids.c, ids.d] },
    ];
    for (const { who, parties } of attempts) {
      const refused = await expectProblem(
        ctx.apiAs(who).PATCH('/api/agreements/{id}', {
          params: { path: { id: created.id } },
          body: { parties: parties.map((organizationId) => ({ organizationId })) },
        }),
        403,
      );
      expect(refused.field).toBe('/parties');
    }
    expect(await countRows(ctx)).toEqual(before);
    const after = await expectData(agreementAs(created.id, 'public'), 200);
    expect(after.parties.map((party) => party.organization?.id)).toEqual([ids.a, ids.b]);
  });

  it('refuses a change that would take the agreement out of its author’s sight', async () => {
    const created = await ctx.apiAs(as.secretariatN).POST('/api/agreements', {
      body: {
        type: 'twinning',
        title: { en: 'A–B, council only' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
      },
    });
    const id = created.data!.id;
    await expectProblem(
      ctx.apiAs(as.secretariatN).PATCH('/api/agreements/{id}', {
        params: { path: { id } },
        body: { visibility: 'restricted', readers: { userIds: [], bodyIds: [ids.nCouncil] } },
      }),
      403,
    );
    expect((await agreementAs(id, 'public')).data?.visibility).toBe('public');
  });
});

describe('4. contact details are written by the person’s own and answered as GET answers them', () => {
  it('refuses other roles, and never answers a write with details its caller cannot read', async () => {
    const person = await expectData(
      ctx.apiAs(as.officerD).POST('/api/people', {
        body: { name: 'Fatimatou Abdel Malek', email: 'fatimatou@example.org', phone: '+222 45 00 00 00' },
      }),
      201,
    );
    // The creator shares no network with the person: the answer hides the details, like GET.
    expect(person.email).toBeNull();
    const edit = (body: { alternateNames?: string[]; email?: string; phone?: string }) =>
      ctx.apiAs(as.officerA).PATCH('/api/people/{id}', { params: { path: { id: person.id } }, body });
    const rename = await expectData(edit({ alternateNames: ['Fatma'] }), 200);
    expect(rename).toMatchObject({ email: null, phone: null });
    expect(await emailAs(person.id, as.officerA)).toBeNull();
    const before = await countRows(ctx);
    for (const payload of [{ email: 'attacker@example.org' }, { phone: '+33 1 00 00 00 00' }]) {
      const refused = await expectProblem(edit(payload), 403);
      expect(refused.field).toBe(Object.keys(payload)[0] === 'email' ? '/email' : '/phone');
    }
    expect(await countRows(ctx)).toEqual(before);
    expect(await emailAs(person.id, 'admin')).toBe('fatimatou@example.org');
  });

  it('lets the person themselves and an officer of their confirmed organization change them', async () => {
    const person = await createPerson(ctx, 'Mohamed Salem Ould Brahim');
    const edit = (body: { email?: string; phone?: string }, who: As) =>
      ctx.apiAs(who).PATCH('/api/people/{id}', { params: { path: { id: person.id } }, body });
    const linked = await ctx.signInAs([]);
    const link = ctx.api.PUT('/api/users/{id}/person', {
      params: { path: { id: await userIdOf(linked) } },
      body: { personId: person.id },
    });
    expect(await statusOf(link)).toBe(204);
    const own = await expectData(edit({ email: 'salem@example.org' }, linked), 200);
    expect(own.email).toBe('salem@example.org');
    const post = await ctx.apiAs(as.officerD).POST('/api/memberships', {
      body: { organizationId: ids.d, personId: person.id, role: 'mayor' },
    });
    expect(post.data?.status).toBe('invited');
    expect(await statusOf(edit({ phone: '+220 400 0000' }, as.officerD))).toBe(403);
    await expectData(transition(post.data!.id, { action: 'accept' }, linked), 200);
    const byOfficer = await expectData(edit({ phone: '+220 400 0000' }, as.officerD), 200);
    expect(byOfficer.phone).toBe('+220 400 0000');
  });
});

describe('5. attaching a person to one’s organization unlocks nothing until they confirm', () => {
  it('keeps the person’s contact details hidden while the post waits for their confirmation', async () => {
    const person = await ctx.api.POST('/api/people', {
      body: { name: 'Lamine Diouf', email: 'lamine@example.org' },
    });
    const id = person.data!.id;
    expect(await emailAs(id, as.officerA)).toBeNull();
    const attached = await expectData(
      ctx.apiAs(as.officerA).POST('/api/memberships', {
        body: { organizationId: ids.a, personId: id, role: 'expert' },
      }),
      201,
    );
    expect(attached.status).toBe('invited');
    expect(await emailAs(id, as.officerA)).toBeNull();
    expect(await emailAs(id, as.secretariatN)).toBeNull();
    // The officer cannot confirm for the person; an admin can.
    expect(await statusOf(transition(attached.id, { action: 'accept' }, as.officerA))).toBe(403);
    await expectData(transition(attached.id, { action: 'accept' }, 'admin'), 200);
    expect(await emailAs(id, as.officerA)).toBe('lamine@example.org');
    expect(await emailAs(id, as.secretariatN)).toBe('lamine@example.org');
  });
});

describe('6. a source is as open as the records citing it', () => {
  it('hides a source cited only by closed agreements from lists, pages, the export and history', async () => {
    const agreement = await expectData(
      ctx.api.POST('/api/agreements', {
        body: {
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
      }),
      201,
    );
    const sourceId = agreement.sources[0]!.source.id;
    for (const who of ['public', as.officerA, as.secretariatN] as As[]) {
      const list = await expectData(ctx.apiAs(who).GET('/api/sources'), 200);
      expect(list.items.map((source) => source.id)).not.toContain(sourceId);
      expect(await statusOf(sourceAs(sourceId, who))).toBe(404);
    }
    const registry = await ctx.apiAs('public').GET('/api/export', { parseAs: 'text' });
    expect(registry.data).not.toContain('Confidential memo');
    const history = await historyAs('source', sourceId, as.officerA);
    expect(history.statusCode).toBe(404);
    // An officer of a party reads it, in the list too; citing it from an open record is refused to those who cannot.
    expect(await statusOf(sourceAs(sourceId, as.officerD))).toBe(200);
    const listed = await expectData(ctx.apiAs(as.officerD).GET('/api/sources'), 200);
    expect(listed.items.map((source) => source.id)).toContain(sourceId);
    expect((await historyAs('source', sourceId, as.officerD)).statusCode).toBe(200);
    const open = await expectProblem(
      ctx.apiAs(as.officerA).POST('/api/agreements', {
        body: {
          type: 'twinning',
          title: { en: 'Open' },
          parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
          sources: [{ sourceId }],
        },
      }),
      422,
    );
    expect(open.field).toBe('/sources/0/sourceId');
    expect(await statusOf(sourceAs(sourceId, 'public'))).toBe(404);
  });

  it('keeps a source public when an open record cites it too', async () => {
    const source = await ctx.api.POST('/api/sources', {
      body: { kind: 'press_article', title: 'Le Monde: Ivry et Smara', language: 'fr' },
    });
    const sourceId = source.data!.id;
    await ctx.api.POST('/api/agreements', {
      body: {
        type: 'twinning',
        visibility: 'restricted',
        title: { en: 'Closed' },
        parties: [{ organizationId: ids.d }],
        sources: [{ sourceId }],
      },
    });
    await ctx.api.POST('/api/people', { body: { name: 'Philippe Bouyssou', sources: [{ sourceId }] } });
    expect(await statusOf(sourceAs(sourceId, 'public'))).toBe(200);
  });
});

describe('consent holds in networks of networks', () => {
  it('lets no secretariat admit others into a member network, nor join it to anything', async () => {
    const p = (await createNetworkWithCouncil(ctx, [], 'Club P')).network;
    // P is a member of N, with both agreeing (the admin records it for both).
    await ctx.api.POST('/api/memberships', {
      body: { organizationId: ids.n, memberOrganizationId: p, role: 'member' },
    });
    const closed = await membersOnly([ids.d, p], 'Within P');
    // N's secretariat makes N a member of P: only a request, which P's own side must answer.
    const joined = await expectData(
      ctx.apiAs(as.secretariatN).POST('/api/memberships', {
        body: { organizationId: p, memberOrganizationId: ids.n, role: 'member' },
      }),
      201,
    );
    expect(joined.status).toBe('applied');
    // C applies to P; N's secretariat may not admit it.
    const applied = await ctx.apiAs(as.officerC).POST('/api/memberships', {
      body: { organizationId: p, memberOrganizationId: ids.c, role: 'member' },
    });
    expect(await statusOf(transition(applied.data!.id, { action: 'accept' }, as.secretariatN))).toBe(403);
    expect(await statusOf(agreementAs(closed, as.officerC))).toBe(404);
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
    await ctx.apiAs(as.officerD).PATCH('/api/agreements/{id}', {
      params: { path: { id: agreement } },
      body: { title: { en: 'Renamed' } },
    });
    expect((await agreementAs(agreement, as.secretariatM)).data?.documents).toEqual([]);
    const history = await historyAs('agreement', agreement, as.secretariatM);
    expect(history.statusCode).toBe(200);
    expect(history.body).not.toContain('confidential-annex.pdf');
    expect((await historyAs('agreement', agreement, as.officerD)).body).toContain('confidential-annex.pdf');
  });
});

describe('a closed source is opened only by whoever acts for the records keeping it closed', () => {
  it('refuses a reader who does not act for them, and lets them record the article anew', async () => {
    const council = await ctx.signInAs([{ role: 'council_member', scopeId: ids.nCouncil }]);
    const agreement = await ctx.api.POST('/api/agreements', {
      body: {
        type: 'twinning',
        visibility: 'restricted',
        readers: { bodyIds: [ids.nCouncil] },
        title: { en: 'For the council' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
        sources: [{ source: { kind: 'press_article', title: 'Council memo', language: 'fr' } }],
      },
    });
    const sourceId = agreement.data!.sources[0]!.source.id;
    expect(await statusOf(sourceAs(sourceId, council))).toBe(200);
    const opened = await expectProblem(
      ctx.apiAs(council).POST('/api/people', { body: { name: 'Someone', sources: [{ sourceId }] } }),
      422,
    );
    expect(opened).toMatchObject({ field: '/sources/0/sourceId', code: 'source.closed' });
    expect(await statusOf(sourceAs(sourceId, 'public'))).toBe(404);
  });
});

describe('a network’s body stays where its own side put it', () => {
  it('refuses a secretariat moving its council under a member network, writing nothing', async () => {
    const q = (await createNetworkWithCouncil(ctx, [], 'Club Q')).network;
    await ctx.api.POST('/api/memberships', {
      body: { organizationId: ids.n, memberOrganizationId: q, role: 'member' },
    });
    const before = await countRows(ctx);
    const moved = await expectProblem(editOrganization(ids.nCouncil, { parentId: q }, as.secretariatN), 403);
    expect(moved.field).toBe('/parentId');
    await expectProblem(
      ctx.apiAs(as.secretariatN).POST('/api/organizations', {
        body: { kind: 'body', name: { en: 'Bureau of Q' }, parentId: q },
      }),
      403,
    );
    expect(await countRows(ctx)).toEqual(before);
    expect((await organizationAs(ids.nCouncil, 'public')).data?.parentId).toBe(ids.n);
  });
});
