import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../test/helpers/app.ts';
import { inTransaction } from '../../db/transaction.ts';
import { createUser } from '../accounts.ts';

const ctx = setUpTestApp();
const PASSWORD = 'copper lantern orbit mosaic';

beforeAll(async () => {
  await inTransaction(ctx.database.db, (tx) =>
    createUser(
      tx,
      { actor: 'test' },
      {
        email: ' Fatima.Sida@Amkala.example ',
        displayName: 'Fatima Sida',
        password: PASSWORD,
      },
    ),
  );
});

async function signIn(email = 'fatima.sida@amkala.example', password = PASSWORD, cookie?: string) {
  return ctx.request({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    as: cookie ? { cookie } : 'public',
  });
}

function sessionCookie(response: { headers: Record<string, unknown> }): string {
  const header = String(response.headers['set-cookie']);
  return header.split(';')[0]!;
}

describe('signing in and out', () => {
  it('signs in with email (any case) and password, with a cookie scripts cannot read', async () => {
    const response = await signIn('FATIMA.SIDA@amkala.example');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.data.user).toMatchObject({
      email: 'fatima.sida@amkala.example',
      displayName: 'Fatima Sida',
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^jumelage_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(response.body).not.toMatch(/argon2|passwordHash/);
    const me = await ctx.request({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: sessionCookie(response) },
    });
    expect(me.data.user.email).toBe('fatima.sida@amkala.example');
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const { buildApp } = await import('../../http/app.ts');
    const behindProxy = await buildApp({ database: ctx.database, trustProxy: true });
    const response = await behindProxy.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'fatima.sida@amkala.example', password: PASSWORD },
    });
    expect(String(response.headers['set-cookie'])).toContain('Secure');
    await behindProxy.close();
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    const wrongPassword = await signIn('fatima.sida@amkala.example', 'copper lantern orbit mosaik');
    const unknownEmail = await signIn('nobody@amkala.example', PASSWORD);
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const { requestId: _a, ...first } = wrongPassword.data;
    const { requestId: _b, ...second } = unknownEmail.data;
    expect(first).toEqual(second);
  });

  it('answers in the reader’s language', async () => {
    const response = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'accept-language': 'fr' },
      as: 'public',
      payload: { email: 'x@y.example', password: 'nope' },
    });
    expect(response.data.detail).toBe('L’adresse e-mail ou le mot de passe est erroné');
  });

  it('closes the session on sign-out', async () => {
    const cookie = sessionCookie(await signIn());
    const out = await ctx.request({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await ctx.request({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('starts a new session at each sign-in and closes the one the browser had', async () => {
    const first = sessionCookie(await signIn());
    const second = sessionCookie(await signIn(undefined, undefined, first));
    expect(second).not.toBe(first);
    expect(
      (await ctx.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } })).statusCode,
    ).toBe(401);
    expect(
      (await ctx.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: second } })).statusCode,
    ).toBe(200);
  });

  it('ends a session left idle too long, and any session past its absolute lifetime', async () => {
    const idle = sessionCookie(await signIn());
    const old = sessionCookie(await signIn());
    const token = (cookie: string) => cookie.split('=')[1]!;
    const { createHash } = await import('node:crypto');
    const digest = (value: string) => createHash('sha256').update(value).digest('hex');
    await ctx.database.db.execute(
      sql`UPDATE sessions SET last_seen_at = now() - interval '9 hours' WHERE token_hash = ${digest(token(idle))}`,
    );
    await ctx.database.db.execute(
      sql`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = ${digest(token(old))}`,
    );
    for (const cookie of [idle, old]) {
      expect(
        (await ctx.request({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode,
      ).toBe(401);
    }
  });

  it('lists my sessions and closes another one', async () => {
    const laptop = sessionCookie(await signIn());
    const phone = sessionCookie(await signIn());
    const listed = await ctx.request({
      method: 'GET',
      url: '/api/auth/sessions',
      headers: { cookie: laptop },
    });
    expect(listed.data.items.length).toBeGreaterThanOrEqual(2);
    const me = await ctx.request({ method: 'GET', url: '/api/auth/sessions', headers: { cookie: phone } });
    const phoneSession = me.data.items[0];
    const revoked = await ctx.request({
      method: 'DELETE',
      url: `/api/auth/sessions/${phoneSession.id}`,
      headers: { cookie: laptop },
    });
    expect(revoked.statusCode).toBe(204);
    expect(
      (await ctx.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: phone } })).statusCode,
    ).toBe(401);
    expect((await ctx.request({ method: 'GET', url: '/api/auth/sessions', as: 'public' })).statusCode).toBe(
      401,
    );
  });

  it('records the signed-in user as the author of a change', async () => {
    const created = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Yahia Tindina' },
    });
    const audit = await ctx.request({ method: 'GET', url: `/api/audit?entity=person&id=${created.data.id}` });
    const me = await ctx.request({ method: 'GET', url: '/api/auth/me' });
    expect(audit.data[0].actor).toBe(`user:${me.data.user.id}`);
  });
});

describe('accounts', () => {
  it('refuses a second account with the same address, whatever its case', async () => {
    await expect(
      inTransaction(ctx.database.db, (tx) =>
        createUser(
          tx,
          { actor: 'test' },
          {
            email: 'FATIMA.SIDA@AMKALA.EXAMPLE',
            displayName: 'Someone',
            password: 'granite willow saffron echo',
          },
        ),
      ),
    ).rejects.toMatchObject({ field: '/email' });
  });
});

describe('sign-in throttling', () => {
  it('slows down guessing on one account, even with the right password, and says how long to wait', async () => {
    await inTransaction(ctx.database.db, (tx) =>
      createUser(
        tx,
        { actor: 'test' },
        {
          email: 'mostafa.asarid@agadez.example',
          displayName: 'Mostafa Asarid',
          password: PASSWORD,
        },
      ),
    );
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn('mostafa.asarid@agadez.example', 'wrong password number one')).statusCode).toBe(
        401,
      );
    }
    const throttled = await signIn('mostafa.asarid@agadez.example', PASSWORD);
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(throttled.headers['content-type']).toContain('application/problem+json');
    expect(throttled.headers['set-cookie']).toBeUndefined();
  });

  it('slows down one address trying many accounts', async () => {
    const { buildApp } = await import('../../http/app.ts');
    const behindProxy = await buildApp({ database: ctx.database, trustProxy: true });
    const attempt = (email: string) =>
      behindProxy.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'x-forwarded-for': '203.0.113.7' },
        payload: { email, password: 'wrong password number one' },
      });
    for (let index = 0; index < 20; index++)
      expect((await attempt(`user${index}@example.org`)).statusCode).toBe(401);
    const throttled = await attempt('user20@example.org');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBeDefined();
    // Another address is not held back by this one.
    expect((await signIn('fatima.sida@amkala.example', PASSWORD)).statusCode).toBe(200);
    await behindProxy.close();
  });
});

describe('API tokens', () => {
  const bearer = (secret: string) => ({
    headers: { authorization: `Bearer ${secret}` },
    as: 'public' as const,
  });

  it('is shown once, stored hashed, listed without its secret, and used as a bearer token', async () => {
    const created = await ctx.request({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'nightly export', access: 'read' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { secret, token } = created.data;
    expect(secret).toMatch(/^jmlg_[\w-]{43}$/);
    const [stored] = await (await import('../../db/client.ts')).selectRows<{ token_hash: string }>(
      ctx.database.db,
      sql`SELECT token_hash FROM api_tokens WHERE id = ${token.id}`,
    );
    expect(stored?.token_hash).not.toContain(secret);
    const listed = await ctx.request({ method: 'GET', url: '/api/tokens' });
    expect(JSON.stringify(listed.data)).not.toContain(secret);
    expect(listed.data.items[0]).toMatchObject({
      id: token.id,
      prefix: secret.slice(0, 11),
      lastUsedAt: null,
    });
    const me = await ctx.request({ method: 'GET', url: '/api/auth/me', ...bearer(secret) });
    expect(me.statusCode).toBe(200);
    const after = await ctx.request({ method: 'GET', url: '/api/tokens' });
    expect(after.data.items[0].lastUsedAt).not.toBeNull();
  });

  it('with read access, changes nothing', async () => {
    const { data } = await ctx.request({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'reader', access: 'read' },
    });
    const refused = await ctx.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'X' },
      ...bearer(data.secret),
    });
    expect(refused.statusCode).toBe(403);
  });

  it('is narrowed to its scope, and records itself as the author of changes', async () => {
    const city = await ctx.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'local_authority', name: { en: 'Parakou' }, countryCode: 'BJ' },
    });
    const other = await ctx.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'local_authority', name: { en: 'Brikama' }, countryCode: 'GM' },
    });
    const officer = await ctx.signInAs([
      { role: 'municipal_officer', scopeId: city.data.id },
      { role: 'municipal_officer', scopeId: other.data.id },
    ]);
    const created = await ctx.request({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'Parakou sync', access: 'read_write', scopeId: city.data.id },
      as: officer,
    });
    expect(created.statusCode, created.body).toBe(201);
    const secret = created.data.secret;
    const own = await ctx.request({
      method: 'PATCH',
      url: `/api/organizations/${city.data.id}`,
      payload: { acronym: 'PKU' },
      ...bearer(secret),
    });
    expect(own.statusCode).toBe(200);
    const outside = await ctx.request({
      method: 'PATCH',
      url: `/api/organizations/${other.data.id}`,
      payload: { acronym: 'BRK' },
      ...bearer(secret),
    });
    expect(outside.statusCode).toBe(403);
    const audit = await ctx.request({
      method: 'GET',
      url: `/api/audit?entity=organization&id=${city.data.id}`,
    });
    expect(audit.data.at(-1).actor).toBe(
      `user:${(await ctx.request({ method: 'GET', url: '/api/auth/me', as: officer })).data.user.id};token:${created.data.token.id}`,
    );
    const tooWide = await ctx.request({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'x', access: 'read', scopeId: crypto.randomUUID() },
      as: officer,
    });
    expect(tooWide.statusCode).toBe(403);
    const fromToken = await ctx.request({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'x', access: 'read' },
      ...bearer(secret),
    });
    expect(fromToken.statusCode).toBe(403);
  });

  it('stops working once revoked; an unknown token is refused outright', async () => {
    const { data } = await ctx.request({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'temporary', access: 'read' },
    });
    expect((await ctx.request({ method: 'DELETE', url: `/api/tokens/${data.token.id}` })).statusCode).toBe(
      204,
    );
    expect(
      (await ctx.request({ method: 'GET', url: '/api/auth/me', ...bearer(data.secret) })).statusCode,
    ).toBe(401);
    expect(
      (await ctx.request({ method: 'GET', url: '/api/agreements', ...bearer('jmlg_not-a-real-token') }))
        .statusCode,
    ).toBe(401);
  });
});
