import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerOf, apiClient, expectData, statusOf } from '../../../test/helpers/api-client.ts';
import { type As, setUpTestApp } from '../../../test/helpers/app.ts';
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
  return ctx.apiAs(cookie ? { cookie } : 'public').POST('/api/auth/sign-in', { body: { email, password } });
}

function sessionCookie({ response }: { response: Response }): string {
  return String(response.headers.get('set-cookie')).split(';')[0]!;
}

/** Who is signed in with this cookie, as /api/auth/me answers. */
const me = (cookie?: string) => ctx.apiAs(cookie ? { cookie } : 'admin').GET('/api/auth/me');

/** A record's audit trail. Raw: the audit query is one of two shapes, which its typed parameters do not say. */
async function trailOf(entity: string, id: string) {
  const response = await ctx.request({ method: 'GET', url: `/api/audit?entity=${entity}&id=${id}` });
  return answerOf(response, { path: '/api/audit', method: 'get', status: 200 });
}

describe('signing in and out', () => {
  it('signs in with email (any case) and password, with a cookie scripts cannot read', async () => {
    const answer = await signIn('FATIMA.SIDA@amkala.example');
    const signedIn = await expectData(answer, 200);
    expect(signedIn.user).toMatchObject({
      email: 'fatima.sida@amkala.example',
      displayName: 'Fatima Sida',
    });
    const cookie = String(answer.response.headers.get('set-cookie'));
    expect(cookie).toMatch(/^jumelage_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(JSON.stringify(signedIn)).not.toMatch(/argon2|passwordHash/);
    const mine = await me(sessionCookie(answer));
    expect(mine.data?.user.email).toBe('fatima.sida@amkala.example');
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
    for (const { response } of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(wrongPassword.error).toBeDefined();
    const { requestId: _a, ...first } = wrongPassword.error ?? {};
    const { requestId: _b, ...second } = unknownEmail.error ?? {};
    expect(first).toEqual(second);
  });

  it('answers in the reader’s language', async () => {
    const response = await ctx.apiAs('public').POST('/api/auth/sign-in', {
      headers: { 'accept-language': 'fr' },
      body: { email: 'x@y.example', password: 'nope' },
    });
    expect(response.error?.detail).toBe('L’adresse e-mail ou le mot de passe est erroné');
  });

  it('closes the session on sign-out', async () => {
    const cookie = sessionCookie(await signIn());
    expect(await statusOf(ctx.apiAs({ cookie }).POST('/api/auth/sign-out'))).toBe(204);
    expect(await statusOf(me(cookie))).toBe(401);
  });

  it('starts a new session at each sign-in and closes the one the browser had', async () => {
    const first = sessionCookie(await signIn());
    const second = sessionCookie(await signIn(undefined, undefined, first));
    expect(second).not.toBe(first);
    expect(await statusOf(me(first))).toBe(401);
    expect(await statusOf(me(second))).toBe(200);
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
      expect(await statusOf(me(cookie))).toBe(401);
    }
  });

  it('lists my sessions and closes another one', async () => {
    const laptop = sessionCookie(await signIn());
    const phone = sessionCookie(await signIn());
    const listed = await expectData(ctx.apiAs({ cookie: laptop }).GET('/api/auth/sessions'), 200);
    expect(listed.items.length).toBeGreaterThanOrEqual(2);
    const mine = await expectData(ctx.apiAs({ cookie: phone }).GET('/api/auth/sessions'), 200);
    const phoneSession = mine.items[0]!;
    const revoked = ctx.apiAs({ cookie: laptop }).DELETE('/api/auth/sessions/{id}', {
      params: { path: { id: phoneSession.id } },
    });
    expect(await statusOf(revoked)).toBe(204);
    expect(await statusOf(me(phone))).toBe(401);
    expect(await statusOf(ctx.apiAs('public').GET('/api/auth/sessions'))).toBe(401);
  });

  it('records the signed-in user as the author of a change', async () => {
    const created = await expectData(ctx.api.POST('/api/people', { body: { name: 'Yahia Tindina' } }), 201);
    const audit = await trailOf('person', created.id);
    const admin = await expectData(me(), 200);
    expect(audit[0]?.actor).toBe(`user:${admin.user.id}`);
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
      expect(await statusOf(signIn('mostafa.asarid@agadez.example', 'wrong password number one'))).toBe(401);
    }
    const { response: throttled } = await signIn('mostafa.asarid@agadez.example', PASSWORD);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(throttled.headers.get('content-type')).toContain('application/problem+json');
    expect(throttled.headers.get('set-cookie')).toBeNull();
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
    expect(await statusOf(signIn('fatima.sida@amkala.example', PASSWORD))).toBe(200);
    await behindProxy.close();
  });
});

describe('API tokens', () => {
  /** The typed client with this secret as a bearer token, and no session. */
  const bearer = (secret: string) => apiClient(ctx.app, { headers: { authorization: `Bearer ${secret}` } });
  const newToken = (
    body: { name: string; access: 'read' | 'read_write'; scopeId?: string },
    as: As = 'admin',
  ) => expectData(ctx.apiAs(as).POST('/api/tokens', { body }), 201);

  it('is shown once, stored hashed, listed without its secret, and used as a bearer token', async () => {
    const { secret, token } = await newToken({ name: 'nightly export', access: 'read' });
    expect(secret).toMatch(/^jmlg_[\w-]{43}$/);
    const [stored] = await (await import('../../db/client.ts')).selectRows<{ token_hash: string }>(
      ctx.database.db,
      sql`SELECT token_hash FROM api_tokens WHERE id = ${token.id}`,
    );
    expect(stored?.token_hash).not.toContain(secret);
    const listed = await expectData(ctx.api.GET('/api/tokens'), 200);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.items[0]).toMatchObject({
      id: token.id,
      prefix: secret.slice(0, 11),
      lastUsedAt: null,
    });
    expect(await statusOf(bearer(secret).GET('/api/auth/me'))).toBe(200);
    const after = await expectData(ctx.api.GET('/api/tokens'), 200);
    expect(after.items[0]?.lastUsedAt).not.toBeNull();
  });

  it('with read access, changes nothing', async () => {
    const { secret } = await newToken({ name: 'reader', access: 'read' });
    const refused = bearer(secret).POST('/api/people', { body: { name: 'X' } });
    expect(await statusOf(refused)).toBe(403);
  });

  it('is narrowed to its scope, and records itself as the author of changes', async () => {
    const city = await expectData(
      ctx.api.POST('/api/organizations', {
        body: { kind: 'local_authority', name: { en: 'Parakou' }, countryCode: 'BJ' },
      }),
      201,
    );
    const other = await expectData(
      ctx.api.POST('/api/organizations', {
        body: { kind: 'local_authority', name: { en: 'Brikama' }, countryCode: 'GM' },
      }),
      201,
    );
    const officer = await ctx.signInAs([
      { role: 'municipal_officer', scopeId: city.id },
      { role: 'municipal_officer', scopeId: other.id },
    ]);
    const created = await newToken({ name: 'Parakou sync', access: 'read_write', scopeId: city.id }, officer);
    const withToken = bearer(created.secret);
    const acronym = (id: string, value: string) =>
      withToken.PATCH('/api/organizations/{id}', { params: { path: { id } }, body: { acronym: value } });
    expect(await statusOf(acronym(city.id, 'PKU'))).toBe(200);
    expect(await statusOf(acronym(other.id, 'BRK'))).toBe(403);
    const audit = await trailOf('organization', city.id);
    const officerId = (await expectData(ctx.apiAs(officer).GET('/api/auth/me'), 200)).user.id;
    expect(audit.at(-1)?.actor).toBe(`user:${officerId};token:${created.token.id}`);
    const tooWide = ctx.apiAs(officer).POST('/api/tokens', {
      body: { name: 'x', access: 'read', scopeId: crypto.randomUUID() },
    });
    expect(await statusOf(tooWide)).toBe(403);
    const fromToken = withToken.POST('/api/tokens', { body: { name: 'x', access: 'read' } });
    expect(await statusOf(fromToken)).toBe(403);
  });

  it('stops working once revoked; an unknown token is refused outright', async () => {
    const data = await newToken({ name: 'temporary', access: 'read' });
    const revoke = ctx.api.DELETE('/api/tokens/{id}', { params: { path: { id: data.token.id } } });
    expect(await statusOf(revoke)).toBe(204);
    expect(await statusOf(bearer(data.secret).GET('/api/auth/me'))).toBe(401);
    expect(await statusOf(bearer('jmlg_not-a-real-token').GET('/api/agreements'))).toBe(401);
  });
});
