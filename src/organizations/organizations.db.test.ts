import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { countRows, createCity, createOrganization } from '../../test/helpers/fixtures.ts';

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
    const { data } = await ctx.request({ method: 'GET', url: `/api/organizations/${created.id}` });
    expect(data).toMatchObject({ kind: 'local_authority', subkind: 'commune', countryCode: 'EH' });
    expect(data.sources[0]).toMatchObject({ quote: 'la commune d’Amkala', source: { language: 'fr' } });

    for (const query of ['Amgala', 'amkala', 'أمكالة', 'امكاله']) {
      const found = await ctx.request({
        method: 'GET',
        url: `/api/organizations?q=${encodeURIComponent(query)}`,
      });
      expect(found.data.items[0]?.id, query).toBe(created.id);
    }

    const patched = await ctx.request({
      method: 'PATCH',
      url: `/api/organizations/${created.id}`,
      payload: { name: { fr: 'Commune d’Amkala', ar: 'جماعة أمكالة', en: 'Commune of Amgala' } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.data.name.en).toBe('Commune of Amgala');
    const audit = await ctx.request({
      method: 'GET',
      url: `/api/audit?entity=organization&id=${created.id}`,
    });
    expect(audit.data.map((entry: any) => entry.action)).toEqual(['create', 'update']);
    expect(audit.data[1].before.name.en).toBeUndefined();
  });

  it('lists organizations by kind and country, page by page', async () => {
    for (const name of ['Niamey', 'Agadez', 'Zinder']) await createCity(ctx, name, 'NE');
    const first = await ctx.request({
      method: 'GET',
      url: '/api/organizations?country=NE&kind=local_authority&limit=2',
    });
    expect(first.data.items).toHaveLength(2);
    const second = await ctx.request({
      method: 'GET',
      url: `/api/organizations?country=NE&kind=local_authority&limit=2&cursor=${first.data.nextCursor}`,
    });
    expect(second.data.items).toHaveLength(1);
    expect(second.data.nextCursor).toBeNull();
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
    for (const [payload, field] of cases) {
      const response = await ctx.request({ method: 'POST', url: '/api/organizations', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(response.data.field, JSON.stringify(payload)).toBe(field);
    }
    const missing = await ctx.request({
      method: 'PATCH',
      url: `/api/organizations/${randomUUID()}`,
      payload: { acronym: 'X' },
    });
    expect(missing.statusCode).toBe(404);
    expect(await countRows(ctx)).toEqual(before);
  });

  it('stores hostile text verbatim and returns it as JSON data', async () => {
    const hostile = `<script>alert("x")</script>'; DROP TABLE organizations; --`;
    const created = await createOrganization(ctx, {
      kind: 'partner_institution',
      name: { en: hostile, ar: hostile },
    });
    const { data, headers } = await ctx.request({ method: 'GET', url: `/api/organizations/${created.id}` });
    expect(headers['content-type']).toContain('application/json');
    expect(data.name).toEqual({ en: hostile, ar: hostile });
  });
});

describe('people, posts and memberships', () => {
  it('records who holds which post where, from when to when, with a source', async () => {
    const banjul = await createCity(ctx, 'Banjul', 'GM');
    const person = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Rohi Malik Loi', names: { ar: 'روهي مالك لوي' } },
    });
    expect(person.statusCode).toBe(201);
    const post = await ctx.request({
      method: 'POST',
      url: '/api/posts',
      payload: { organizationId: banjul.id, role: 'mayor', label: { fr: 'Mairesse de Banjul' } },
    });
    expect(post.statusCode).toBe(201);
    const membership = await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: {
        organizationId: banjul.id,
        personId: person.data.id,
        postId: post.data.id,
        role: 'mayor',
        startDate: '2018-05-01',
        sources: [
          {
            source: { kind: 'press_article', title: 'Seed', language: 'fr', url: 'https://example.org/a' },
            quote: 'La mairesse de Banjul',
          },
        ],
      },
    });
    expect(membership.statusCode, membership.body).toBe(201);
    const { data } = await ctx.request({ method: 'GET', url: `/api/people/${person.data.id}` });
    expect(data.memberships).toEqual([
      expect.objectContaining({ role: 'mayor', startDate: '2018-05-01', endDate: null }),
    ]);
    const cited = await ctx.request({
      method: 'POST',
      url: `/api/memberships/${membership.data.id}/sources`,
      payload: { sourceId: membership.data.sources[0].source.id, quote: 'a salué cet accord' },
    });
    expect(cited.statusCode, cited.body).toBe(201);
    const listed = await ctx.request({ method: 'GET', url: `/api/memberships?person=${person.data.id}` });
    expect(listed.data[0].sources.map((citation: any) => citation.quote)).toEqual([
      'La mairesse de Banjul',
      'a salué cet accord',
    ]);
    const posts = await ctx.request({ method: 'GET', url: `/api/organizations/${banjul.id}/posts` });
    expect(posts.data).toHaveLength(1);
    const byOrganization = await ctx.request({
      method: 'GET',
      url: `/api/memberships?organization=${banjul.id}`,
    });
    expect(byOrganization.data).toHaveLength(1);
  });

  it('refuses memberships that do not hold together', async () => {
    const city = await createCity(ctx, 'Brikama', 'GM');
    const other = await createCity(ctx, 'Parakou', 'BJ');
    const person = await ctx.request({ method: 'POST', url: '/api/people', payload: { name: 'A B' } });
    const post = await ctx.request({
      method: 'POST',
      url: '/api/posts',
      payload: { organizationId: other.id, role: 'mayor' },
    });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ organizationId: city.id, role: 'mayor' }, '/personId'],
      [
        { organizationId: city.id, personId: person.data.id, memberOrganizationId: other.id, role: 'member' },
        '/memberOrganizationId',
      ],
      [
        {
          organizationId: city.id,
          personId: person.data.id,
          role: 'mayor',
          startDate: '2020-01-01',
          endDate: '2019-01-01',
        },
        '/endDate',
      ],
      [{ organizationId: city.id, personId: person.data.id, role: 'mayor', postId: post.data.id }, '/postId'],
      [{ organizationId: city.id, memberOrganizationId: city.id, role: 'member' }, '/memberOrganizationId'],
      [{ organizationId: city.id, personId: randomUUID(), role: 'mayor' }, '/personId'],
      [{ organizationId: city.id, personId: person.data.id, role: 'emperor' }, '/role'],
    ];
    for (const [payload, field] of cases) {
      const response = await ctx.request({ method: 'POST', url: '/api/memberships', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(response.data.field, JSON.stringify(payload)).toBe(field);
    }
  });

  it('edits a person and refuses bad emails', async () => {
    const person = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Ibrahim Boutomilat' },
    });
    const patched = await ctx.request({
      method: 'PATCH',
      url: `/api/people/${person.data.id}`,
      payload: { alternateNames: ['Boutmilat'] },
    });
    expect(patched.statusCode).toBe(200);
    const found = await ctx.request({ method: 'GET', url: '/api/people?q=Boutmilat' });
    expect(found.data.items[0].id).toBe(person.data.id);
    const bad = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'X', email: 'not-an-email' },
    });
    expect(bad.data).toMatchObject({ status: 422, field: '/email' });
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
    await ctx.request({
      method: 'POST',
      url: '/api/memberships',
      payload: { organizationId: club.id, memberOrganizationId: member.id, role: 'member' },
    });
    const { data } = await ctx.request({ method: 'GET', url: `/api/networks/${club.id}` });
    expect(data.members).toEqual([
      expect.objectContaining({ organization: expect.objectContaining({ id: member.id }) }),
    ]);
    expect(data.bodies).toEqual([expect.objectContaining({ id: council.id, members: [] })]);
    const notANetwork = await ctx.request({ method: 'GET', url: `/api/networks/${member.id}` });
    expect(notANetwork.statusCode).toBe(404);
  });

  it('records an event with participants and refuses bad ones', async () => {
    const person = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Mounir Lymouri' },
    });
    const created = await ctx.request({
      method: 'POST',
      url: '/api/events',
      payload: {
        kind: 'symposium',
        title: { en: 'Dakar symposium' },
        startDate: '2023-07-20',
        endDate: '2023-07-21',
        timezone: 'Africa/Dakar',
        participants: [{ personId: person.data.id, role: 'speaker' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data.participants).toHaveLength(1);
    const cited = await ctx.request({
      method: 'POST',
      url: `/api/events/${created.data.id}/sources`,
      payload: {
        source: { kind: 'press_article', title: 'AMPCC President', language: 'en' },
        quote: 'on July 20 in Dakar',
      },
    });
    expect(cited.statusCode, cited.body).toBe(201);
    const { data: event } = await ctx.request({ method: 'GET', url: `/api/events/${created.data.id}` });
    expect(event.sources[0].quote).toBe('on July 20 in Dakar');
    const unknown = await ctx.request({
      method: 'POST',
      url: `/api/events/${randomUUID()}/sources`,
      payload: { source: { kind: 'press_article', title: 'X', language: 'en' } },
    });
    expect(unknown.statusCode).toBe(404);
    const badZone = await ctx.request({
      method: 'POST',
      url: '/api/events',
      payload: { kind: 'symposium', title: { en: 'X' }, timezone: 'Mars/Olympus' },
    });
    expect(badZone.data).toMatchObject({ status: 422, field: '/timezone' });
    const reversed = await ctx.request({
      method: 'POST',
      url: '/api/events',
      payload: { kind: 'symposium', title: { en: 'X' }, startDate: '2023-07-21', endDate: '2023-07-20' },
    });
    expect(reversed.data).toMatchObject({ status: 422, field: '/endDate' });
  });

  it('records sources and refuses addresses that are not web addresses', async () => {
    const created = await ctx.request({
      method: 'POST',
      url: '/api/sources',
      payload: {
        kind: 'press_article',
        title: 'SPS',
        language: 'en',
        url: 'https://www.spsrasd.info/news/en',
      },
    });
    expect(created.statusCode).toBe(201);
    const { data } = await ctx.request({ method: 'GET', url: `/api/sources/${created.data.id}` });
    expect(data.title).toBe('SPS');
    const bad = await ctx.request({
      method: 'POST',
      url: '/api/sources',
      payload: { kind: 'press_article', title: 'X', language: 'en', url: 'javascript:alert(1)' },
    });
    expect(bad.data).toMatchObject({ status: 422, field: '/url' });
  });
});
