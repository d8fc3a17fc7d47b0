import { describe, expect, it } from 'vitest';
import { setUpTestApp, TEST_PASSWORD } from '../../../test/helpers/app.ts';
import { createCity } from '../../../test/helpers/fixtures.ts';

const ctx = setUpTestApp();

describe('user management by platform admins', () => {
  it('lists accounts with their roles, gives and takes roles, and disables an account at once', async () => {
    const city = await createCity(ctx, 'Banjul', 'GM');
    const person = await ctx.signInAs([]);
    const me = await ctx.request({ method: 'GET', url: '/api/auth/me', as: person });
    const { id, email } = me.data.user as { id: string; email: string };
    const token = await ctx.request({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'sync', access: 'read' },
      as: person,
    });

    const found = await ctx.request({ method: 'GET', url: `/api/users?q=${encodeURIComponent(email)}` });
    expect(found.data.items).toHaveLength(1);
    expect(found.data.items[0]).toMatchObject({ id, grants: [], disabledAt: null });
    expect(found.body).not.toMatch(/argon2|passwordHash|totp/i);

    const role = { role: 'municipal_officer', scopeId: city.id };
    expect(
      (await ctx.request({ method: 'POST', url: `/api/users/${id}/roles`, payload: role })).statusCode,
    ).toBe(204);
    expect(
      (await ctx.request({ method: 'POST', url: `/api/users/${id}/roles`, payload: role })).statusCode,
    ).toBe(409);
    const unknownScope = await ctx.request({
      method: 'POST',
      url: `/api/users/${id}/roles`,
      payload: { role: 'municipal_officer', scopeId: '00000000-0000-4000-8000-000000000009' },
    });
    expect(unknownScope.data).toMatchObject({ status: 422, field: '/scopeId' });
    const patch = () =>
      ctx.request({
        method: 'PATCH',
        url: `/api/organizations/${city.id}`,
        payload: { acronym: 'BJL' },
        as: person,
      });
    expect((await patch()).statusCode).toBe(200);

    const withRole = await ctx.request({ method: 'GET', url: `/api/users?q=${encodeURIComponent(email)}` });
    const grantId = withRole.data.items[0].grants[0].id;
    expect(
      (await ctx.request({ method: 'DELETE', url: `/api/users/${id}/roles/${grantId}` })).statusCode,
    ).toBe(204);
    expect((await patch()).statusCode).toBe(403);

    expect((await ctx.request({ method: 'POST', url: `/api/users/${id}/disable` })).statusCode).toBe(204);
    expect((await ctx.request({ method: 'GET', url: '/api/auth/me', as: person })).statusCode).toBe(401);
    const bearer = await ctx.request({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token.data.secret}` },
      as: 'public',
    });
    expect(bearer.statusCode).toBe(401);
    const signIn = () =>
      ctx.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: TEST_PASSWORD },
        as: 'public',
      });
    expect((await signIn()).statusCode).toBe(401);

    expect((await ctx.request({ method: 'POST', url: `/api/users/${id}/enable` })).statusCode).toBe(204);
    expect((await signIn()).statusCode).toBe(200);
  });

  it('keeps an admin from disabling their own account', async () => {
    const me = await ctx.request({ method: 'GET', url: '/api/auth/me' });
    const response = await ctx.request({ method: 'POST', url: `/api/users/${me.data.user.id}/disable` });
    expect(response.statusCode).toBe(409);
  });
});
