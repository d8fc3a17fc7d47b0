import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { policyFor, ROUTE_POLICIES } from '../src/http/route-policies.ts';
import { expectData } from './helpers/api-client.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { countRows, createCity, createNetworkWithCouncil, createPerson } from './helpers/fixtures.ts';

const ctx = setUpTestApp();

// A network N with a council, two member cities A and B, and C outside it.
const ids = {} as Record<
  | 'network'
  | 'council'
  | 'a'
  | 'b'
  | 'c'
  | 'agreementAB'
  | 'agreementAC'
  | 'applicationC'
  | 'personWithoutPosts'
  | 'signedAB'
  | 'correctionAB'
  | 'partnerRequestA'
  | 'eventA'
  | 'draftMeeting'
  | 'draftMotion'
  | 'openVote',
  string
>;
const people = {} as Record<Exclude<Role, 'public' | 'admin'>, As>;
type Role =
  | 'public'
  | 'plain'
  | 'officerA'
  | 'officerB'
  | 'officerC'
  | 'secretariat'
  | 'councilMember'
  | 'admin';
const ROLES: Role[] = [
  'public',
  'plain',
  'officerA',
  'officerB',
  'officerC',
  'secretariat',
  'councilMember',
  'admin',
];

beforeAll(async () => {
  ids.a = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.b = (await createCity(ctx, 'Timbuktu', 'ML')).id;
  ids.c = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  Object.assign(ids, await createNetworkWithCouncil(ctx, [ids.a, ids.b]));
  const agreement = async (parties: string[]) =>
    (
      await expectData(
        ctx.api.POST('/api/agreements', {
          body: {
            type: 'twinning',
            title: { en: 'Twinning' },
            parties: parties.map((organizationId) => ({ organizationId })),
          },
        }),
        201,
      )
    ).id;
  ids.agreementAB = await agreement([ids.a, ids.b]);
  ids.agreementAC = await agreement([ids.a, ids.c]);
  people.plain = await ctx.signInAs([]);
  ids.personWithoutPosts = (await createPerson(ctx, 'Aminetou Haidar')).id;
  people.officerA = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.a }]);
  people.officerB = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.b }]);
  people.officerC = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.c }]);
  people.secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
  // A signed agreement of A and B, and a correction of its date proposed by A's officer.
  const signedAB = await expectData(
    ctx.api.POST('/api/agreements', {
      body: {
        type: 'twinning',
        title: { en: 'Signed twinning' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
        status: 'signed',
        parts: [{ signedOn: '2020-05-01' }],
      },
    }),
    201,
  );
  ids.signedAB = signedAB.id;
  ids.correctionAB = (
    await expectData(
      ctx.apiAs(people.officerA).POST('/api/agreements/{id}/corrections', {
        params: { path: { id: signedAB.id } },
        body: { partId: signedAB.parts[0]!.id, field: 'signedOn', value: '2020-04-01', reason: 'typo' },
      }),
      201,
    )
  ).id;
  people.councilMember = await ctx.signInAs([{ role: 'council_member', scopeId: ids.council }]);
  // A partner request of A, published by its officer.
  const published = await ctx.request({
    as: people.officerA,
    method: 'POST',
    url: '/api/partner-requests',
    payload: { organizationId: ids.a, kind: 'seek', title: 'Partners for a fisheries school' },
  });
  expect(published.statusCode).toBe(201);
  ids.partnerRequestA = (published.data as { id: string }).id;
  // A draft meeting of the council with a motion, and a convened one with a roll-call vote open.
  const meetingOfCouncil = async (startsAt: string) => {
    const meeting = await ctx.request({
      method: 'POST',
      url: `/api/bodies/${ids.council}/meetings`,
      payload: {
        title: { en: 'Council' },
        mode: 'online',
        startsAt,
        timezone: 'UTC',
        url: 'https://meet.example.org',
      },
    });
    const id = (meeting.data as { id: string }).id;
    const item = await ctx.request({
      method: 'POST',
      url: `/api/meetings/${id}/agenda-items`,
      payload: { title: { en: 'Admission' } },
    });
    const agendaItemId = (item.data as { agenda: Array<{ id: string }> }).agenda[0]!.id;
    const motion = await ctx.request({
      method: 'POST',
      url: `/api/meetings/${id}/motions`,
      payload: { agendaItemId, text: { en: 'Admit' } },
    });
    return { id, motionId: (motion.data as { motions: Array<{ id: string }> }).motions[0]!.id };
  };
  const draft = await meetingOfCouncil('2026-03-01T10:00:00Z');
  ids.draftMeeting = draft.id;
  ids.draftMotion = draft.motionId;
  const convened = await meetingOfCouncil('2026-04-01T10:00:00Z');
  await ctx.request({
    method: 'POST',
    url: `/api/meetings/${convened.id}/transitions`,
    payload: { action: 'convene' },
  });
  const vote = await ctx.request({
    method: 'POST',
    url: `/api/motions/${convened.motionId}/votes`,
    payload: { method: 'roll_call' },
  });
  expect(vote.statusCode, vote.body).toBe(201);
  ids.openVote = (vote.data as { id: string }).id;
  const application = await ctx.apiAs(people.officerC).POST('/api/memberships', {
    body: {
      organizationId: ids.network,
      memberOrganizationId: ids.c,
      role: 'member',
      endDate: '2030-12-31',
    },
  });
  expect(application.data?.status).toBe('applied');
  ids.applicationC = application.data!.id;
  ids.eventA = (
    await expectData(
      ctx.api.POST('/api/events', {
        body: {
          kind: 'delegation_visit',
          title: { fr: 'Délégation de Smara' },
          status: 'planned',
          startDate: '2031-02-20',
          organizerId: ids.a,
        },
      }),
      201,
    )
  ).id;
});

const asRole = (role: Role): As => (role === 'public' || role === 'admin' ? role : people[role]);

describe('the route policy table', () => {
  it('has an entry for every registered route, and no entry without a route', () => {
    const routes = ctx.app.registeredRoutes.filter(
      (route) => !route.startsWith('HEAD ') && !route.startsWith('OPTIONS '),
    );
    const missing = routes.filter((route) => {
      const [method, url] = route.split(' ') as [string, string];
      return !policyFor(method, url);
    });
    expect(missing).toEqual([]);
    const stale = Object.keys(ROUTE_POLICIES).filter(
      (key) => key !== 'GET /api/docs/*' && !routes.includes(key),
    );
    expect(stale).toEqual([]);
  });
});

// Who may call each write route, written out here independently of the policy code.
// allow: the call gets past authorization (its own answer may still be 2xx or 4xx for other reasons).
type Expectation = 'allow' | 401 | 403;
const D = 403 as const;
const U = 401 as const;
const A = 'allow' as const;
interface Case {
  name: string;
  /** The route as registered, so the test knows every write route has a case. */
  route: string;
  request: () => InjectOptions;
  expected: Record<Role, Expectation>;
}
const RANDOM_ID = '00000000-0000-4000-8000-00000000abcd';
const everyone = (expectation: Expectation): Record<Role, Expectation> =>
  Object.fromEntries(ROLES.map((role) => [role, expectation])) as Record<Role, Expectation>;
const SIGNED_IN: Record<Role, Expectation> = { ...everyone(A), public: U };
const CONTRIBUTORS: Record<Role, Expectation> = { ...everyone(A), public: U, plain: D };
/** Who acts for agreement A–C: officers of A and C, and the admin (C is outside the network). */
const FOR_AC: Record<Role, Expectation> = { ...CONTRIBUTORS, officerB: D, secretariat: D, councilMember: D };
/** Who acts for city A: its officer, the secretariat of its network, and the admin. */
const FOR_A: Record<Role, Expectation> = {
  ...everyone(D),
  public: U,
  officerA: A,
  secretariat: A,
  admin: A,
};
const ADMINS: Record<Role, Expectation> = { ...everyone(D), public: U, admin: A };
/** The secretariat of the council's network, and the admin. */
const BODY_SECRETARIAT: Record<Role, Expectation> = { ...everyone(D), public: U, secretariat: A, admin: A };
const INVITERS: Record<Role, Expectation> = { ...everyone(D), public: U, secretariat: A, admin: A };

const cases: Case[] = [
  {
    name: 'create an organization',
    route: 'POST /api/organizations',
    request: () => ({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'network', name: { en: 'Another club' } },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: A,
      officerC: A,
      secretariat: A,
      councilMember: A,
      admin: A,
    },
  },
  {
    name: 'edit member city A',
    route: 'PATCH /api/organizations/:id',
    request: () => ({ method: 'PATCH', url: `/api/organizations/${ids.a}`, payload: { acronym: 'SMR' } }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: D,
      officerC: D,
      secretariat: A,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'edit city C, outside the network',
    route: 'PATCH /api/organizations/:id',
    request: () => ({ method: 'PATCH', url: `/api/organizations/${ids.c}`, payload: { acronym: 'IVR' } }),
    expected: {
      public: U,
      plain: D,
      officerA: D,
      officerB: D,
      officerC: A,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'record an agreement A–C',
    route: 'POST /api/agreements',
    request: () => ({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: { en: 'A–C' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.c }],
      },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: D,
      officerC: A,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'record an agreement A–B, among members',
    route: 'POST /api/agreements',
    request: () => ({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        type: 'twinning',
        title: { en: 'A–B' },
        parties: [{ organizationId: ids.a }, { organizationId: ids.b }],
      },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: A,
      officerC: D,
      secretariat: A,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'edit agreement A–C',
    route: 'PATCH /api/agreements/:id',
    request: () => ({
      method: 'PATCH',
      url: `/api/agreements/${ids.agreementAC}`,
      payload: { themes: ['culture'] },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: D,
      officerC: A,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'edit agreement A–B',
    route: 'PATCH /api/agreements/:id',
    request: () => ({
      method: 'PATCH',
      url: `/api/agreements/${ids.agreementAB}`,
      payload: { themes: ['culture'] },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: A,
      officerC: D,
      secretariat: A,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'move agreement A–C in its lifecycle (to an illegal status, so nothing changes)',
    route: 'POST /api/agreements/:id/transitions',
    request: () => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreementAC}/transitions`,
      payload: { to: 'ended', reason: 'test' },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: D,
      officerC: A,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'add a part to agreement A–C',
    route: 'POST /api/agreements/:id/parts',
    request: () => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreementAC}/parts`,
      payload: { kind: 'amendment', extendsTermMonths: 0 },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: D,
      officerC: A,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'record an approval on agreement A–C',
    route: 'POST /api/agreements/:id/approvals',
    request: () => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreementAC}/approvals`,
      payload: { decision: 'pending' },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: D,
      officerC: A,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'cite a source on agreement A–C',
    route: 'POST /api/agreements/:id/sources',
    request: () => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreementAC}/sources`,
      payload: { sourceId: '00000000-0000-4000-8000-000000000000' },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: D,
      officerC: A,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'add city C to the network',
    route: 'POST /api/memberships',
    request: () => ({
      method: 'POST',
      url: '/api/memberships',
      payload: {
        organizationId: ids.network,
        memberOrganizationId: ids.c,
        role: 'member',
        startDate: '2030-01-01',
        endDate: '2029-01-01',
      },
    }),
    // The secretariat invites, C's officer applies: either side may ask, the other must answer.
    expected: {
      public: U,
      plain: D,
      officerA: D,
      officerB: D,
      officerC: A,
      secretariat: A,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'answer or end a membership (no such membership)',
    route: 'POST /api/memberships/:id/transitions',
    request: () => ({
      method: 'POST',
      url: `/api/memberships/${RANDOM_ID}/transitions`,
      payload: { action: 'accept' },
    }),
    expected: SIGNED_IN,
  },
  {
    // Whether the network's side or the member's: the use case reads it on the declaration.
    name: 'validate an agreement declared to a network (no such declaration)',
    route: 'POST /api/agreements/:id/declarations/:networkId/transitions',
    request: () => ({
      method: 'POST',
      url: `/api/agreements/${RANDOM_ID}/declarations/${RANDOM_ID}/transitions`,
      payload: { action: 'validate' },
    }),
    expected: SIGNED_IN,
  },
  {
    name: 'answer the pending application of city C',
    route: 'POST /api/memberships/:id/transitions',
    request: () => ({
      method: 'POST',
      url: `/api/memberships/${ids.applicationC}/transitions`,
      payload: { action: 'accept', on: '2031-01-01' },
    }),
    // Only the network's side answers an application (here starting after its end date, so nothing changes).
    expected: { ...everyone(D), public: U, secretariat: A, admin: A },
  },
  {
    // The fee and dues are the network's side's: an unknown currency is refused after the rights.
    name: 'set the fee of the pending application of city C',
    route: 'PATCH /api/memberships/:id',
    request: () => ({
      method: 'PATCH',
      url: `/api/memberships/${ids.applicationC}`,
      payload: { fee: { amountMinor: 100, currency: 'XYZ', period: 'yearly' } },
    }),
    expected: { ...everyone(D), public: U, secretariat: A, admin: A },
  },
  {
    name: 'record dues of the pending application of city C',
    route: 'POST /api/memberships/:id/dues',
    request: () => ({
      method: 'POST',
      url: `/api/memberships/${ids.applicationC}/dues`,
      payload: { period: '2026', amountMinor: 100, currency: 'XYZ' },
    }),
    expected: { ...everyone(D), public: U, secretariat: A, admin: A },
  },
  {
    name: 'mark paid dues never recorded',
    route: 'POST /api/memberships/:id/dues/:period/payment',
    request: () => ({
      method: 'POST',
      url: `/api/memberships/${ids.applicationC}/dues/1999/payment`,
      payload: { paidOn: '2026-01-15' },
    }),
    expected: { ...everyone(D), public: U, secretariat: A, admin: A },
  },
  {
    name: 'take back a payment of dues never recorded',
    route: 'DELETE /api/memberships/:id/dues/:period/payment',
    request: () => ({ method: 'DELETE', url: `/api/memberships/${ids.applicationC}/dues/1999/payment` }),
    expected: { ...everyone(D), public: U, secretariat: A, admin: A },
  },
  {
    // A body is needed when a body admits: refused after the rights, nothing changes.
    name: 'say who admits the network’s members',
    route: 'PUT /api/networks/:id/rules',
    request: () => ({
      method: 'PUT',
      url: `/api/networks/${ids.network}/rules`,
      payload: { admissionBy: 'body' },
    }),
    expected: { ...everyone(D), public: U, secretariat: A, admin: A },
  },
  {
    name: 'change the contact details of a person without posts',
    route: 'PATCH /api/people/:id',
    request: () => ({
      method: 'PATCH',
      url: `/api/people/${ids.personWithoutPosts}`,
      payload: { email: 'overwritten@example.org' },
    }),
    expected: { ...everyone(D), public: U, admin: A },
  },
  {
    name: 'point agreement A–B at city C instead of B',
    route: 'PATCH /api/agreements/:id',
    request: () => ({
      method: 'PATCH',
      url: `/api/agreements/${ids.agreementAB}`,
      payload: {
        parties: [{ organizationId: ids.a }, { organizationId: ids.c }],
        // Dates out of order: those allowed to name C are told so, and nothing changes.
        startsOn: '2031-01-01',
        endsOn: '2030-01-01',
      },
    }),
    // The secretariat acts for A and B, but not for C: after the change it could not act on the record.
    expected: { ...everyone(D), public: U, officerA: A, officerB: D, secretariat: D, admin: A },
  },
  {
    name: 'link an account to a person (no such account)',
    route: 'PUT /api/users/:id/person',
    request: () => ({
      method: 'PUT',
      url: `/api/users/${RANDOM_ID}/person`,
      payload: { personId: ids.personWithoutPosts },
    }),
    expected: ADMINS,
  },
  {
    name: 'create a post in city A',
    route: 'POST /api/posts',
    request: () => ({
      method: 'POST',
      url: '/api/posts',
      payload: { organizationId: ids.a, role: 'emperor' },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: D,
      officerC: D,
      secretariat: A,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'create a person',
    route: 'POST /api/people',
    request: () => ({ method: 'POST', url: '/api/people', payload: { name: '' } }),
    expected: {
      public: U,
      plain: D,
      officerA: A,
      officerB: A,
      officerC: A,
      secretariat: A,
      councilMember: A,
      admin: A,
    },
  },
  {
    name: 'set an approval policy',
    route: 'PUT /api/approval-policies/:countryCode',
    request: () => ({
      method: 'PUT',
      url: '/api/approval-policies/ZZ',
      payload: { requiredFrom: 'approved' },
    }),
    expected: {
      public: U,
      plain: D,
      officerA: D,
      officerB: D,
      officerC: D,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'take a backup of every record',
    route: 'GET /api/admin/backup',
    request: () => ({ method: 'GET', url: '/api/admin/backup' }),
    expected: {
      public: U,
      plain: D,
      officerA: D,
      officerB: D,
      officerC: D,
      secretariat: D,
      councilMember: D,
      admin: A,
    },
  },
  // Downloads of the lists are public like the lists: each reader gets what their list shows them.
  ...(
    [
      ['GET /api/agreements/export', `/api/agreements/export?format=csv&party=${RANDOM_ID}`],
      ['GET /api/organizations/export', '/api/organizations/export?format=csv&country=ML'],
      ['GET /api/people/export', '/api/people/export?format=csv&q=Nobody'],
      ['GET /api/networks/export', '/api/networks/export?format=xlsx'],
      ['GET /api/events/export', '/api/events/export?format=csv'],
      ['GET /api/networks/:id/popolo', `/api/networks/${RANDOM_ID}/popolo`],
    ] as const
  ).map(([route, url]) => ({
    name: `download a list (${route})`,
    route,
    request: (): InjectOptions => ({ method: 'GET', url }),
    expected: everyone(A),
  })),
  {
    name: 'ask whether the server is alive',
    route: 'GET /api/health/live',
    request: () => ({ method: 'GET', url: '/api/health/live' }),
    expected: everyone(A),
  },
  {
    name: 'ask whether the server is ready',
    route: 'GET /api/health/ready',
    request: () => ({ method: 'GET', url: '/api/health/ready' }),
    expected: everyone(A),
  },
  {
    name: 'read the audit trail',
    route: 'GET /api/audit',
    request: () => ({ method: 'GET', url: `/api/audit?entity=agreement&id=${ids.agreementAC}` }),
    expected: {
      public: U,
      plain: A,
      officerA: A,
      officerB: A,
      officerC: A,
      secretariat: A,
      councilMember: A,
      admin: A,
    },
  },
  // Account routes. Bodies are left incomplete so that, once past authorization, validation stops
  // them: the matrix proves who gets through without signing anyone out or changing a password.
  ...(
    [
      ['POST /api/auth/sign-in', '/api/auth/sign-in'],
      ['POST /api/auth/password-reset', '/api/auth/password-reset'],
      ['POST /api/auth/password-reset/confirm', '/api/auth/password-reset/confirm'],
      ['POST /api/auth/email/confirm', '/api/auth/email/confirm'],
      ['POST /api/auth/invitation', '/api/auth/invitation'],
      ['POST /api/auth/sign-up', '/api/auth/sign-up'],
    ] as const
  ).map(([route, url]) => ({
    name: `${route} (incomplete body)`,
    route,
    request: (): InjectOptions => ({ method: 'POST', url, payload: {} }),
    expected: everyone(A),
  })),
  {
    name: 'sign out (a session of its own)',
    route: 'POST /api/auth/sign-out',
    request: () => ({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: 'other=1' } }),
    expected: everyone(A),
  },
  ...(
    [
      ['POST /api/auth/two-factor/setup', 'POST', '/api/auth/two-factor/setup'],
      ['POST /api/auth/two-factor/enable', 'POST', '/api/auth/two-factor/enable'],
      ['POST /api/auth/two-factor/disable', 'POST', '/api/auth/two-factor/disable'],
      ['POST /api/auth/two-factor/recovery-codes', 'POST', '/api/auth/two-factor/recovery-codes'],
      ['POST /api/auth/password', 'POST', '/api/auth/password'],
      ['POST /api/auth/email', 'POST', '/api/auth/email'],
      ['DELETE /api/auth/sessions/:id', 'DELETE', `/api/auth/sessions/${RANDOM_ID}`],
      ['POST /api/tokens', 'POST', '/api/tokens'],
      ['DELETE /api/tokens/:id', 'DELETE', `/api/tokens/${RANDOM_ID}`],
    ] as const
  ).map(([route, method, url]) => ({
    name: `${route} (own account)`,
    route,
    request: (): InjectOptions => ({ method, url, ...(method === 'POST' ? { payload: {} } : {}) }),
    expected: SIGNED_IN,
  })),
  {
    name: 'invite an officer of city C',
    route: 'POST /api/invitations',
    request: () => ({
      method: 'POST',
      url: '/api/invitations',
      payload: {
        email: 'new@ivry.example',
        language: 'fr',
        grants: [{ role: 'municipal_officer', scopeId: ids.c }],
      },
    }),
    expected: { ...INVITERS, secretariat: D },
  },
  {
    name: 'invite an officer of member city B (incomplete)',
    route: 'POST /api/invitations',
    request: () => ({
      method: 'POST',
      url: '/api/invitations',
      payload: { email: 'new@timbuktu.example', grants: [{ role: 'municipal_officer', scopeId: ids.b }] },
    }),
    expected: INVITERS,
  },
  ...(
    [
      ['POST /api/users/:id/roles', `/api/users/${RANDOM_ID}/roles`],
      ['DELETE /api/users/:id/roles/:grantId', `/api/users/${RANDOM_ID}/roles/${RANDOM_ID}`],
      ['POST /api/users/:id/disable', `/api/users/${RANDOM_ID}/disable`],
      ['POST /api/users/:id/enable', `/api/users/${RANDOM_ID}/enable`],
    ] as const
  ).map(([route, url]) => ({
    name: `${route} (user management, no such account)`,
    route,
    request: (): InjectOptions => ({
      method: route.startsWith('DELETE') ? 'DELETE' : 'POST',
      url,
      ...(route.endsWith('/roles') ? { payload: { role: 'municipal_officer', scopeId: RANDOM_ID } } : {}),
    }),
    expected: ADMINS,
  })),
  {
    name: 'withdraw an invitation',
    route: 'DELETE /api/invitations/:id',
    request: () => ({ method: 'DELETE', url: `/api/invitations/${RANDOM_ID}` }),
    expected: INVITERS,
  },
  {
    name: 'create a place (incomplete)',
    route: 'POST /api/places',
    request: () => ({ method: 'POST', url: '/api/places', payload: {} }),
    expected: CONTRIBUTORS,
  },
  {
    name: 'edit a person (blank name)',
    route: 'PATCH /api/people/:id',
    request: () => ({ method: 'PATCH', url: `/api/people/${RANDOM_ID}`, payload: { name: '' } }),
    // Any signed-in account may edit its own person, so the route lets it through to the record's check.
    expected: SIGNED_IN,
  },
  {
    name: 'rename a person one is not',
    route: 'PATCH /api/people/:id',
    request: () => ({
      method: 'PATCH',
      url: `/api/people/${ids.personWithoutPosts}`,
      payload: { alternateNames: ['Aminatou Haidar'] },
    }),
    expected: CONTRIBUTORS,
  },
  {
    name: 'cite a source on a membership (incomplete)',
    route: 'POST /api/memberships/:id/sources',
    request: () => ({ method: 'POST', url: `/api/memberships/${RANDOM_ID}/sources`, payload: {} }),
    expected: CONTRIBUTORS,
  },
  {
    name: 'edit a part of agreement A–C (no such part)',
    route: 'PATCH /api/agreements/:id/parts/:partId',
    request: () => ({
      method: 'PATCH',
      url: `/api/agreements/${ids.agreementAC}/parts/${RANDOM_ID}`,
      payload: {},
    }),
    expected: FOR_AC,
  },
  {
    name: 'add a signatory to a part of agreement A–C (incomplete)',
    route: 'POST /api/agreements/:id/parts/:partId/signatories',
    request: () => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreementAC}/parts/${RANDOM_ID}/signatories`,
      payload: {},
    }),
    expected: FOR_AC,
  },
  {
    name: 'upload a document to agreement A–C (not multipart)',
    route: 'POST /api/agreements/:id/documents',
    request: () => ({ method: 'POST', url: `/api/agreements/${ids.agreementAC}/documents`, payload: {} }),
    expected: FOR_AC,
  },
  {
    name: 'propose a correction on agreement A–B (incomplete)',
    route: 'POST /api/agreements/:id/corrections',
    request: () => ({ method: 'POST', url: `/api/agreements/${ids.agreementAB}/corrections`, payload: {} }),
    // Whoever acts for A–B: officers of A and B, N's secretariat (both are members), the admin.
    expected: { ...FOR_AC, officerB: A, officerC: D, secretariat: A },
  },
  {
    // Decided after the route's rule: A's officer proposed it, B's officer is a party's, not above them.
    name: 'confirm the correction A’s officer proposed on A–B',
    route: 'POST /api/corrections/:id/confirm',
    request: () => ({ method: 'POST', url: `/api/corrections/${ids.correctionAB}/confirm`, payload: {} }),
    expected: { ...everyone(D), public: U, secretariat: A, admin: A },
  },
  {
    name: 'reject the correction A’s officer proposed on A–B',
    route: 'POST /api/corrections/:id/reject',
    request: () => ({ method: 'POST', url: `/api/corrections/${ids.correctionAB}/reject`, payload: {} }),
    expected: { ...everyone(D), public: U, secretariat: A, admin: A },
  },
  {
    name: 'withdraw the correction A’s officer proposed on A–B',
    route: 'POST /api/corrections/:id/withdraw',
    request: () => ({ method: 'POST', url: `/api/corrections/${ids.correctionAB}/withdraw`, payload: {} }),
    expected: { ...everyone(D), public: U, officerA: A, admin: A },
  },
  {
    // The secretariat of A's network passes the route's rule; only an officer of A publishes for it.
    name: 'publish a partner request for city A',
    route: 'POST /api/partner-requests',
    request: () => ({
      method: 'POST',
      url: '/api/partner-requests',
      payload: { organizationId: ids.a, kind: 'offer', title: 'Desalination know-how' },
    }),
    expected: { ...everyone(D), public: U, officerA: A, admin: A },
  },
  {
    name: 'answer A’s partner request for city C',
    route: 'POST /api/partner-requests/:id/answers',
    request: () => ({
      method: 'POST',
      url: `/api/partner-requests/${ids.partnerRequestA}/answers`,
      payload: { organizationId: ids.c, message: 'Ivry has a school to twin with' },
    }),
    expected: { ...everyone(D), public: U, officerC: A, admin: A },
  },
  {
    name: 'move A’s partner request (incomplete)',
    route: 'POST /api/partner-requests/:id/transitions',
    request: () => ({
      method: 'POST',
      url: `/api/partner-requests/${ids.partnerRequestA}/transitions`,
      payload: {},
    }),
    // Whoever acts for A: its officer, its network's secretariat, the admin.
    expected: { ...everyone(D), public: U, officerA: A, secretariat: A, admin: A },
  },
  {
    name: 'withdraw a document of agreement A–C (no such document)',
    route: 'POST /api/agreements/:id/documents/:documentId/withdrawal',
    request: () => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreementAC}/documents/${RANDOM_ID}/withdrawal`,
      payload: { reason: 'Not the signed text' },
    }),
    expected: FOR_AC,
  },
  {
    name: 'withdraw a citation of agreement A–C (no such citation)',
    route: 'POST /api/agreements/:id/sources/:citationId/withdrawal',
    request: () => ({
      method: 'POST',
      url: `/api/agreements/${ids.agreementAC}/sources/${RANDOM_ID}/withdrawal`,
      payload: { reason: 'The article is about another agreement' },
    }),
    expected: FOR_AC,
  },
  {
    // Settling a name an import left records twinnings between any local authorities: the platform's.
    name: 'resolve a name an import left for review (no such name)',
    route: 'POST /api/import-reviews/:id/resolve',
    request: () => ({
      method: 'POST',
      url: `/api/import-reviews/${RANDOM_ID}/resolve`,
      payload: { version: 1, placeId: RANDOM_ID },
    }),
    expected: ADMINS,
  },
  {
    name: 'dismiss a name an import left for review (no such name)',
    route: 'POST /api/import-reviews/:id/dismiss',
    request: () => ({
      method: 'POST',
      url: `/api/import-reviews/${RANDOM_ID}/dismiss`,
      payload: { version: 1, reason: 'Not a twinning' },
    }),
    expected: ADMINS,
  },
  {
    name: 'submit a press article (empty)',
    route: 'POST /api/press/articles',
    request: () => ({ method: 'POST', url: '/api/press/articles', payload: { text: '' } }),
    expected: CONTRIBUTORS,
  },
  {
    name: 'submit a press article as a file (no file)',
    route: 'POST /api/press/articles/files',
    request: () => ({ method: 'POST', url: '/api/press/articles/files', payload: {} }),
    expected: CONTRIBUTORS,
  },
  {
    // What enters the registry from the press is decided by admins and the reviewers they name.
    name: 'correct a press proposal (no such proposal)',
    route: 'PUT /api/press/proposals/:id/draft',
    request: () => ({
      method: 'PUT',
      url: `/api/press/proposals/${RANDOM_ID}/draft`,
      payload: { version: 1 },
    }),
    expected: ADMINS,
  },
  {
    name: 'accept a press proposal (no such proposal)',
    route: 'POST /api/press/proposals/:id/accept',
    request: () => ({
      method: 'POST',
      url: `/api/press/proposals/${RANDOM_ID}/accept`,
      payload: { version: 1 },
    }),
    expected: ADMINS,
  },
  {
    name: 'merge a press proposal (no such proposal)',
    route: 'POST /api/press/proposals/:id/merge',
    request: () => ({
      method: 'POST',
      url: `/api/press/proposals/${RANDOM_ID}/merge`,
      payload: { version: 1, agreementId: RANDOM_ID },
    }),
    expected: ADMINS,
  },
  {
    name: 'reject a press proposal (no such proposal)',
    route: 'POST /api/press/proposals/:id/reject',
    request: () => ({
      method: 'POST',
      url: `/api/press/proposals/${RANDOM_ID}/reject`,
      payload: { version: 1, reason: 'Not news' },
    }),
    expected: ADMINS,
  },
  {
    name: 'record an event (incomplete)',
    route: 'POST /api/events',
    request: () => ({ method: 'POST', url: '/api/events', payload: {} }),
    expected: CONTRIBUTORS,
  },
  {
    name: 'edit an event organized by city A (incomplete)',
    route: 'PATCH /api/events/:id',
    request: () => ({ method: 'PATCH', url: `/api/events/${ids.eventA}`, payload: {} }),
    expected: FOR_A,
  },
  {
    name: 'edit an event that does not exist',
    route: 'PATCH /api/events/:id',
    request: () => ({ method: 'PATCH', url: `/api/events/${RANDOM_ID}`, payload: { title: { fr: 'X' } } }),
    expected: ADMINS,
  },
  {
    name: 'cancel an event organized by city A (stale version)',
    route: 'POST /api/events/:id/cancel',
    request: () => ({
      method: 'POST',
      url: `/api/events/${ids.eventA}/cancel`,
      headers: { 'if-match': '"999999"' },
    }),
    expected: FOR_A,
  },
  {
    name: 'cite a source on an event (incomplete)',
    route: 'POST /api/events/:id/sources',
    request: () => ({ method: 'POST', url: `/api/events/${RANDOM_ID}/sources`, payload: {} }),
    expected: CONTRIBUTORS,
  },
  {
    name: 'record a source (incomplete)',
    route: 'POST /api/sources',
    request: () => ({ method: 'POST', url: '/api/sources', payload: {} }),
    expected: CONTRIBUTORS,
  },
  {
    // An import writes local authorities and agreements across the registry, for no party: the platform's.
    name: 'send a twinning list to import (not multipart)',
    route: 'POST /api/imports/agreements/files',
    request: () => ({ method: 'POST', url: '/api/imports/agreements/files', payload: {} }),
    expected: ADMINS,
  },
  {
    name: 'queue the import of a twinning list (no such file)',
    route: 'POST /api/imports/agreements',
    request: () => ({
      method: 'POST',
      url: '/api/imports/agreements',
      payload: { fileId: RANDOM_ID, dryRun: true },
    }),
    expected: ADMINS,
  },
  {
    name: 'ask whether one may import twinning lists',
    route: 'GET /api/imports/agreements',
    request: () => ({ method: 'GET', url: '/api/imports/agreements' }),
    expected: SIGNED_IN,
  },
  {
    // Signed in gets past the policy; a job is then found only by whoever queued it (404 otherwise).
    name: 'follow a job (no such job)',
    route: 'GET /api/jobs/:id',
    request: () => ({ method: 'GET', url: `/api/jobs/${RANDOM_ID}` }),
    expected: SIGNED_IN,
  },
  {
    name: 'cancel a job (no such job)',
    route: 'POST /api/jobs/:id/cancel',
    request: () => ({ method: 'POST', url: `/api/jobs/${RANDOM_ID}/cancel` }),
    expected: SIGNED_IN,
  },
  {
    name: 'set the council’s rules (invalid, so nothing changes)',
    route: 'PUT /api/bodies/:id/governance',
    request: () => ({
      method: 'PUT',
      url: `/api/bodies/${ids.council}/governance`,
      payload: {
        rules: {
          quorum: { kind: 'fraction', numerator: 3, denominator: 2 },
          ordinaryMajority: 'simple',
          specialMajority: 'two_thirds',
          proxiesAllowed: false,
          maxProxiesPerMember: 0,
        },
        seats: [{ category: 'elected_officials', count: 5 }],
      },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'give a seat of the council (no such seat)',
    route: 'POST /api/bodies/:id/mandates',
    request: () => ({
      method: 'POST',
      url: `/api/bodies/${ids.council}/mandates`,
      payload: { seatId: RANDOM_ID, personId: ids.personWithoutPosts, startDate: '2024-01-01' },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'plan a council meeting (in person without a place, so nothing is made)',
    route: 'POST /api/bodies/:id/meetings',
    request: () => ({
      method: 'POST',
      url: `/api/bodies/${ids.council}/meetings`,
      payload: {
        title: { en: 'Council' },
        mode: 'in_person',
        startsAt: '2026-05-01T10:00:00Z',
        timezone: 'UTC',
      },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'approve a draft meeting’s minutes (not allowed, so nothing changes)',
    route: 'POST /api/meetings/:id/transitions',
    request: () => ({
      method: 'POST',
      url: `/api/meetings/${ids.draftMeeting}/transitions`,
      payload: { action: 'approve_minutes' },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'add an agenda item',
    route: 'POST /api/meetings/:id/agenda-items',
    request: () => ({
      method: 'POST',
      url: `/api/meetings/${ids.draftMeeting}/agenda-items`,
      payload: { title: { en: 'Any other business' } },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'record attendance (no such person)',
    route: 'PUT /api/meetings/:id/attendance/:personId',
    request: () => ({
      method: 'PUT',
      url: `/api/meetings/${ids.draftMeeting}/attendance/${RANDOM_ID}`,
      payload: { status: 'present' },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'write the minutes of a meeting not yet held',
    route: 'PUT /api/meetings/:id/minutes',
    request: () => ({
      method: 'PUT',
      url: `/api/meetings/${ids.draftMeeting}/minutes`,
      payload: { text: { en: 'Minutes' } },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'put a motion (on no such agenda item)',
    route: 'POST /api/meetings/:id/motions',
    request: () => ({
      method: 'POST',
      url: `/api/meetings/${ids.draftMeeting}/motions`,
      payload: { agendaItemId: RANDOM_ID, text: { en: 'Motion' } },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'keep a decision (of no such vote)',
    route: 'POST /api/meetings/:id/decisions',
    request: () => ({
      method: 'POST',
      url: `/api/meetings/${ids.draftMeeting}/decisions`,
      payload: { text: { en: 'Decided' }, voteEventId: RANDOM_ID },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'send a draft meeting’s invitations again (not convened, so nothing is sent)',
    route: 'POST /api/meetings/:id/invitations',
    request: () => ({
      method: 'POST',
      url: `/api/meetings/${ids.draftMeeting}/invitations`,
      payload: { to: 'everyone' },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'read whom a meeting’s invitations reached',
    route: 'GET /api/meetings/:id/invitations',
    request: () => ({ method: 'GET', url: `/api/meetings/${ids.draftMeeting}/invitations` }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'open a vote while the meeting is a draft',
    route: 'POST /api/motions/:id/votes',
    request: () => ({
      method: 'POST',
      url: `/api/motions/${ids.draftMotion}/votes`,
      payload: { method: 'roll_call' },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'record a show of hands on a roll-call vote',
    route: 'PUT /api/votes/:id/show-of-hands',
    request: () => ({
      method: 'PUT',
      url: `/api/votes/${ids.openVote}/show-of-hands`,
      payload: { yes: 0, no: 0, abstain: 0 },
    }),
    expected: BODY_SECRETARIAT,
  },
  {
    name: 'close a vote',
    route: 'POST /api/votes/:id/close',
    request: () => ({ method: 'POST', url: `/api/votes/${ids.openVote}/close` }),
    expected: BODY_SECRETARIAT,
  },
  {
    // Signed in gets past the policy; the vote is then found, and only its body's members present vote.
    name: 'cast a vote (no such vote)',
    route: 'POST /api/votes/:id/ballots',
    request: () => ({ method: 'POST', url: `/api/votes/${RANDOM_ID}/ballots`, payload: { choice: 'yes' } }),
    expected: SIGNED_IN,
  },
];

describe('authorization matrix', () => {
  const matrix = cases.flatMap((testCase) =>
    ROLES.map((role) => [testCase.name, role, testCase.expected[role]] as const),
  );

  it('has a case for every route that writes', () => {
    const writes = ctx.app.registeredRoutes.filter((route) => !/^(GET|HEAD|OPTIONS) /.test(route));
    const covered = new Set(cases.map((testCase) => testCase.route));
    expect(writes.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !ctx.app.registeredRoutes.includes(route))).toEqual([]);
  });

  it.each(matrix)('%s as %s: %s', async (name, role, expected) => {
    const testCase = cases.find((candidate) => candidate.name === name)!;
    const before = await countRows(ctx);
    const response = await ctx.request({ ...testCase.request(), as: asRole(role) });
    if (expected === 'allow') {
      expect([401, 403], response.body).not.toContain(response.statusCode);
    } else {
      expect(response.statusCode, response.body).toBe(expected);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(await countRows(ctx)).toEqual(before);
    }
  });

  it('lets an officer edit their city’s agreement and refuses another city’s officer, writing nothing', async () => {
    const rename = (title: string, as: As) =>
      ctx.apiAs(as).PATCH('/api/agreements/{id}', {
        params: { path: { id: ids.agreementAC } },
        body: { title: { en: title } },
      });
    expect((await rename('Smara – Ivry', people.officerA)).response.status).toBe(200);
    const before = await countRows(ctx);
    expect((await rename('Hijacked', people.officerB)).response.status).toBe(403);
    expect(await countRows(ctx)).toEqual(before);
    const { data } = await ctx
      .apiAs('public')
      .GET('/api/agreements/{id}', { params: { path: { id: ids.agreementAC } } });
    expect(data?.title).toEqual({ en: 'Smara – Ivry' });
  });
});

describe('cross-site request forgery', () => {
  const write = (headers: Record<string, string>) =>
    ctx.request({ method: 'POST', url: '/api/people', payload: { name: 'Forged' }, headers: { ...headers } });

  it('refuses a cookie-authenticated write sent from another site, writing nothing', async () => {
    const before = await countRows(ctx);
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'http://localhost:80', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ] as Array<Record<string, string>>) {
      const response = await write(headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
    }
    expect(await countRows(ctx)).toEqual(before);
  });

  it('accepts writes from the same origin, and from clients that are not browsers', async () => {
    expect((await write({ origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(
      201,
    );
    expect((await write({})).statusCode).toBe(201);
  });
});

describe('contact details', () => {
  it('are shown to those who share a network with the person, and to no one else', async () => {
    const mayor = await ctx.api.POST('/api/people', {
      body: { name: 'Moulay Brahim Chrif', email: 'mayor@smara.example', phone: '+212 5 28 00 00 00' },
    });
    const id = mayor.data!.id;
    await ctx.api.POST('/api/memberships', {
      body: { organizationId: ids.a, personId: id, role: 'council_president' },
    });
    const seenBy = async (role: Role) => {
      const reader = ctx.apiAs(asRole(role));
      const one = await reader.GET('/api/people/{id}', { params: { path: { id } } });
      const list = await reader.GET('/api/people', { params: { query: { q: 'Chrif' } } });
      expect(list.data?.items[0]?.email).toBe(one.data?.email);
      return one.data?.email;
    };
    expect(await seenBy('public')).toBeNull();
    expect(await seenBy('plain')).toBeNull();
    expect(await seenBy('officerC')).toBeNull();
    expect(await seenBy('officerB')).toBe('mayor@smara.example');
    expect(await seenBy('secretariat')).toBe('mayor@smara.example');
    expect(await seenBy('councilMember')).toBe('mayor@smara.example');
    expect(await seenBy('admin')).toBe('mayor@smara.example');
    const exported = await ctx.apiAs('public').GET('/api/export', { parseAs: 'text' });
    expect(exported.data).not.toContain('mayor@smara.example');
    // The Popolo export names the mayor of a member, and never with their contact details.
    for (const role of ROLES) {
      const popolo = await ctx.request({
        as: asRole(role),
        method: 'GET',
        url: `/api/networks/${ids.network}/popolo`,
      });
      expect(popolo.statusCode).toBe(200);
      expect(popolo.body).toContain(id);
      expect(popolo.body, role).not.toContain('mayor@smara.example');
    }
  });
});

describe('the Popolo export of a network', () => {
  it.each(ROLES)('shows %s each member’s vote exactly where the vote’s own page does', async (role) => {
    const as = asRole(role);
    const popolo = await ctx.request({ as, method: 'GET', url: `/api/networks/${ids.network}/popolo` });
    const event = (popolo.data as { vote_events: Array<{ id: string; counts: unknown[] }> }).vote_events.find(
      (candidate) => candidate.id === ids.openVote,
    );
    expect(event?.counts).toHaveLength(3);
    const page = await ctx.request({ as, method: 'GET', url: `/api/votes/${ids.openVote}` });
    const seesBallots = (page.data as { ballots: unknown[] | null }).ballots !== null;
    expect('votes' in event!, role).toBe(seesBallots);
    expect(seesBallots, role).toBe(['secretariat', 'councilMember', 'admin'].includes(role));
  });
});

describe('the actions a record advertises', () => {
  // For each action a record may advertise, a request to its route on that record whose body is
  // refused after authorization (or, for invitations, memberships and bodies, whose rights are
  // checked by the use case, a request it would accept): allowed means it got past the rights.
  const agreementWrites = (id: string): Record<string, () => InjectOptions> => ({
    update: () => ({ method: 'PATCH', url: `/api/agreements/${id}`, payload: { unknown: true } }),
    transition: () => ({ method: 'POST', url: `/api/agreements/${id}/transitions`, payload: {} }),
    addPart: () => ({ method: 'POST', url: `/api/agreements/${id}/parts`, payload: {} }),
    updatePart: () => ({ method: 'PATCH', url: `/api/agreements/${id}/parts/${RANDOM_ID}`, payload: {} }),
    addSignatory: () => ({
      method: 'POST',
      url: `/api/agreements/${id}/parts/${RANDOM_ID}/signatories`,
      payload: {},
    }),
    approve: () => ({ method: 'POST', url: `/api/agreements/${id}/approvals`, payload: {} }),
    addDocument: () => ({ method: 'POST', url: `/api/agreements/${id}/documents`, payload: {} }),
    addCitation: () => ({ method: 'POST', url: `/api/agreements/${id}/sources`, payload: {} }),
    proposeCorrection: () => ({ method: 'POST', url: `/api/agreements/${id}/corrections`, payload: {} }),
    withdrawDocument: () => ({
      method: 'POST',
      url: `/api/agreements/${id}/documents/${RANDOM_ID}/withdrawal`,
      payload: {},
    }),
    withdrawCitation: () => ({
      method: 'POST',
      url: `/api/agreements/${id}/sources/${RANDOM_ID}/withdrawal`,
      payload: {},
    }),
  });
  let invitations = 0;
  const networkWrites = (id: string, outsider: () => string): Record<string, () => InjectOptions> => ({
    update: () => ({ method: 'PATCH', url: `/api/organizations/${id}`, payload: { unknown: true } }),
    addPost: () => ({ method: 'POST', url: '/api/posts', payload: { organizationId: id } }),
    inviteMember: () => ({
      method: 'POST',
      url: '/api/invitations',
      payload: {
        email: `secretary-${++invitations}@club.example`,
        language: 'en',
        grants: [{ role: 'network_secretariat', scopeId: id }],
      },
    }),
    // The network's side of a membership with an organization no one here speaks for (its dates
    // reversed: nothing is recorded).
    manageMembers: () => ({
      method: 'POST',
      url: '/api/memberships',
      payload: {
        organizationId: id,
        memberOrganizationId: outsider(),
        role: 'member',
        startDate: '2030-01-01',
        endDate: '2029-01-01',
      },
    }),
    manageBodies: () => ({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'body', parentId: id, name: { en: 'Bureau' } },
    }),
  });
  const organizationWrites = (id: string): Record<string, () => InjectOptions> => ({
    update: () => ({ method: 'PATCH', url: `/api/organizations/${id}`, payload: { unknown: true } }),
    addPost: () => ({ method: 'POST', url: '/api/posts', payload: { organizationId: id } }),
  });

  async function allowedWrites(role: Role, writes: Record<string, () => InjectOptions>): Promise<string[]> {
    const allowed: string[] = [];
    for (const [action, request] of Object.entries(writes)) {
      const response = await ctx.request({ ...request(), as: asRole(role) });
      expect(response.statusCode, `${action}: ${response.body}`).toBeLessThan(500);
      if (![401, 403].includes(response.statusCode)) allowed.push(action);
    }
    return allowed.sort();
  }
  const sorted = (actions: string[] | undefined) => [...(actions ?? [])].sort();

  let outsider = '';
  let mayorOfA = '';
  beforeAll(async () => {
    outsider = (await createCity(ctx, 'Brikama', 'GM')).id;
    mayorOfA = (await createPerson(ctx, 'Moulay Hamdi Ould Errachid')).id;
    await expectData(
      ctx.api.POST('/api/memberships', {
        body: { organizationId: ids.a, personId: mayorOfA, role: 'mayor' },
      }),
      201,
    );
  });

  it.each(ROLES)('an agreement advertises to %s exactly the writes its routes allow', async (role) => {
    const reader = ctx.apiAs(asRole(role));
    for (const id of [ids.agreementAB, ids.agreementAC]) {
      const { data } = await reader.GET('/api/agreements/{id}', { params: { path: { id } } });
      const advertised = sorted(data?.allowedActions);
      expect(advertised, `${role} on ${id}`).toEqual(await allowedWrites(role, agreementWrites(id)));
      if (role === 'public') expect(advertised).toEqual([]);
      // A list shows each agreement with the same actions as its page.
      const list = await reader.GET('/api/agreements', { params: { query: { party: ids.a, limit: 100 } } });
      const item = list.data?.items.find((candidate) => candidate.id === id);
      expect(sorted(item?.allowedActions)).toEqual(advertised);
    }
    const browsing = await reader.GET('/api/agreements', { params: { query: { limit: 100 } } });
    const item = browsing.data?.items.find((candidate) => candidate.id === ids.agreementAC);
    expect(sorted(item?.allowedActions)).toEqual(
      sorted(
        (await reader.GET('/api/agreements/{id}', { params: { path: { id: ids.agreementAC } } })).data
          ?.allowedActions,
      ),
    );
  });

  it.each(ROLES)('a network advertises to %s exactly the writes its routes allow', async (role) => {
    const { data } = await ctx.apiAs(asRole(role)).GET('/api/networks/{id}', {
      params: { path: { id: ids.network } },
    });
    expect(sorted(data?.allowedActions), role).toEqual(
      await allowedWrites(
        role,
        networkWrites(ids.network, () => outsider),
      ),
    );
    if (role === 'secretariat') {
      expect(sorted(data?.allowedActions)).toEqual(
        expect.arrayContaining(['inviteMember', 'manageBodies', 'manageMembers']),
      );
    }
  });

  it.each(ROLES)('a person advertises to %s exactly the writes their route allows', async (role) => {
    // Harmless changes the use case checks the rights of: no other name, no phone number.
    const personWrites = (id: string): Record<string, () => InjectOptions> => ({
      update: () => ({ method: 'PATCH', url: `/api/people/${id}`, payload: { alternateNames: [] } }),
      updateContactDetails: () => ({ method: 'PATCH', url: `/api/people/${id}`, payload: { phone: null } }),
    });
    for (const id of [ids.personWithoutPosts, mayorOfA]) {
      const { data } = await ctx.apiAs(asRole(role)).GET('/api/people/{id}', { params: { path: { id } } });
      expect(sorted(data?.allowedActions), `${role} on ${id}`).toEqual(
        await allowedWrites(role, personWrites(id)),
      );
    }
  });

  it.each(ROLES)('an organization advertises to %s exactly the writes its routes allow', async (role) => {
    for (const id of [ids.a, ids.c, ids.network]) {
      const { data } = await ctx
        .apiAs(asRole(role))
        .GET('/api/organizations/{id}', { params: { path: { id } } });
      const writes = id === ids.network ? networkWrites(id, () => outsider) : organizationWrites(id);
      expect(sorted(data?.allowedActions), `${role} on ${id}`).toEqual(await allowedWrites(role, writes));
    }
  });

  it.each(ROLES)('lists show %s each record with the same actions as its own page', async (role) => {
    const reader = ctx.apiAs(asRole(role));
    const organizations = await reader.GET('/api/organizations', { params: { query: { limit: 100 } } });
    const networks = await reader.GET('/api/networks');
    for (const id of [ids.a, ids.c, ids.network]) {
      const page = await reader.GET('/api/organizations/{id}', { params: { path: { id } } });
      const item = organizations.data?.items.find((candidate) => candidate.id === id);
      expect(item, id).toBeDefined();
      expect(sorted(item?.allowedActions), `${role} on ${id}`).toEqual(sorted(page.data?.allowedActions));
    }
    const network = networks.data?.items.find((candidate) => candidate.id === ids.network);
    const networkPage = await reader.GET('/api/networks/{id}', { params: { path: { id: ids.network } } });
    expect(sorted(network?.allowedActions)).toEqual(sorted(networkPage.data?.allowedActions));
    const listed = await reader.GET('/api/people', { params: { query: { limit: 100 } } });
    for (const id of [ids.personWithoutPosts, mayorOfA]) {
      const page = await reader.GET('/api/people/{id}', { params: { path: { id } } });
      const item = listed.data?.items.find((candidate) => candidate.id === id);
      expect(item, id).toBeDefined();
      expect(sorted(item?.allowedActions), `${role} on ${id}`).toEqual(sorted(page.data?.allowedActions));
      expect(item?.email ?? null).toBe(page.data?.email ?? null);
    }
  });

  it.each(ROLES)('an event advertises to %s exactly the writes its routes allow', async (role) => {
    const created = await expectData(
      ctx.api.POST('/api/events', { body: { kind: 'symposium', title: { fr: 'Colloque de Dakar' } } }),
      201,
    );
    const reader = ctx.apiAs(asRole(role));
    for (const id of [created.id, ids.eventA]) {
      const { data } = await reader.GET('/api/events/{id}', { params: { path: { id } } });
      // An empty change and a stale version are refused after the rights, changing nothing.
      const writes = {
        update: () => ({ method: 'PATCH' as const, url: `/api/events/${id}`, payload: {} }),
        cancel: () => ({
          method: 'POST' as const,
          url: `/api/events/${id}/cancel`,
          headers: { 'if-match': '"999999"' },
        }),
        addCitation: () => ({ method: 'POST' as const, url: `/api/events/${id}/sources`, payload: {} }),
      };
      const probed = await allowedWrites(role, writes);
      // Only a planned event can be cancelled.
      const expected = data?.status === 'planned' ? probed : probed.filter((action) => action !== 'cancel');
      expect(sorted(data?.allowedActions), `${role} on ${id}`).toEqual(expected);
      const list = await reader.GET('/api/events', { params: { query: { limit: 100 } } });
      const item = list.data?.items.find((candidate) => candidate.id === id);
      expect(sorted(item?.allowedActions)).toEqual(sorted(data?.allowedActions));
    }
  });

  it.each(ROLES)('a pending membership advertises to %s the steps its side may take', async (role) => {
    const { data } = await ctx
      .apiAs(asRole(role))
      .GET('/api/memberships', { params: { query: { organization: ids.network } } });
    const application = data?.find((membership) => membership.id === ids.applicationC);
    expect(application?.status).toBe('applied');
    // Accepting after its end date, and citing nothing, change nothing: they are tried for real.
    const probed = await allowedWrites(role, {
      accept: () => ({
        method: 'POST',
        url: `/api/memberships/${ids.applicationC}/transitions`,
        payload: { action: 'accept', on: '2031-01-01' },
      }),
      addCitation: () => ({
        method: 'POST',
        url: `/api/memberships/${ids.applicationC}/sources`,
        payload: {},
      }),
      // Dues in a currency that does not exist: refused after the rights, nothing recorded.
      manageDues: () => ({
        method: 'POST',
        url: `/api/memberships/${ids.applicationC}/dues`,
        payload: { period: '2026', amountMinor: 100, currency: 'XYZ' },
      }),
    });
    // Declining would decline it: either side may, the applicant city's officer and the network's.
    const declines = ['officerC', 'secretariat', 'admin'].includes(role) ? ['decline'] : [];
    expect(sorted(application?.allowedActions), role).toEqual(sorted([...probed, ...declines]));
  });
});

describe('the press articles submitted for review', () => {
  it('are read by those who maintain the registry', async () => {
    const read = async (role: Role) =>
      (await ctx.request({ method: 'GET', url: '/api/press/articles', as: asRole(role) })).statusCode;
    expect(await read('public')).toBe(401);
    expect(await read('plain')).toBe(403);
    expect(await read('officerA')).toBe(200);
    expect(await read('admin')).toBe(200);
    const one = await ctx.request({
      method: 'GET',
      url: `/api/press/articles/${RANDOM_ID}`,
      as: asRole('officerA'),
    });
    expect(one.statusCode).toBe(404);
  });
});

describe('the names an import left for review', () => {
  it('are read by those who maintain the registry, and settled by platform admins only', async () => {
    const read = async (role: Role) =>
      (await ctx.request({ method: 'GET', url: '/api/import-reviews', as: asRole(role) })).statusCode;
    expect(await read('public')).toBe(401);
    expect(await read('plain')).toBe(403);
    expect(await read('officerA')).toBe(200);
    expect(await read('secretariat')).toBe(200);
    expect(await read('admin')).toBe(200);
    const one = await ctx.request({ method: 'GET', url: `/api/import-reviews/${RANDOM_ID}`, as: 'public' });
    expect(one.statusCode).toBe(401);
  });
});
