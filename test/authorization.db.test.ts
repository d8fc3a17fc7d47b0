import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { policyFor, ROUTE_POLICIES } from '../src/http/route-policies.ts';
import { type As, useTestApp } from './helpers/app.ts';
import { countRows, createCity, createOrganization } from './helpers/fixtures.ts';

const ctx = useTestApp();

// A network N with a council, two member cities A and B, and C outside it.
const ids = {} as Record<'network' | 'council' | 'a' | 'b' | 'c' | 'agreementAB' | 'agreementAC', string>;
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
  ids.network = (
    await createOrganization(ctx, { kind: 'network', subkind: 'club', name: { en: 'Club' } })
  ).id;
  ids.council = (
    await createOrganization(ctx, {
      kind: 'body',
      subkind: 'council',
      name: { en: 'Council' },
      parentId: ids.network,
    })
  ).id;
  ids.a = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.b = (await createCity(ctx, 'Timbuktu', 'ML')).id;
  ids.c = (await createCity(ctx, 'Ivry-sur-Seine', 'FR')).id;
  for (const member of [ids.a, ids.b]) {
    await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.network, memberOrganizationId: member, role: 'member' },
    });
  }
  const agreement = async (parties: string[]) =>
    (
      await ctx.request({
        method: 'POST',
        url: '/api/agreements',
        payload: {
          type: 'twinning',
          title: { en: 'Twinning' },
          parties: parties.map((organizationId) => ({ organizationId })),
        },
      })
    ).data.id as string;
  ids.agreementAB = await agreement([ids.a, ids.b]);
  ids.agreementAC = await agreement([ids.a, ids.c]);
  people.plain = await ctx.signInAs([]);
  people.officerA = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.a }]);
  people.officerB = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.b }]);
  people.officerC = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.c }]);
  people.secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
  people.councilMember = await ctx.signInAs([{ role: 'council_member', scopeId: ids.council }]);
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
const cases: Array<{ name: string; request: () => InjectOptions; expected: Record<Role, Expectation> }> = [
  {
    name: 'create an organization',
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
    expected: {
      public: U,
      plain: D,
      officerA: D,
      officerB: D,
      officerC: D,
      secretariat: A,
      councilMember: D,
      admin: A,
    },
  },
  {
    name: 'create a post in city A',
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
    name: 'read the audit trail',
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
];

describe('authorization matrix', () => {
  const matrix = cases.flatMap((testCase) =>
    ROLES.map((role) => [testCase.name, role, testCase.expected[role]] as const),
  );

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
    const own = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${ids.agreementAC}`,
      payload: { title: { en: 'Smara – Ivry' } },
      as: people.officerA,
    });
    expect(own.statusCode).toBe(200);
    const before = await countRows(ctx);
    const other = await ctx.request({
      method: 'PATCH',
      url: `/api/agreements/${ids.agreementAC}`,
      payload: { title: { en: 'Hijacked' } },
      as: people.officerB,
    });
    expect(other.statusCode).toBe(403);
    expect(await countRows(ctx)).toEqual(before);
    const { data } = await ctx.request({
      method: 'GET',
      url: `/api/agreements/${ids.agreementAC}`,
      as: 'public',
    });
    expect(data.title).toEqual({ en: 'Smara – Ivry' });
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
    const mayor = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Moulay Brahim Chrif', email: 'mayor@smara.example', phone: '+212 5 28 00 00 00' },
    });
    await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: ids.a, personId: mayor.data.id, role: 'council_president' },
    });
    const seenBy = async (role: Role) => {
      const one = await ctx.request({ method: 'GET', url: `/api/people/${mayor.data.id}`, as: asRole(role) });
      const list = await ctx.request({ method: 'GET', url: '/api/people?q=Chrif', as: asRole(role) });
      expect(list.data.items[0].email).toBe(one.data.email);
      return one.data.email;
    };
    expect(await seenBy('public')).toBeNull();
    expect(await seenBy('plain')).toBeNull();
    expect(await seenBy('officerC')).toBeNull();
    expect(await seenBy('officerB')).toBe('mayor@smara.example');
    expect(await seenBy('secretariat')).toBe('mayor@smara.example');
    expect(await seenBy('councilMember')).toBe('mayor@smara.example');
    expect(await seenBy('admin')).toBe('mayor@smara.example');
    const exported = await ctx.request({ method: 'GET', url: '/api/export', as: 'public' });
    expect(JSON.stringify(exported.data)).not.toContain('mayor@smara.example');
  });
});
