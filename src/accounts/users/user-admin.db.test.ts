import { describe, expect, it } from 'vitest';
import { apiClient, expectData, expectProblem, statusOf } from '../../../test/helpers/api-client.ts';
import { setUpTestApp, TEST_PASSWORD } from '../../../test/helpers/app.ts';
import { createCity } from '../../../test/helpers/fixtures.ts';

const ctx = setUpTestApp();

describe('user management by platform admins', () => {
  it('lists accounts with their roles, gives and takes roles, and disables an account at once', async () => {
    const city = await createCity(ctx, 'Banjul', 'GM');
    const person = await ctx.signInAs([]);
    const asPerson = ctx.apiAs(person);
    const { id, email } = (await expectData(asPerson.GET('/api/auth/me'), 200)).user;
    const token = await asPerson.POST('/api/tokens', { body: { name: 'sync', access: 'read' } });

    const usersNamed = () => ctx.api.GET('/api/users', { params: { query: { q: email } } });
    const found = await usersNamed();
    expect(found.data?.items).toHaveLength(1);
    expect(found.data?.items[0]).toMatchObject({ id, grants: [], disabledAt: null });
    expect(JSON.stringify(found.data)).not.toMatch(/argon2|passwordHash|totp/i);

    const user = { params: { path: { id } } };
    const role = { role: 'municipal_officer' as const, scopeId: city.id };
    expect(await statusOf(ctx.api.POST('/api/users/{id}/roles', { ...user, body: role }))).toBe(204);
    expect(await statusOf(ctx.api.POST('/api/users/{id}/roles', { ...user, body: role }))).toBe(409);
    const unknownScope = ctx.api.POST('/api/users/{id}/roles', {
      ...user,
      body: { role: 'municipal_officer', scopeId: '00000000-0000-4000-8000-000000000009' },
    });
    expect(await expectProblem(unknownScope, 422)).toMatchObject({ status: 422, field: '/scopeId' });
    const patch = () =>
      asPerson.PATCH('/api/organizations/{id}', {
        params: { path: { id: city.id } },
        body: { acronym: 'BJL' },
      });
    expect(await statusOf(patch())).toBe(200);

    const withRole = await usersNamed();
    const grantId = withRole.data!.items[0]!.grants[0]!.id;
    const revoke = ctx.api.DELETE('/api/users/{id}/roles/{grantId}', { params: { path: { id, grantId } } });
    expect(await statusOf(revoke)).toBe(204);
    expect(await statusOf(patch())).toBe(403);

    expect(await statusOf(ctx.api.POST('/api/users/{id}/disable', user))).toBe(204);
    expect(await statusOf(asPerson.GET('/api/auth/me'))).toBe(401);
    const bearer = apiClient(ctx.app, { headers: { authorization: `Bearer ${token.data!.secret}` } });
    expect(await statusOf(bearer.GET('/api/auth/me'))).toBe(401);
    const signIn = () =>
      ctx.apiAs('public').POST('/api/auth/sign-in', { body: { email, password: TEST_PASSWORD } });
    expect(await statusOf(signIn())).toBe(401);

    expect(await statusOf(ctx.api.POST('/api/users/{id}/enable', user))).toBe(204);
    expect(await statusOf(signIn())).toBe(200);
  });

  it('keeps an admin from disabling their own account', async () => {
    const me = await expectData(ctx.api.GET('/api/auth/me'), 200);
    const response = ctx.api.POST('/api/users/{id}/disable', { params: { path: { id: me.user.id } } });
    expect(await statusOf(response)).toBe(409);
  });
});
