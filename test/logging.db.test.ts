import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../src/http/app.ts';
import { apiClient, expectData } from './helpers/api-client.ts';
import { setUpTestApp, TEST_PASSWORD } from './helpers/app.ts';

const ctx = setUpTestApp();
const lines: Array<Record<string, unknown>> = [];
let app: App;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  app = await buildApp({ database: ctx.database, logger: { level: 'info', stream } });
});
afterAll(() => app?.close());

const logged = () => JSON.stringify(lines);

describe('the log', () => {
  it('records every sign-in attempt with its outcome and request id, never the password or the cookie', async () => {
    const user = await ctx.signInAs([]);
    const me = await expectData(ctx.apiAs(user).GET('/api/auth/me'), 200);
    const email = me.user.email;
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: 'a wrong guess of a password' },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(200);
    await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } });

    const attempts = lines.filter((line) => line.event === 'sign-in');
    expect(attempts.map((line) => line.outcome)).toEqual(['failure', 'success']);
    expect(attempts[0]!.reqId).toBe(wrong.headers['x-request-id']);
    expect(attempts[1]).toMatchObject({ userId: me.user.id, reqId: right.headers['x-request-id'] });
    const text = logged();
    for (const secret of [
      TEST_PASSWORD,
      'a wrong guess of a password',
      user.cookie.split('=')[1]!,
      '$argon2id',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('records every refused authorization, with the route and the user', async () => {
    const plain = await ctx.signInAs([]);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/organizations',
      payload: { kind: 'network', name: { en: 'Not mine' } },
      headers: { cookie: plain.cookie },
    });
    expect(refused.statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'POST', url: '/api/people', payload: { name: 'X' } });
    expect(anonymous.statusCode).toBe(401);
    const refusals = lines.filter((line) => line.event === 'authorization');
    expect(refusals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          outcome: 'forbidden',
          route: '/api/organizations',
          reqId: refused.headers['x-request-id'],
        }),
        expect.objectContaining({
          outcome: 'unauthenticated',
          route: '/api/people',
          reqId: anonymous.headers['x-request-id'],
        }),
      ]),
    );
    expect(logged()).not.toContain(plain.cookie.split('=')[1]!);
  });

  it('never shows an API token secret, in answers to other calls or in the log', async () => {
    const user = await ctx.signInAs([]);
    const created = apiClient(app, user).POST('/api/tokens', { body: { name: 'sync', access: 'read' } });
    const { secret } = await expectData(created, 201);
    await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${secret}` } });
    const listed = await app.inject({ method: 'GET', url: '/api/tokens', headers: { cookie: user.cookie } });
    expect(listed.body).not.toContain(secret);
    expect(logged()).not.toContain(secret);
  });

  it('logs a failed query by its shape, never its parameters: no token hash, no email address', async () => {
    const user = await ctx.signInAs([]);
    const created = apiClient(app, user).POST('/api/tokens', { body: { name: 'nightly', access: 'read' } });
    const { secret } = await expectData(created, 201);
    const tokenHash = createHash('sha256').update(secret).digest('hex');
    const email = 'no-such-mayor@smara.example';
    // The tables the two look-ups read are away: each request's query fails inside the database.
    await ctx.database.db.execute(sql.raw('ALTER TABLE api_tokens RENAME TO api_tokens_away'));
    await ctx.database.db.execute(sql.raw('ALTER TABLE sign_in_failures RENAME TO sign_in_failures_away'));
    try {
      const withToken = await app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { authorization: `Bearer ${secret}` },
      });
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'whatever it may be' },
      });
      expect(withToken.statusCode).toBe(500);
      expect(signIn.statusCode).toBe(500);
    } finally {
      await ctx.database.db.execute(sql.raw('ALTER TABLE api_tokens_away RENAME TO api_tokens'));
      await ctx.database.db.execute(sql.raw('ALTER TABLE sign_in_failures_away RENAME TO sign_in_failures'));
    }
    const failures = lines.filter((line) => line.msg === 'request failed');
    expect(failures).toHaveLength(2);
    expect(JSON.stringify(failures)).toMatch(/"statement":"select .*\$1/);
    expect(failures.map((line) => (line.err as { cause?: { code?: string } }).cause?.code)).toEqual([
      '42P01',
      '42P01',
    ]);
    const text = logged();
    for (const value of [secret, tokenHash, email, 'whatever it may be']) expect(text).not.toContain(value);
  });
});
