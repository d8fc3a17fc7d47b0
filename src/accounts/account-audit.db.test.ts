import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, statusOf } from '../../test/helpers/api-client.ts';
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

/** What a call of the typed client answered. */
interface Answered {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const cookieOf = ({ response }: Answered) =>
  response.headers
    .getSetCookie()
    .find((part) => part.startsWith('jumelage_session='))!
    .split(';')[0]!;
const tokenIn = (text: string | undefined) => /token=([\w-]+)/.exec(text ?? '')?.[1] ?? '';

/** The API of the app that sends mail, as the public or with a session cookie. */
const api = (cookie?: string) => apiClient(app, cookie ? { cookie } : {});

/** The audit records written by this answer's request; there must be at least one. */
async function auditedBy(what: string, { data, error, response }: Answered): Promise<AuditRow[]> {
  expect(response.status, `${what}: ${JSON.stringify(error ?? data)}`).toBeLessThan(300);
  const requestId = String(response.headers.get('x-request-id'));
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
    const invited = await api(admin.cookie).POST('/api/invitations', {
      body: { email: 'ines@audit.example', language: 'en', grants: [] },
    });
    expect(await auditedBy('invitation', invited)).toEqual([
      expect.objectContaining({ entity_type: 'invitation', action: 'create' }),
    ]);
    const token = tokenIn(smtp.received.at(-1)?.text);

    const signUp = await api().POST('/api/auth/sign-up', {
      body: { token, displayName: 'Inès', password: PASSWORD },
    });
    expect(signUp.response.status, JSON.stringify(signUp.error)).toBe(201);
    const userId = signUp.data!.user.id;
    const me = `user:${userId}`;
    expect(await auditedBy('sign-up', signUp)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity_type: 'user', action: 'create', entity_id: userId }),
        expect.objectContaining({ entity_type: 'invitation', action: 'update', actor: me }),
        expect.objectContaining({ entity_type: 'session', action: 'create', actor: me }),
      ]),
    );
    let cookie = cookieOf(signUp);

    expect(await auditedBy('sign-out', await api(cookie).POST('/api/auth/sign-out'))).toEqual([
      expect.objectContaining({ entity_type: 'session', action: 'delete', actor: me }),
    ]);
    const signIn = (code?: string) =>
      api().POST('/api/auth/sign-in', {
        body: { email: 'ines@audit.example', password: PASSWORD, ...(code ? { code } : {}) },
      });
    const signedIn = await signIn();
    expect(await auditedBy('sign-in', signedIn)).toEqual([
      expect.objectContaining({ entity_type: 'session', action: 'create', actor: me }),
    ]);
    cookie = cookieOf(signedIn);

    const setup = await api(cookie).POST('/api/auth/two-factor/setup', { body: { password: PASSWORD } });
    expect(await auditedBy('two-factor setup', setup)).toEqual([
      expect.objectContaining({ entity_type: 'user', action: 'update', actor: me, entity_id: userId }),
    ]);
    const enabled = await api(cookie).POST('/api/auth/two-factor/enable', {
      body: { code: totpCode(setup.data!.secret) },
    });
    await auditedBy('two-factor enable', enabled);
    const codes = await api(cookie).POST('/api/auth/two-factor/recovery-codes', {
      body: { password: PASSWORD },
    });
    await auditedBy('new recovery codes', codes);
    const withRecoveryCode = await signIn(codes.data!.recoveryCodes[0]);
    expect(await auditedBy('sign-in with a recovery code', withRecoveryCode)).toEqual([
      expect.objectContaining({ entity_type: 'session', action: 'create', actor: me }),
    ]);
    await auditedBy(
      'two-factor disable',
      await api(cookie).POST('/api/auth/two-factor/disable', { body: { password: PASSWORD } }),
    );

    const created = await api(cookie).POST('/api/tokens', { body: { name: 'script', access: 'read' } });
    expect(await auditedBy('token created', created)).toEqual([
      expect.objectContaining({ entity_type: 'api_token', action: 'create', actor: me }),
    ]);
    await auditedBy(
      'token revoked',
      await api(cookie).DELETE('/api/tokens/{id}', { params: { path: { id: created.data!.token.id } } }),
    );

    const [other] = await auditedBy('another sign-in', await signIn());
    expect(
      await auditedBy(
        'session revoked',
        await api(cookie).DELETE('/api/auth/sessions/{id}', { params: { path: { id: other!.entity_id } } }),
      ),
    ).toEqual([
      expect.objectContaining({ entity_type: 'session', action: 'delete', entity_id: other!.entity_id }),
    ]);

    await auditedBy(
      'password change',
      await api(cookie).POST('/api/auth/password', {
        body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, keepApiTokens: false },
      }),
    );
    const asked = await api(cookie).POST('/api/auth/email', {
      body: { password: NEW_PASSWORD, newEmail: 'ines@new-audit.example' },
    });
    await auditedBy('email change asked', asked);
    const confirmLink = smtp.received.find((mail) => mail.text?.includes('confirm-email?token='));
    const confirmed = await api().POST('/api/auth/email/confirm', {
      body: { token: tokenIn(confirmLink?.text) },
    });
    expect(await auditedBy('email change confirmed', confirmed)).toEqual([
      expect.objectContaining({ entity_type: 'user', action: 'update', actor: me }),
    ]);

    expect(
      await auditedBy(
        'password reset asked',
        await api().POST('/api/auth/password-reset', { body: { email: 'ines@new-audit.example' } }),
      ),
    ).toEqual([
      expect.objectContaining({ entity_type: 'password_reset', entity_id: userId, actor: 'anonymous' }),
    ]);
    const resetToken = tokenIn(smtp.received.at(-1)?.text);
    expect(
      await auditedBy(
        'password reset confirmed',
        await api().POST('/api/auth/password-reset/confirm', {
          body: { token: resetToken, password: PASSWORD },
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
    const wrong = api().POST('/api/auth/sign-in', {
      body: { email: 'ines@new-audit.example', password: 'not the password at all' },
    });
    expect(await statusOf(wrong)).toBe(401);
    const badReset = api().POST('/api/auth/password-reset/confirm', {
      body: { token: 'no-such-token-0123456789', password: NEW_PASSWORD },
    });
    expect(await statusOf(badReset)).toBe(422);
    const [after] = await selectRows<{ n: string }>(
      ctx.database.db,
      sql`SELECT count(*) AS n FROM audit_log`,
    );
    expect(after?.n).toBe(before?.n);
  });
});
