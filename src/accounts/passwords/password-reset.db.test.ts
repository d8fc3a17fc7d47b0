import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp, TEST_PASSWORD } from '../../../test/helpers/app.ts';
import { buildAppWithTestSmtp, type startTestSmtpServer } from '../../../test/helpers/smtp.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { App } from '../../http/server-types.ts';
import { createUser } from '../accounts.ts';

const ctx = setUpTestApp();
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let app: App;
const NEW_PASSWORD = 'granite willow saffron echo';

beforeAll(async () => {
  ({ app, smtp } = await buildAppWithTestSmtp(ctx.database));
  await inTransaction(ctx.database.db, (tx) =>
    createUser(
      tx,
      { actor: 'test' },
      {
        email: 'yahia.tindina@tombouctou.example',
        displayName: 'Yahia Tindina',
        password: TEST_PASSWORD,
        language: 'fr',
      },
    ),
  );
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

const post = (url: string, payload: unknown, ip = '198.51.100.1') =>
  app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { 'x-real-ip': ip },
    remoteAddress: ip,
  });
const signIn = (password: string) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: 'yahia.tindina@tombouctou.example', password },
  });

describe('password reset by email', () => {
  it('mails a single-use link in the person’s language, and the new password replaces the old', async () => {
    const session = String((await signIn(TEST_PASSWORD)).headers['set-cookie']).split(';')[0]!;
    const asked = await post('/api/auth/password-reset', { email: 'Yahia.Tindina@tombouctou.example' });
    expect(asked.statusCode).toBe(202);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe('Réinitialiser votre mot de passe Jumelage');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('yahia.tindina@tombouctou.example');
    const token = /https:\/\/jumelage\.example\.org\/reset-password\?token=([\w-]+)/.exec(
      mail.text ?? '',
    )?.[1];
    expect(token).toBeDefined();

    const weak = await post('/api/auth/password-reset/confirm', { token, password: 'tombouctou2025' });
    expect(weak.statusCode).toBe(422);
    expect(JSON.parse(weak.body).field).toBe('/password');
    const done = await post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(done.statusCode).toBe(204);
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(NEW_PASSWORD)).statusCode).toBe(200);
    const again = await post('/api/auth/password-reset/confirm', {
      token,
      password: 'another lantern orbit story',
    });
    expect(again.statusCode).toBe(422);
    expect(JSON.parse(again.body).field).toBe('/token');
    const oldSession = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session } });
    expect(oldSession.statusCode).toBe(401);
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const before = smtp.received.length;
    const unknown = await post(
      '/api/auth/password-reset',
      { email: 'nobody@tombouctou.example' },
      '198.51.100.2',
    );
    const known = await post(
      '/api/auth/password-reset',
      { email: 'yahia.tindina@tombouctou.example' },
      '198.51.100.2',
    );
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(smtp.received.length).toBe(before + 1);
  });

  it('refuses a made-up token', async () => {
    const response = await post('/api/auth/password-reset/confirm', {
      token: 'x'.repeat(43),
      password: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(422);
  });

  it('slows down repeated requests for one address', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 5; index++) {
      statuses.push(
        (
          await post(
            '/api/auth/password-reset',
            { email: 'fatima.sida@amkala.example' },
            `198.51.100.${10 + index}`,
          )
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(statuses[3]).toBe(429);
  });
});
