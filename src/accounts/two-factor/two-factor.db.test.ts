import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enrolTwoFactor, setUpTestApp, TEST_PASSWORD } from '../../../test/helpers/app.ts';
import { inTransaction } from '../../db/transaction.ts';
import { createUser } from '../accounts.ts';
import { recoveryCodes, users } from '../tables.ts';
import { totpCode } from './codes.ts';

const ctx = setUpTestApp();

async function newAccount(options: { admin?: boolean } = {}) {
  const email = `person-${Math.random().toString(36).slice(2, 10)}@twofactor.example`;
  await inTransaction(ctx.database.db, (tx) =>
    createUser(
      tx,
      { actor: 'test' },
      { email, displayName: 'Aminata Diallo', password: TEST_PASSWORD, isPlatformAdmin: options.admin },
    ),
  );
  const cookie = await signIn(email).then((response) => {
    expect(response.statusCode, response.body).toBe(200);
    return String(response.headers['set-cookie']).split(';')[0]!;
  });
  return { email, cookie };
}

function signIn(email: string, code?: string, password = TEST_PASSWORD) {
  return ctx.request({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password, ...(code === undefined ? {} : { code }) },
    as: 'public',
  });
}

const inThirtySeconds = () => new Date(Date.now() + 30_000);

describe('two-factor sign-in', () => {
  it('is turned on with the password and a code from the app, and gives ten recovery codes once', async () => {
    const { email, cookie } = await newAccount();
    const wrongPassword = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/setup',
      payload: { password: 'not my password at all' },
      as: { cookie },
    });
    expect(wrongPassword.statusCode).toBe(422);
    expect(wrongPassword.data.errors[0].field).toBe('/password');

    const setup = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/setup',
      payload: { password: TEST_PASSWORD },
      as: { cookie },
    });
    expect(setup.statusCode, setup.body).toBe(200);
    expect(setup.data.otpauthUri).toContain(`secret=${setup.data.secret}`);

    const wrongCode = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/enable',
      payload: { code: '000000' },
      as: { cookie },
    });
    expect(wrongCode.statusCode).toBe(422);
    expect(wrongCode.data.errors[0].field).toBe('/code');
    const [before] = await ctx.database.db.select().from(users).where(eq(users.email, email));
    expect(before!.totpEnabledAt).toBeNull();

    const enable = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/enable',
      payload: { code: totpCode(setup.data.secret) },
      as: { cookie },
    });
    expect(enable.statusCode, enable.body).toBe(200);
    expect(enable.data.recoveryCodes).toHaveLength(10);

    const status = await ctx.request({ method: 'GET', url: '/api/auth/two-factor', as: { cookie } });
    expect(status.data).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    // Recovery codes are stored hashed: none of them is in the database as typed.
    const stored = await ctx.database.db
      .select({ hash: recoveryCodes.codeHash })
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, before!.id));
    expect(stored).toHaveLength(10);
    const hashes = JSON.stringify(stored);
    for (const code of enable.data.recoveryCodes) expect(hashes).not.toContain(code);
  });

  it('asks for the code after the password, takes each code once, and spends recovery codes', async () => {
    const { email, cookie } = await newAccount();
    const { secret, recoveryCodes } = await enrolTwoFactor(ctx.app, cookie);

    const withoutCode = await signIn(email);
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.data.errors[0].field).toBe('/code');
    expect(withoutCode.headers['set-cookie']).toBeUndefined();

    const wrongPasswordRightCode = await signIn(email, totpCode(secret, inThirtySeconds()), 'wrong password');
    expect(wrongPasswordRightCode.statusCode).toBe(401);
    expect(wrongPasswordRightCode.data.errors?.[0]?.field).not.toBe('/code');

    expect((await signIn(email, '123456')).statusCode).toBe(401);
    const code = totpCode(secret, inThirtySeconds());
    const good = await signIn(email, code);
    expect(good.statusCode, good.body).toBe(200);
    expect(good.data.user.twoFactorEnabled).toBe(true);
    const replay = await signIn(email, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.data.errors[0].field).toBe('/code');

    const recovery = recoveryCodes[3]!.toLowerCase();
    expect((await signIn(email, recovery)).statusCode).toBe(200);
    expect((await signIn(email, recovery)).statusCode).toBe(401);
    const status = await ctx.request({ method: 'GET', url: '/api/auth/two-factor', as: { cookie } });
    expect(status.data.recoveryCodesLeft).toBe(9);

    const fresh = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/recovery-codes',
      payload: { password: TEST_PASSWORD },
      as: { cookie },
    });
    expect(fresh.statusCode).toBe(200);
    expect((await signIn(email, recoveryCodes[5]!)).statusCode).toBe(401);
    expect((await signIn(email, fresh.data.recoveryCodes[0])).statusCode).toBe(200);
  });

  it('can be turned off by a member, with the password, but not by a platform admin', async () => {
    const member = await newAccount();
    await enrolTwoFactor(ctx.app, member.cookie);
    const wrong = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/disable',
      payload: { password: 'certainly not it' },
      as: { cookie: member.cookie },
    });
    expect(wrong.statusCode).toBe(422);
    const off = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/disable',
      payload: { password: TEST_PASSWORD },
      as: { cookie: member.cookie },
    });
    expect(off.statusCode, off.body).toBe(204);
    expect((await signIn(member.email)).statusCode).toBe(200);

    const admin = await newAccount({ admin: true });
    await enrolTwoFactor(ctx.app, admin.cookie);
    const refused = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/disable',
      payload: { password: TEST_PASSWORD },
      as: { cookie: admin.cookie },
    });
    expect(refused.statusCode).toBe(409);
  });

  it('is required for platform admins: their admin rights wait until it is on', async () => {
    const admin = await newAccount({ admin: true });
    const me = await ctx.request({ method: 'GET', url: '/api/auth/me', as: { cookie: admin.cookie } });
    expect(me.data.user).toMatchObject({
      isPlatformAdmin: true,
      twoFactorEnabled: false,
      twoFactorRequired: true,
    });
    const audit = () =>
      ctx.request({
        method: 'GET',
        url: `/api/audit?actor=user:${me.data.user.id}`,
        as: { cookie: admin.cookie },
      });
    expect((await audit()).statusCode).toBe(403);
    await enrolTwoFactor(ctx.app, admin.cookie);
    expect((await audit()).statusCode).toBe(200);
  });

  it('cannot be changed with an API token', async () => {
    const { cookie } = await newAccount();
    const created = await ctx.request({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'script', access: 'read_write' },
      as: { cookie },
    });
    expect(created.statusCode, created.body).toBe(201);
    const response = await ctx.request({
      method: 'POST',
      url: '/api/auth/two-factor/setup',
      payload: { password: TEST_PASSWORD },
      headers: { authorization: `Bearer ${created.data.secret}` },
      as: 'public',
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('changing the password', () => {
  it('asks for the current one, refuses a weak new one, and closes the other sessions', async () => {
    const { email, cookie } = await newAccount();
    const other = String((await signIn(email)).headers['set-cookie']).split(';')[0]!;
    const change = (payload: object) =>
      ctx.request({ method: 'POST', url: '/api/auth/password', payload, as: { cookie } });

    const wrong = await change({
      currentPassword: 'nope nope nope',
      newPassword: 'violet harbour engine tundra',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.data.errors[0].field).toBe('/currentPassword');
    const weak = await change({ currentPassword: TEST_PASSWORD, newPassword: 'password1234' });
    expect(weak.statusCode).toBe(422);
    expect(weak.data.errors[0].field).toBe('/newPassword');
    expect((await signIn(email)).statusCode).toBe(200);

    const ok = await change({ currentPassword: TEST_PASSWORD, newPassword: 'violet harbour engine tundra' });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await ctx.request({ method: 'GET', url: '/api/auth/me', as: { cookie } })).statusCode).toBe(200);
    expect(
      (await ctx.request({ method: 'GET', url: '/api/auth/me', as: { cookie: other } })).statusCode,
    ).toBe(401);
    expect((await signIn(email)).statusCode).toBe(401);
    expect((await signIn(email, undefined, 'violet harbour engine tundra')).statusCode).toBe(200);
  });
});
