import { and, eq, isNull } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerOf, problemOf } from '../../test/helpers/api-client.ts';
import { setUpTestApp, TEST_PASSWORD } from '../../test/helpers/app.ts';
import { buildAppWithTestSmtp, type startTestSmtpServer } from '../../test/helpers/smtp.ts';
import { inTransaction } from '../db/transaction.ts';
import type { App } from '../http/server-types.ts';
import { createUser } from './accounts.ts';
import { apiTokens, users } from './tables.ts';
import { PER_ACCOUNT } from './throttle.ts';

const ctx = setUpTestApp();
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let app: App;
const NEW_PASSWORD = 'granite willow saffron echo';
const OTHER_PASSWORD = 'harbour quince lattice ember';

beforeAll(async () => {
  ({ app, smtp } = await buildAppWithTestSmtp(ctx.database));
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

async function newAccount(email: string, language = 'en') {
  await inTransaction(ctx.database.db, (tx) =>
    createUser(
      tx,
      { actor: 'test' },
      { email, displayName: 'Mariam Touré', password: TEST_PASSWORD, language },
    ),
  );
}

const signIn = (email: string, password: string, ip = '198.51.100.1') =>
  app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress: ip });
const cookieOf = (response: LightMyRequestResponse) =>
  String(response.headers['set-cookie'])
    .split(', ')
    .find((part) => part.startsWith('jumelage_session='))!
    .split(';')[0]!;

/**
 * Raw: a password change leaves out keepApiTokens to get its default, which the generated types,
 * reading the default as always there, would not let the typed client do.
 */
async function post(url: string, payload: object, cookie?: string) {
  return app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
}

/** Two API tokens of the signed-in person; answers their secrets. */
async function twoTokens(cookie: string): Promise<string[]> {
  const secrets: string[] = [];
  for (const name of ['nightly export', 'sync']) {
    const created = await post('/api/tokens', { name, access: 'read' }, cookie);
    secrets.push(answerOf(created, { path: '/api/tokens', method: 'post', status: 201 }).secret);
  }
  return secrets;
}

const tokenWorks = async (secret: string) =>
  (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${secret}` } }))
    .statusCode === 200;

async function tokensInForce(email: string) {
  const [user] = await ctx.database.db.select().from(users).where(eq(users.email, email));
  return ctx.database.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, user!.id), isNull(apiTokens.revokedAt)));
}

describe('API tokens and a new password', () => {
  it('a password reset (account recovery) revokes every API token of the account', async () => {
    const email = 'reset@credentials.example';
    await newAccount(email);
    const secrets = await twoTokens(cookieOf(await signIn(email, TEST_PASSWORD)));
    expect(await Promise.all(secrets.map(tokenWorks))).toEqual([true, true]);

    expect((await post('/api/auth/password-reset', { email })).statusCode).toBe(202);
    const token = /token=([\w-]+)/.exec(smtp.received.at(-1)?.text ?? '')?.[1];
    const reset = await post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(reset.statusCode, reset.body).toBe(204);
    expect(await Promise.all(secrets.map(tokenWorks))).toEqual([false, false]);
    expect(await tokensInForce(email)).toEqual([]);
  });

  it('a password change revokes them by default, and keeps them only when asked', async () => {
    const email = 'change@credentials.example';
    await newAccount(email);
    const cookie = cookieOf(await signIn(email, TEST_PASSWORD));
    const first = await twoTokens(cookie);
    const changed = await post(
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      cookie,
    );
    expect(changed.statusCode, changed.body).toBe(204);
    expect(await Promise.all(first.map(tokenWorks))).toEqual([false, false]);

    const second = await twoTokens(cookie);
    const notBoolean = await post(
      '/api/auth/password',
      { currentPassword: NEW_PASSWORD, newPassword: OTHER_PASSWORD, keepApiTokens: 'yes' },
      cookie,
    );
    expect(notBoolean.statusCode).toBe(422);
    expect(problemOf(notBoolean).errors?.[0]?.field).toBe('/keepApiTokens');
    expect(await Promise.all(second.map(tokenWorks))).toEqual([true, true]);
    const kept = await post(
      '/api/auth/password',
      { currentPassword: NEW_PASSWORD, newPassword: OTHER_PASSWORD, keepApiTokens: true },
      cookie,
    );
    expect(kept.statusCode, kept.body).toBe(204);
    expect(await Promise.all(second.map(tokenWorks))).toEqual([true, true]);
    // A wrong current password changes nothing, tokens included.
    const wrong = await post(
      '/api/auth/password',
      { currentPassword: 'not my password at all', newPassword: NEW_PASSWORD },
      cookie,
    );
    expect(wrong.statusCode).toBe(422);
    expect(await Promise.all(second.map(tokenWorks))).toEqual([true, true]);
  });
});

describe('the per-account throttle', () => {
  const attacker = '203.0.113.9';
  const owner = '198.51.100.77';

  it('cannot lock the owner out: the right password from an address with no recent failure is heard', async () => {
    const email = 'owner@credentials.example';
    await newAccount(email, 'fr');
    const mailsBefore = smtp.received.length;
    for (let attempt = 0; attempt < PER_ACCOUNT.freeFailures + 3; attempt++) {
      const guess = await signIn(email, `wrong guess number ${attempt}`, attacker);
      expect([401, 429]).toContain(guess.statusCode);
    }
    // The attacker's address is slowed down, even with the right password…
    const fromAttacker = await signIn(email, TEST_PASSWORD, attacker);
    expect(fromAttacker.statusCode).toBe(429);
    expect(Number(fromAttacker.headers['retry-after'])).toBeGreaterThan(0);
    // …the owner, elsewhere, is not.
    const fromOwner = await signIn(email, TEST_PASSWORD, owner);
    expect(fromOwner.statusCode, fromOwner.body).toBe(200);
    // A wrong password from a fresh address is heard and refused, and that address is slowed too.
    const third = '192.0.2.33';
    expect((await signIn(email, 'another wrong guess', third)).statusCode).toBe(401);
    expect((await signIn(email, TEST_PASSWORD, third)).statusCode).toBe(429);
    // The owner's success does not forgive the attacker's failures.
    expect((await signIn(email, TEST_PASSWORD, attacker)).statusCode).toBe(429);

    // The owner was told, once, in their language.
    await vi.waitFor(() => expect(smtp.received.length).toBeGreaterThan(mailsBefore));
    const notices = smtp.received.slice(mailsBefore).filter((mail) => mail.subject?.includes('connexion'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.to).toMatchObject({ text: email });
    expect(notices[0]!.subject).toBe('Échecs de connexion à votre compte Jumelage');
    expect(notices[0]!.text).toContain(`${PER_ACCOUNT.freeFailures} tentatives`);
  });

  it('tells the owner once when failures arrive all at once, however they interleave', async () => {
    const email = 'crowd@credentials.example';
    await newAccount(email, 'fr');
    const mailsBefore = smtp.received.length;
    // Each from an address of its own, so no address throttle stops one before it is counted.
    const guesses = await Promise.all(
      Array.from({ length: PER_ACCOUNT.freeFailures * 2 }, (_, attempt) =>
        signIn(email, `simultaneous guess ${attempt}`, `192.0.2.${100 + attempt}`),
      ),
    );
    for (const guess of guesses) expect([401, 429]).toContain(guess.statusCode);
    await vi.waitFor(() => expect(smtp.received.length).toBeGreaterThan(mailsBefore));
    // Give a second notice, were one on its way, the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const notices = smtp.received
      .slice(mailsBefore)
      .filter(
        (mail) => mail.subject?.includes('connexion') && [mail.to].flat().some((to) => to?.text === email),
      );
    expect(notices).toHaveLength(1);
  });

  it('tells no one, and answers alike, when the address has no account', async () => {
    const mailsBefore = smtp.received.length;
    const answers = [];
    for (let attempt = 0; attempt < PER_ACCOUNT.freeFailures + 1; attempt++) {
      answers.push((await signIn('nobody@credentials.example', `guess ${attempt}`, '192.0.2.99')).statusCode);
    }
    expect(answers.slice(0, PER_ACCOUNT.freeFailures)).toEqual(Array(PER_ACCOUNT.freeFailures).fill(401));
    expect(answers.at(-1)).toBe(429);
    expect(smtp.received.length).toBe(mailsBefore);
  });
});
