import { describe, expect, it } from 'vitest';
import { answerOf, problemOf } from './helpers/api-client.ts';
import { setUpTestApp, TEST_PASSWORD } from './helpers/app.ts';

/*
 * The tests' typed client: the web application's openapi-fetch client over Fastify's inject. What
 * it sends and reads must be what the server sends and reads, headers included, or the tests built
 * on it would exercise another contract than the browser's.
 */
const ctx = setUpTestApp();

const city = {
  kind: 'local_authority',
  subkind: 'commune',
  name: { en: 'Smara' },
  countryCode: 'EH',
} as const;

describe('the typed client over inject', () => {
  it('reads as the platform admin, as the public, or with a session cookie', async () => {
    const admin = await ctx.api.GET('/api/auth/me');
    expect(admin.response.status).toBe(200);
    expect(admin.data?.user.isPlatformAdmin).toBe(true);

    const anyone = await ctx.apiAs('public').GET('/api/auth/me');
    expect(anyone.response.status).toBe(401);
    expect(anyone.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(anyone.error).toMatchObject({ status: 401 });
    expect(anyone.data).toBeUndefined();

    const session = await ctx.signInAs();
    const user = await ctx.apiAs(session).GET('/api/auth/me');
    expect(user.data?.user.isPlatformAdmin).toBe(false);
    expect(ctx.apiAs('admin')).toBe(ctx.api);
  });

  it('passes on the cookies an answer sets, and reads an answer without a body', async () => {
    const session = await ctx.signInAs();
    const me = await ctx.apiAs(session).GET('/api/auth/me');
    const signIn = await ctx.apiAs('public').POST('/api/auth/sign-in', {
      body: { email: me.data!.user.email, password: TEST_PASSWORD },
    });
    expect(signIn.response.status).toBe(200);
    const cookie = signIn.response.headers.getSetCookie()[0]!.split(';')[0]!;
    expect((await ctx.apiAs({ cookie }).GET('/api/auth/me')).data?.user.id).toBe(me.data!.user.id);

    const signOut = await ctx.apiAs({ cookie }).POST('/api/auth/sign-out');
    expect(signOut.response.status).toBe(204);
    expect(signOut.data).toBeUndefined();
    expect((await ctx.apiAs({ cookie }).GET('/api/auth/me')).response.status).toBe(401);
  });

  it('sends path and query parameters and JSON bodies', async () => {
    const created = await ctx.api.POST('/api/organizations', { body: city });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    const read = await ctx.api.GET('/api/organizations/{id}', { params: { path: { id } } });
    expect(read.data).toMatchObject({ id, name: { en: 'Smara' }, countryCode: 'EH' });
    const listed = await ctx.api.GET('/api/organizations', { params: { query: { q: 'Smara' } } });
    expect(listed.data?.items.map((item) => item.id)).toContain(id);
  });

  it('sends If-Match, Idempotency-Key and Accept-Language as given', async () => {
    const key = crypto.randomUUID();
    const first = await ctx.api.POST('/api/organizations', {
      params: { header: { 'idempotency-key': key } },
      body: city,
    });
    const again = await ctx.api.POST('/api/organizations', {
      params: { header: { 'idempotency-key': key } },
      body: city,
    });
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    expect(again.data?.id).toBe(first.data!.id);

    const id = first.data!.id;
    const stale = await ctx.api.PATCH('/api/organizations/{id}', {
      params: { path: { id } },
      headers: { 'if-match': '"7"' },
      body: { acronym: 'SMR' },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ code: 'record.changed', currentVersion: 1 });

    const inFrench = await ctx.apiAs('public').GET('/api/auth/me', { headers: { 'accept-language': 'fr' } });
    const inEnglish = await ctx.apiAs('public').GET('/api/auth/me', { headers: { 'accept-language': 'en' } });
    expect(inFrench.error?.code).toBe(inEnglish.error?.code);
    expect(inFrench.error?.detail).toBeTruthy();
    expect(inFrench.error?.detail).not.toBe(inEnglish.error?.detail);
  });
});

describe('raw requests, narrowed', () => {
  it('reads a problem only from an answer that is one', async () => {
    const malformed = await ctx.request({
      method: 'POST',
      url: '/api/organizations',
      headers: { 'content-type': 'application/json' },
      payload: '{"kind":',
    });
    expect(problemOf(malformed)).toMatchObject({ status: 400 });
    const read = await ctx.request({ method: 'GET', url: '/api/auth/me' });
    expect(() => problemOf(read)).toThrow(/expected a problem/);
  });

  it('types a success as the OpenAPI document describes it, and fails on another status', async () => {
    const created = await ctx.request({ method: 'POST', url: '/api/organizations', payload: city });
    const organization = answerOf(created, { path: '/api/organizations', method: 'post', status: 201 });
    expect(organization.name.en).toBe('Smara');
    const refused = await ctx.request({ method: 'POST', url: '/api/organizations', payload: {} });
    expect(() => answerOf(refused, { path: '/api/organizations', method: 'post', status: 201 })).toThrow(
      /expected 201, got 422/,
    );
  });
});
