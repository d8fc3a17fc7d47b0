import { beforeAll, describe, expect, it } from 'vitest';
import { type As, setUpTestApp } from '../../test/helpers/app.ts';
import { createCity, createNetworkWithCouncil } from '../../test/helpers/fixtures.ts';

/*
 * Partner suggestions over HTTP, with their reasons in the reader's language and only the
 * agreements the reader may read; and the partner-request board's rights: who publishes, who
 * answers, who reads which request and which answers, how a request's status moves.
 */
const ctx = setUpTestApp();
const ids = {} as Record<'a' | 'b' | 'c' | 'd' | 'network' | 'council', string>;
const as = {} as Record<'officerA' | 'officerB' | 'officerC' | 'secretariat' | 'plain', As>;

const json = async (as: As, method: 'GET' | 'POST', url: string, payload?: object, language = 'en') => {
  const response = await ctx.request({
    as,
    method,
    url,
    headers: { 'accept-language': language, ...(payload ? { 'content-type': 'application/json' } : {}) },
    ...(payload ? { payload: JSON.stringify(payload) } : {}),
  });
  return {
    status: response.statusCode,
    data: response.data as Record<string, unknown> & { items?: unknown[] },
  };
};

beforeAll(async () => {
  ids.a = (await createCity(ctx, 'Dakhla', 'MA')).id;
  ids.b = (await createCity(ctx, 'Saint-Louis', 'SN')).id;
  ids.c = (await createCity(ctx, 'Bordeaux', 'FR')).id;
  ids.d = (await createCity(ctx, 'Dakar', 'SN')).id;
  Object.assign(ids, await createNetworkWithCouncil(ctx, [ids.a, ids.b]));
  const agree = async (x: string, y: string, visibility = 'public', themes: string[] = []) => {
    const response = await json('admin', 'POST', '/api/agreements', {
      type: 'twinning',
      title: { en: 'Twinning' },
      themes,
      visibility,
      parties: [{ organizationId: x }, { organizationId: y }],
    });
    expect(response.status).toBe(201);
  };
  // Dakhla and Saint-Louis both twin with Dakar; Saint-Louis with Bordeaux, privately.
  await agree(ids.a, ids.d, 'public', ['tourism']);
  await agree(ids.b, ids.d, 'public', ['tourism']);
  await agree(ids.b, ids.c, 'restricted');
  as.officerA = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.a }]);
  as.officerB = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.b }]);
  as.officerC = await ctx.signInAs([{ role: 'municipal_officer', scopeId: ids.c }]);
  as.secretariat = await ctx.signInAs([{ role: 'network_secretariat', scopeId: ids.network }]);
  as.plain = await ctx.signInAs([]);
});

type Suggestion = {
  organization: { id: string };
  reasons: Array<{ code: string; items: string[]; text: string }>;
};

describe('partner suggestions', () => {
  it('suggest partners of partners, with reasons in the reader’s language', async () => {
    const { status, data } = await json('public', 'GET', `/api/organizations/${ids.a}/partner-suggestions`);
    expect(status).toBe(200);
    const items = data.items as Suggestion[];
    expect(items.map((item) => item.organization.id)).not.toContain(ids.a);
    expect(items.map((item) => item.organization.id)).not.toContain(ids.d);
    const [first] = items;
    expect(first?.organization.id).toBe(ids.b);
    const reasons = Object.fromEntries(first!.reasons.map((reason) => [reason.code, reason]));
    expect(reasons.partners_in_common?.items).toEqual([ids.d]);
    expect(reasons.partners_in_common?.text).toBe('1 partner(s) in common: Dakar');
    expect(reasons.shared_networks?.items).toEqual([ids.network]);
    expect(reasons.shared_themes?.items).toEqual(['tourism']);
    const french = await json(
      'public',
      'GET',
      `/api/organizations/${ids.a}/partner-suggestions`,
      undefined,
      'fr',
    );
    expect(
      (french.data.items as Suggestion[])[0]?.reasons.find((r) => r.code === 'partners_in_common')?.text,
    ).toBe('1 partenaire(s) en commun : Dakar');
    const arabic = await json(
      'public',
      'GET',
      `/api/organizations/${ids.a}/partner-suggestions`,
      undefined,
      'ar',
    );
    expect(
      (arabic.data.items as Suggestion[])[0]?.reasons.find((r) => r.code === 'shared_themes')?.text,
    ).toBe('محاور مشتركة: السياحة');
  });

  it('count only the agreements the reader may read', async () => {
    // Bordeaux's only partner is Saint-Louis, by a restricted agreement: the public sees no common partner.
    const open = await json('public', 'GET', `/api/organizations/${ids.d}/partner-suggestions`);
    const bordeaux = (open.data.items as Suggestion[]).find((item) => item.organization.id === ids.c);
    expect(bordeaux?.reasons.map((r) => r.code)).not.toContain('partners_in_common');
    const forB = await json(as.officerB, 'GET', `/api/organizations/${ids.d}/partner-suggestions`);
    const seen = (forB.data.items as Suggestion[]).find((item) => item.organization.id === ids.c);
    expect(seen?.reasons.find((r) => r.code === 'partners_in_common')?.items).toEqual([ids.b]);
  });

  it('filter by country and answer 404 for an unknown authority, 422 for a network', async () => {
    const filtered = await json(
      'public',
      'GET',
      `/api/organizations/${ids.a}/partner-suggestions?country=FR`,
    );
    expect((filtered.data.items as Suggestion[]).map((item) => item.organization.id)).toEqual([ids.c]);
    expect(
      (
        await json(
          'public',
          'GET',
          `/api/organizations/00000000-0000-4000-8000-000000000000/partner-suggestions`,
        )
      ).status,
    ).toBe(404);
    expect(
      (await json('public', 'GET', `/api/organizations/${ids.network}/partner-suggestions`)).status,
    ).toBe(422);
  });
});

type Request = {
  id: string;
  status: string;
  answers: Array<{ organization: { id: string }; message: string }>;
  allowedActions: string[];
};

describe('the partner-request board', () => {
  let publicRequest: Request;
  let membersRequest: Request;

  it('lets an officer publish for their own authority only', async () => {
    const body = {
      organizationId: ids.a,
      kind: 'seek',
      title: 'Partners for a fisheries school',
      themes: ['education'],
      regions: ['EU'],
      languages: ['fr', 'es'],
    };
    expect((await json('public', 'POST', '/api/partner-requests', body)).status).toBe(401);
    expect((await json(as.plain, 'POST', '/api/partner-requests', body)).status).toBe(403);
    expect((await json(as.officerB, 'POST', '/api/partner-requests', body)).status).toBe(403);
    // The secretariat of A's network passes the route's rule but does not speak for A.
    expect((await json(as.secretariat, 'POST', '/api/partner-requests', body)).status).toBe(403);
    const created = await json(as.officerA, 'POST', '/api/partner-requests', body);
    expect(created.status).toBe(201);
    publicRequest = created.data as unknown as Request;
    expect(publicRequest.status).toBe('open');
    const members = await json(as.officerA, 'POST', '/api/partner-requests', {
      ...body,
      title: 'For our network',
      visibility: 'members',
    });
    expect(members.status).toBe(201);
    membersRequest = members.data as unknown as Request;
  });

  it('refuses a past last day and an unknown language, naming the field', async () => {
    const past = await json(as.officerA, 'POST', '/api/partner-requests', {
      organizationId: ids.a,
      kind: 'offer',
      title: 'Old',
      until: '2001-01-01',
    });
    expect(past.status).toBe(422);
    expect(JSON.stringify(past.data)).toContain('/until');
    const language = await json(as.officerA, 'POST', '/api/partner-requests', {
      organizationId: ids.a,
      kind: 'offer',
      title: 'X',
      languages: ['zz'],
    });
    expect(language.status).toBe(422);
  });

  it('shows members-only requests to the members of the authority’s networks and its secretariat', async () => {
    const listed = async (who: As) =>
      ((await json(who, 'GET', '/api/partner-requests')).data.items as Request[]).map((item) => item.id);
    expect(await listed('public')).toEqual([publicRequest.id]);
    expect(await listed(as.officerC)).toEqual([publicRequest.id]);
    expect(await listed(as.officerB)).toEqual([membersRequest.id, publicRequest.id]);
    expect(await listed(as.secretariat)).toEqual([membersRequest.id, publicRequest.id]);
    expect((await json('public', 'GET', `/api/partner-requests/${membersRequest.id}`)).status).toBe(404);
    const ofNetwork = await json(as.secretariat, 'GET', `/api/partner-requests?network=${ids.network}`);
    expect((ofNetwork.data.items as Request[]).map((item) => item.id)).toEqual([
      membersRequest.id,
      publicRequest.id,
    ]);
  });

  it('takes answers from officers of other authorities, read by the requester and the answerer only', async () => {
    const url = `/api/partner-requests/${publicRequest.id}/answers`;
    expect((await json(as.plain, 'POST', url, { organizationId: ids.c, message: 'Hello' })).status).toBe(403);
    expect((await json(as.officerB, 'POST', url, { organizationId: ids.c, message: 'Hello' })).status).toBe(
      403,
    );
    expect((await json(as.officerA, 'POST', url, { organizationId: ids.a, message: 'Us' })).status).toBe(422);
    const answered = await json(as.officerC, 'POST', url, {
      organizationId: ids.c,
      message: 'Bordeaux has a maritime school',
    });
    expect(answered.status).toBe(201);
    expect((answered.data as unknown as Request).answers.map((a) => a.message)).toEqual([
      'Bordeaux has a maritime school',
    ]);
    expect(
      (await json(as.officerB, 'POST', url, { organizationId: ids.b, message: 'Saint-Louis too' })).status,
    ).toBe(201);
    const answersFor = async (who: As) =>
      (
        (await json(who, 'GET', `/api/partner-requests/${publicRequest.id}`)).data as unknown as Request
      ).answers.map((a) => a.organization.id);
    expect(await answersFor(as.officerA)).toEqual([ids.c, ids.b]);
    expect(await answersFor(as.secretariat)).toEqual([ids.c, ids.b]);
    expect(await answersFor(as.officerC)).toEqual([ids.c]);
    expect(await answersFor('public')).toEqual([]);
    // A members-only request is not there for an officer outside the network to answer.
    expect(
      (
        await json(as.officerC, 'POST', `/api/partner-requests/${membersRequest.id}/answers`, {
          organizationId: ids.c,
          message: 'Hi',
        })
      ).status,
    ).toBe(404);
  });

  it('moves through its statuses by whoever acts for it, and takes no answer once closed', async () => {
    const url = `/api/partner-requests/${publicRequest.id}/transitions`;
    expect((await json(as.officerC, 'POST', url, { to: 'closed' })).status).toBe(403);
    const closed = await json(as.officerA, 'POST', url, { to: 'closed', reason: 'found' });
    expect(closed.status).toBe(200);
    expect((closed.data as unknown as Request).status).toBe('closed');
    const late = await json(as.officerC, 'POST', `/api/partner-requests/${publicRequest.id}/answers`, {
      organizationId: ids.c,
      message: 'Late',
    });
    expect(late.status).toBe(409);
    expect((await json(as.secretariat, 'POST', url, { to: 'open' })).status).toBe(200);
    expect((await json(as.officerA, 'POST', url, { to: 'withdrawn' })).status).toBe(200);
    expect((await json(as.officerA, 'POST', url, { to: 'open' })).status).toBe(409);
    // A withdrawn request is gone for the public, still there for who acts for it.
    expect((await json('public', 'GET', `/api/partner-requests/${publicRequest.id}`)).status).toBe(404);
    expect((await json(as.officerA, 'GET', `/api/partner-requests/${publicRequest.id}`)).status).toBe(200);
  });
});
