import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiClient, expectData, expectProblem, statusOf } from '../../../test/helpers/api-client.ts';
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
  const signedIn = await signIn(email);
  expect(signedIn.response.status, JSON.stringify(signedIn.error)).toBe(200);
  const cookie = String(signedIn.response.headers.get('set-cookie')).split(';')[0]!;
  return { email, cookie };
}

function signIn(email: string, code?: string, password = TEST_PASSWORD) {
  return ctx.apiAs('public').POST('/api/auth/sign-in', {
    body: { email, password, ...(code === undefined ? {} : { code }) },
  });
}

const inThirtySeconds = () => new Date(Date.now() + 30_000);

describe('two-factor sign-in', () => {
  it('is turned on with the password and a code from the app, and gives ten recovery codes once', async () => {
    const { email, cookie } = await newAccount();
    const api = ctx.apiAs({ cookie });
    const wrongPassword = await expectProblem(
      api.POST('/api/auth/two-factor/setup', { body: { password: 'not my password at all' } }),
      422,
    );
    expect(wrongPassword.errors?.[0]?.field).toBe('/password');

    const setup = await expectData(
      api.POST('/api/auth/two-factor/setup', { body: { password: TEST_PASSWORD } }),
      200,
    );
    expect(setup.otpauthUri).toContain(`secret=${setup.secret}`);

    const wrongCode = await expectProblem(
      api.POST('/api/auth/two-factor/enable', { body: { code: '000000' } }),
      422,
    );
    expect(wrongCode.errors?.[0]?.field).toBe('/code');
    const [before] = await ctx.database.db.select().from(users).where(eq(users.email, email));
    expect(before!.totpEnabledAt).toBeNull();

    const enable = await expectData(
      api.POST('/api/auth/two-factor/enable', { body: { code: totpCode(setup.secret) } }),
      200,
    );
    expect(enable.recoveryCodes).toHaveLength(10);

    const status = await api.GET('/api/auth/two-factor');
    expect(status.data).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    // Recovery codes are stored hashed: none of them is in the database as typed.
    const stored = await ctx.database.db
      .select({ hash: recoveryCodes.codeHash })
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, before!.id));
    expect(stored).toHaveLength(10);
    const hashes = JSON.stringify(stored);
    for (const code of enable.recoveryCodes) expect(hashes).not.toContain(code);
  });

  it('asks for the code after the password, takes each code once, and spends recovery codes', async () => {
    const { email, cookie } = await newAccount();
    const { secret, recoveryCodes } = await enrolTwoFactor(ctx.app, cookie);

    const withoutCode = await signIn(email);
    expect(withoutCode.response.status).toBe(401);
    expect(withoutCode.error?.errors?.[0]?.field).toBe('/code');
    expect(withoutCode.response.headers.get('set-cookie')).toBeNull();

    const wrongPasswordRightCode = await signIn(email, totpCode(secret, inThirtySeconds()), 'wrong password');
    expect(wrongPasswordRightCode.response.status).toBe(401);
    expect(wrongPasswordRightCode.error).toBeDefined();
    expect(wrongPasswordRightCode.error?.errors?.[0]?.field).not.toBe('/code');

    expect(await statusOf(signIn(email, '123456'))).toBe(401);
    const code = totpCode(secret, inThirtySeconds());
    const good = await expectData(signIn(email, code), 200);
    expect(good.user.twoFactorEnabled).toBe(true);
    const replay = await signIn(email, code);
    expect(replay.response.status).toBe(401);
    expect(replay.error?.errors?.[0]?.field).toBe('/code');

    const recovery = recoveryCodes[3]!.toLowerCase();
    expect(await statusOf(signIn(email, recovery))).toBe(200);
    expect(await statusOf(signIn(email, recovery))).toBe(401);
    const api = ctx.apiAs({ cookie });
    const status = await api.GET('/api/auth/two-factor');
    expect(status.data?.recoveryCodesLeft).toBe(9);

    const fresh = await expectData(
      api.POST('/api/auth/two-factor/recovery-codes', { body: { password: TEST_PASSWORD } }),
      200,
    );
    expect(await statusOf(signIn(email, recoveryCodes[5]!))).toBe(401);
    expect(await statusOf(signIn(email, fresh.recoveryCodes[0]!))).toBe(200);
  });

  it('can be turned off by a member, with the password, but not by a platform admin', async () => {
    const member = await newAccount();
    await enrolTwoFactor(ctx.app, member.cookie);
    const disable = (cookie: string, password: string) =>
      ctx.apiAs({ cookie }).POST('/api/auth/two-factor/disable', { body: { password } });
    expect(await statusOf(disable(member.cookie, 'certainly not it'))).toBe(422);
    const off = await disable(member.cookie, TEST_PASSWORD);
    expect(off.response.status, JSON.stringify(off.error)).toBe(204);
    expect(await statusOf(signIn(member.email))).toBe(200);

    const admin = await newAccount({ admin: true });
    await enrolTwoFactor(ctx.app, admin.cookie);
    expect(await statusOf(disable(admin.cookie, TEST_PASSWORD))).toBe(409);
  });

  it('is required for platform admins: their admin rights wait until it is on', async () => {
    const admin = await newAccount({ admin: true });
    const me = await expectData(ctx.apiAs({ cookie: admin.cookie }).GET('/api/auth/me'), 200);
    expect(me.user).toMatchObject({
      isPlatformAdmin: true,
      twoFactorEnabled: false,
      twoFactorRequired: true,
    });
    // Raw: the audit query is one of two shapes, which its typed parameters do not say.
    const audit = () =>
      ctx.request({
        method: 'GET',
        url: `/api/audit?actor=user:${me.user.id}`,
        as: { cookie: admin.cookie },
      });
    expect((await audit()).statusCode).toBe(403);
    await enrolTwoFactor(ctx.app, admin.cookie);
    expect((await audit()).statusCode).toBe(200);
  });

  it('cannot be changed with an API token', async () => {
    const { cookie } = await newAccount();
    const created = await expectData(
      ctx.apiAs({ cookie }).POST('/api/tokens', { body: { name: 'script', access: 'read_write' } }),
      201,
    );
    const withToken = apiClient(ctx.app, { headers: { authorization: `Bearer ${created.secret}` } });
    const response = withToken.POST('/api/auth/two-factor/setup', { body: { password: TEST_PASSWORD } });
    expect(await statusOf(response)).toBe(403);
  });
});

describe('changing the password', () => {
  it('asks for the current one, refuses a weak new one, and closes the other sessions', async () => {
    const { email, cookie } = await newAccount();
    const other = String((await signIn(email)).response.headers.get('set-cookie')).split(';')[0]!;
    const change = (currentPassword: string, newPassword: string) =>
      ctx.apiAs({ cookie }).POST('/api/auth/password', {
        body: { currentPassword, newPassword, keepApiTokens: false },
      });

    const wrong = await expectProblem(change('nope nope nope', 'violet harbour engine tundra'), 422);
    expect(wrong.errors?.[0]?.field).toBe('/currentPassword');
    const weak = await expectProblem(change(TEST_PASSWORD, 'password1234'), 422);
    expect(weak.errors?.[0]?.field).toBe('/newPassword');
    expect(await statusOf(signIn(email))).toBe(200);

    const ok = await change(TEST_PASSWORD, 'violet harbour engine tundra');
    expect(ok.response.status, JSON.stringify(ok.error)).toBe(204);
    expect(await statusOf(ctx.apiAs({ cookie }).GET('/api/auth/me'))).toBe(200);
    expect(await statusOf(ctx.apiAs({ cookie: other }).GET('/api/auth/me'))).toBe(401);
    expect(await statusOf(signIn(email))).toBe(401);
    expect(await statusOf(signIn(email, undefined, 'violet harbour engine tundra'))).toBe(200);
  });
});
