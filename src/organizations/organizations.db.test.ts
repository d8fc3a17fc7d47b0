import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { answerOf, expectData, problemOf, statusOf } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { countRows, createCity, createOrganization } from '../../test/helpers/fixtures.ts';
import { jsonAt } from '../../test/helpers/json.ts';

const ctx = setUpTestApp();

describe('organizations', () => {
  it('creates, reads, searches and edits an organization, auditing each change', async () => {
    const created = await createOrganization(ctx, {
      kind: 'local_authority',
      subkind: 'commune',
      name: { fr: 'Commune d’Amkala', ar: 'جماعة أمكالة' },
      alternateNames: ['Amgala'],
      countryCode: 'EH',
      sources: [
        {
          source: { kind: 'press_article', title: 'Les communes de Smara et d’Amkala', language: 'fr' },
          quote: 'la commune d’Amkala',
        },
      ],
    });
    const byId = { params: { path: { id: created.id } } };
    const { data } = await ctx.api.GET('/api/organizations/{id}', byId);
    expect(data).toMatchObject({ kind: 'local_authority', subkind: 'commune', countryCode: 'EH' });
    expect(data?.sources[0]).toMatchObject({ quote: 'la commune d’Amkala', source: { language: 'fr' } });

    for (const query of ['Amgala', 'amkala', 'أمكالة', 'امكاله']) {
      const found = await ctx.api.GET('/api/organizations', { params: { query: { q: query } } });
      expect(found.data?.items[0]?.id, query).toBe(created.id);
    }

    const patched = await ctx.api.PATCH('/api/organizations/{id}', {
      ...byId,
      body: { name: { fr: 'Commune d’Amkala', ar: 'جماعة أمكالة', en: 'Commune of Amgala' } },
    });
    expect(patched.response.status).toBe(200);
    expect(patched.data?.name.en).toBe('Commune of Amgala');
    // Raw: the audit query is one of two shapes, which its typed parameters do not say.
    const audit = answerOf(
      await ctx.request({ method: 'GET', url: `/api/audit?entity=organization&id=${created.id}` }),
      { path: '/api/audit', method: 'get', status: 200 },
    );
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(jsonAt(audit[1]?.before, 'name', 'en')).toBeUndefined();
    expect(jsonAt(audit[1]?.before, 'name')).toBeDefined();
  });

  it('lists organizations by kind and country, page by page', async () => {
    for (const name of ['Niamey', 'Agadez', 'Zinder']) await createCity(ctx, name, 'NE');
    const page = (cursor?: string) =>
      expectData(
        ctx.api.GET('/api/organizations', {
          params: {
            query: { country: 'NE', kind: 'local_authority', limit: 2, ...(cursor ? { cursor } : {}) },
          },
        }),
        200,
      );
    const first = await page();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await page(first.nextCursor ?? undefined);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses bad organizations and writes nothing', async () => {
    const before = await countRows(ctx);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'local_authority', name: { en: 'X' } }, '/countryCode'],
      [{ kind: 'local_authority', subkind: 'ministry', name: { en: 'X' }, countryCode: 'ML' }, '/subkind'],
      [{ kind: 'galaxy', name: { en: 'X' } }, '/kind'],
      [{ kind: 'network', name: { en: 'X' }, parentId: randomUUID() }, '/parentId'],
      [{ kind: 'network', name: { en: ' ' } }, '/name/en'],
      [{ kind: 'network', name: { en: 'X' }, foundedOn: '2025-02-29' }, '/foundedOn'],
      [{ kind: 'network', name: { en: 'X' }, website: 'not a url' }, '/website'],
    ];
    // Raw: some of these bodies are not even of the documented shape.
    for (const [payload, field] of cases) {
      const response = await ctx.request({ method: 'POST', url: '/api/organizations', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(problemOf(response).field, JSON.stringify(payload)).toBe(field);
    }
    const missing = ctx.api.PATCH('/api/organizations/{id}', {
      params: { path: { id: randomUUID() } },
      body: { acronym: 'X' },
    });
    expect(await statusOf(missing)).toBe(404);
    expect(await countRows(ctx)).toEqual(before);
  });

  it('stores hostile text verbatim and returns it as JSON data', async () => {
    const hostile = `<script>alert("x")</script>'; DROP TABLE organizations; --`;
    const created = await createOrganization(ctx, {
      kind: 'partner_institution',
      name: { en: hostile, ar: hostile },
    });
    const { data, response } = await ctx.api.GET('/api/organizations/{id}', {
      params: { path: { id: created.id } },
    });
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(data?.name).toEqual({ en: hostile, ar: hostile });
  });
});

describe('people, posts and memberships', () => {
  it('records who holds which post where, from when to when, with a source', async () => {
    const banjul = await createCity(ctx, 'Banjul', 'GM');
    const person = await expectData(
      ctx.api.POST('/api/people', { body: { name: 'Rohi Malik Loi', names: { ar: 'روهي مالك لوي' } } }),
      201,
    );
    const post = await expectData(
      ctx.api.POST('/api/posts', {
        body: { organizationId: banjul.id, role: 'mayor', label: { fr: 'Mairesse de Banjul' } },
      }),
      201,
    );
    const membership = await expectData(
      ctx.api.POST('/api/memberships', {
        body: {
          organizationId: banjul.id,
          personId: person.id,
          postId: post.id,
          role: 'mayor',
          startDate: '2018-05-01',
          sources: [
            {
              source: { kind: 'press_article', title: 'Seed', language: 'fr', url: 'https://example.org/a' },
              quote: 'La mairesse de Banjul',
            },
          ],
        },
      }),
      201,
    );
    const { data } = await ctx.api.GET('/api/people/{id}', { params: { path: { id: person.id } } });
    expect(data?.memberships).toEqual([
      expect.objectContaining({ role: 'mayor', startDate: '2018-05-01', endDate: null }),
    ]);
    await expectData(
      ctx.api.POST('/api/memberships/{id}/sources', {
        params: { path: { id: membership.id } },
        body: { sourceId: membership.sources[0]!.source.id, quote: 'a salué cet accord' },
      }),
      201,
    );
    const listed = await ctx.api.GET('/api/memberships', { params: { query: { person: person.id } } });
    expect(listed.data?.[0]?.sources.map((citation) => citation.quote)).toEqual([
      'La mairesse de Banjul',
      'a salué cet accord',
    ]);
    const posts = await ctx.api.GET('/api/organizations/{id}/posts', { params: { path: { id: banjul.id } } });
    expect(posts.data).toHaveLength(1);
    const byOrganization = await ctx.api.GET('/api/memberships', {
      params: { query: { organization: banjul.id } },
    });
    expect(byOrganization.data).toHaveLength(1);
  });

  it('refuses memberships that do not hold together', async () => {
    const city = await createCity(ctx, 'Brikama', 'GM');
    const other = await createCity(ctx, 'Parakou', 'BJ');
    const person = { id: (await ctx.api.POST('/api/people', { body: { name: 'A B' } })).data!.id };
    const post = {
      id: (await ctx.api.POST('/api/posts', { body: { organizationId: other.id, role: 'mayor' } })).data!.id,
    };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ organizationId: city.id, role: 'mayor' }, '/personId'],
      [
        { organizationId: city.id, personId: person.id, memberOrganizationId: other.id, role: 'member' },
        '/memberOrganizationId',
      ],
      [
        {
          organizationId: city.id,
          personId: person.id,
          role: 'mayor',
          startDate: '2020-01-01',
          endDate: '2019-01-01',
        },
        '/endDate',
      ],
      [{ organizationId: city.id, personId: person.id, role: 'mayor', postId: post.id }, '/postId'],
      [{ organizationId: city.id, memberOrganizationId: city.id, role: 'member' }, '/memberOrganizationId'],
      [{ organizationId: city.id, personId: randomUUID(), role: 'mayor' }, '/personId'],
      [{ organizationId: city.id, personId: person.id, role: 'emperor' }, '/role'],
    ];
    // Raw: some of these bodies are not even of the documented shape.
    for (const [payload, field] of cases) {
      const response = await ctx.request({ method: 'POST', url: '/api/memberships', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(problemOf(response).field, JSON.stringify(payload)).toBe(field);
    }
  });

  it('edits a person and refuses bad emails', async () => {
    const person = {
      id: (await ctx.api.POST('/api/people', { body: { name: 'Ibrahim Boutomilat' } })).data!.id,
    };
    const patched = ctx.api.PATCH('/api/people/{id}', {
      params: { path: { id: person.id } },
      body: { alternateNames: ['Boutmilat'] },
    });
    expect(await statusOf(patched)).toBe(200);
    const found = await ctx.api.GET('/api/people', { params: { query: { q: 'Boutmilat' } } });
    expect(found.data?.items[0]?.id).toBe(person.id);
    const bad = await ctx.api.POST('/api/people', { body: { name: 'X', email: 'not-an-email' } });
    expect(bad.error).toMatchObject({ status: 422, field: '/email' });
  });
});

describe('networks, events and sources', () => {
  it('shows a network with its members and its council', async () => {
    const club = await createOrganization(ctx, { kind: 'network', subkind: 'club', name: { en: 'Club' } });
    const council = await createOrganization(ctx, {
      kind: 'body',
      subkind: 'council',
      name: { en: 'Council' },
      parentId: club.id,
    });
    const member = await createCity(ctx, 'Timbuktu', 'ML');
    await ctx.api.POST('/api/memberships', {
      body: { organizationId: club.id, memberOrganizationId: member.id, role: 'member' },
    });
    const network = (id: string) => ctx.api.GET('/api/networks/{id}', { params: { path: { id } } });
    const { data } = await network(club.id);
    expect(data?.members).toEqual([
      expect.objectContaining({ organization: expect.objectContaining({ id: member.id }) }),
    ]);
    expect(data?.bodies).toEqual([expect.objectContaining({ id: council.id, members: [] })]);
    expect(await statusOf(network(member.id))).toBe(404);
  });

  it('records an event with participants and refuses bad ones', async () => {
    const person = { id: (await ctx.api.POST('/api/people', { body: { name: 'Mounir Lymouri' } })).data!.id };
    const created = await expectData(
      ctx.api.POST('/api/events', {
        body: {
          kind: 'symposium',
          title: { en: 'Dakar symposium' },
          startDate: '2023-07-20',
          endDate: '2023-07-21',
          timezone: 'Africa/Dakar',
          participants: [{ personId: person.id, role: 'speaker' }],
        },
      }),
      201,
    );
    expect(created.participants).toHaveLength(1);
    await expectData(
      ctx.api.POST('/api/events/{id}/sources', {
        params: { path: { id: created.id } },
        body: {
          source: { kind: 'press_article', title: 'AMPCC President', language: 'en' },
          quote: 'on July 20 in Dakar',
        },
      }),
      201,
    );
    const { data: event } = await ctx.api.GET('/api/events/{id}', { params: { path: { id: created.id } } });
    expect(event?.sources[0]?.quote).toBe('on July 20 in Dakar');
    const unknown = ctx.api.POST('/api/events/{id}/sources', {
      params: { path: { id: randomUUID() } },
      body: { source: { kind: 'press_article', title: 'X', language: 'en' } },
    });
    expect(await statusOf(unknown)).toBe(404);
    const badZone = await ctx.api.POST('/api/events', {
      body: { kind: 'symposium', title: { en: 'X' }, timezone: 'Mars/Olympus' },
    });
    expect(badZone.error).toMatchObject({ status: 422, field: '/timezone' });
    const reversed = await ctx.api.POST('/api/events', {
      body: { kind: 'symposium', title: { en: 'X' }, startDate: '2023-07-21', endDate: '2023-07-20' },
    });
    expect(reversed.error).toMatchObject({ status: 422, field: '/endDate' });
  });

  it('records sources and refuses addresses that are not web addresses', async () => {
    const created = await expectData(
      ctx.api.POST('/api/sources', {
        body: {
          kind: 'press_article',
          title: 'SPS',
          language: 'en',
          url: 'https://www.spsrasd.info/news/en',
        },
      }),
      201,
    );
    const { data } = await ctx.api.GET('/api/sources/{id}', { params: { path: { id: created.id } } });
    expect(data?.title).toBe('SPS');
    const bad = await ctx.api.POST('/api/sources', {
      body: { kind: 'press_article', title: 'X', language: 'en', url: 'javascript:alert(1)' },
    });
    expect(bad.error).toMatchObject({ status: 422, field: '/url' });
  });
});
