import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { buildAppWithTestSmtp, type startTestSmtpServer } from '../../test/helpers/smtp.ts';
import { selectRows } from '../db/client.ts';
import type { App } from '../http/server-types.ts';
import { totpCode } from './two-factor/codes.ts';

const ctx = setUpTestApp();
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let app: App;
let firstRecord = 0;
const PASSWORD = 'granite willow saffron echo';
const NEW_PASSWORD = 'harbour quince lattice ember';

beforeAll(async () => {
  ({ app, smtp } = await buildAppWithTestSmtp(ctx.database));
  const [row] = await selectRows<{ id: string | null }>(
    ctx.database.db,
    sql`SELECT max(id) AS id FROM audit_log`,
  );
  firstRecord = Number(row?.id ?? 0);
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

interface AuditRow {
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  request_id: string | null;
}

const cookieOf = (response: LightMyRequestResponse) =>
  String(response.headers['set-cookie'])
    .split(', ')
    .find((part) => part.startsWith('jumelage_session='))!
    .split(';')[0]!;
const tokenIn = (text: string | undefined) => /token=([\w-]+)/.exec(text ?? '')?.[1] ?? '';

async function call(method: 'POST' | 'DELETE' | 'GET', url: string, cookie?: string, payload?: object) {
  const response = await app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
  return Object.assign(response, { data: response.body ? JSON.parse(response.body) : undefined });
}

/** The audit records written by this response's request; there must be at least one. */
async function auditedBy(what: string, response: LightMyRequestResponse): Promise<AuditRow[]> {
  expect(response.statusCode, `${what}: ${response.body}`).toBeLessThan(300);
  const requestId = String(response.headers['x-request-id']);
  const rows = await selectRows<AuditRow>(
    ctx.database.db,
    sql`SELECT actor, action, entity_type, entity_id, request_id FROM audit_log WHERE request_id = ${requestId} ORDER BY id`,
  );
  expect(rows.length, `${what} left no audit record with its request id`).toBeGreaterThan(0);
  return rows;
}

describe('account events in the audit log', () => {
  it('every successful account write leaves a record with the actor and the request id', async () => {
    const admin = await ctx.signInAs([], { admin: true });
    const invited = await call('POST', '/api/invitations', admin.cookie, {
      email: 'ines@audit.example',
      language: 'en',
      grants: [],
    });
    expect(await auditedBy('invitation', invited)).toEqual([
      expect.objectContaining({ entity_type: 'invitation', action: 'create' }),
    ]);
    const token = tokenIn(smtp.received.at(-1)?.text);

    const signUp = await call('POST', '/api/auth/sign-up', undefined, {
      token,
      displayName: 'Inès',
      password: PASSWORD,
    });
    expect(signUp.statusCode, signUp.body).toBe(201);
    const userId = signUp.data.user.id as string;
    const me = `user:${userId}`;
    expect(await auditedBy('sign-up', signUp)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity_type: 'user', action: 'create', entity_id: userId }),
        expect.objectContaining({ entity_type: 'invitation', action: 'update', actor: me }),
        expect.objectContaining({ entity_type: 'session', action: 'create', actor: me }),
      ]),
    );
    let cookie = cookieOf(signUp);

    expect(await auditedBy('sign-out', await call('POST', '/api/auth/sign-out', cookie))).toEqual([
      expect.objectContaining({ entity_type: 'session', action: 'delete', actor: me }),
    ]);
    const signIn = (code?: string) =>
      call('POST', '/api/auth/sign-in', undefined, { email: 'ines@audit.example', password: PASSWORD, code });
    const signedIn = await signIn();
    expect(await auditedBy('sign-in', signedIn)).toEqual([
      expect.objectContaining({ entity_type: 'session', action: 'create', actor: me }),
    ]);
    cookie = cookieOf(signedIn);

    const setup = await call('POST', '/api/auth/two-factor/setup', cookie, { password: PASSWORD });
    expect(await auditedBy('two-factor setup', setup)).toEqual([
      expect.objectContaining({ entity_type: 'user', action: 'update', actor: me, entity_id: userId }),
    ]);
    const enabled = await call('POST', '/api/auth/two-factor/enable', cookie, {
      code: totpCode(setup.data.secret),
    });
    await auditedBy('two-factor enable', enabled);
    const codes = await call('POST', '/api/auth/two-factor/recovery-codes', cookie, { password: PASSWORD });
    await auditedBy('new recovery codes', codes);
    const withRecoveryCode = await signIn(codes.data.recoveryCodes[0]);
    expect(await auditedBy('sign-in with a recovery code', withRecoveryCode)).toEqual([
      expect.objectContaining({ entity_type: 'session', action: 'create', actor: me }),
    ]);
    await auditedBy(
      'two-factor disable',
      await call('POST', '/api/auth/two-factor/disable', cookie, { password: PASSWORD }),
    );

    const created = await call('POST', '/api/tokens', cookie, { name: 'script', access: 'read' });
    expect(await auditedBy('token created', created)).toEqual([
      expect.objectContaining({ entity_type: 'api_token', action: 'create', actor: me }),
    ]);
    await auditedBy('token revoked', await call('DELETE', `/api/tokens/${created.data.token.id}`, cookie));

    const [other] = await auditedBy('another sign-in', await signIn());
    expect(
      await auditedBy(
        'session revoked',
        await call('DELETE', `/api/auth/sessions/${other!.entity_id}`, cookie),
      ),
    ).toEqual([
      expect.objectContaining({ entity_type: 'session', action: 'delete', entity_id: other!.entity_id }),
    ]);

    await auditedBy(
      'password change',
      await call('POST', '/api/auth/password', cookie, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      }),
    );
    const asked = await call('POST', '/api/auth/email', cookie, {
      password: NEW_PASSWORD,
      newEmail: 'ines@new-audit.example',
    });
    await auditedBy('email change asked', asked);
    const confirmLink = smtp.received.find((mail) => mail.text?.includes('confirm-email?token='));
    const confirmed = await call('POST', '/api/auth/email/confirm', undefined, {
      token: tokenIn(confirmLink?.text),
    });
    expect(await auditedBy('email change confirmed', confirmed)).toEqual([
      expect.objectContaining({ entity_type: 'user', action: 'update', actor: me }),
    ]);

    expect(
      await auditedBy(
        'password reset asked',
        await call('POST', '/api/auth/password-reset', undefined, { email: 'ines@new-audit.example' }),
      ),
    ).toEqual([
      expect.objectContaining({ entity_type: 'password_reset', entity_id: userId, actor: 'anonymous' }),
    ]);
    const resetToken = tokenIn(smtp.received.at(-1)?.text);
    expect(
      await auditedBy(
        'password reset confirmed',
        await call('POST', '/api/auth/password-reset/confirm', undefined, {
          token: resetToken,
          password: PASSWORD,
        }),
      ),
    ).toEqual([expect.objectContaining({ entity_type: 'user', action: 'update', actor: me })]);

    // Nothing the requests wrote lacks a request id or an actor.
    const unnamed = await selectRows<AuditRow>(
      ctx.database.db,
      sql`SELECT actor, action, entity_type, entity_id, request_id FROM audit_log
          WHERE id > ${firstRecord} AND actor <> 'test' AND (request_id IS NULL OR actor IS NULL OR actor = '')`,
    );
    expect(unnamed).toEqual([]);
  });

  it('a refused account write leaves no record', async () => {
    const [before] = await selectRows<{ n: string }>(
      ctx.database.db,
      sql`SELECT count(*) AS n FROM audit_log`,
    );
    const wrong = await call('POST', '/api/auth/sign-in', undefined, {
      email: 'ines@new-audit.example',
      password: 'not the password at all',
    });
    expect(wrong.statusCode).toBe(401);
    const badReset = await call('POST', '/api/auth/password-reset/confirm', undefined, {
      token: 'no-such-token-0123456789',
      password: NEW_PASSWORD,
    });
    expect(badReset.statusCode).toBe(422);
    const [after] = await selectRows<{ n: string }>(
      ctx.database.db,
      sql`SELECT count(*) AS n FROM audit_log`,
    );
    expect(after?.n).toBe(before?.n);
  });
});
