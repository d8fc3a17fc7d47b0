import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { createUser, grantRole } from '../../src/accounts/accounts.ts';
import type { ScopedRole } from '../../src/accounts/policy.ts';
import { totpCode } from '../../src/accounts/two-factor/codes.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { type AppOptions, buildApp } from '../../src/http/app.ts';
import type { App } from '../../src/http/server-types.ts';
import { type ApiClient, apiClient, expectData } from './api-client.ts';
import { createTestDatabase } from './database.ts';

/** Who sends a test request: the platform admin (default), the public, or a given session cookie. */
export type As = 'admin' | 'public' | { cookie: string };

export interface TestContext {
  app: App;
  database: DatabaseHandle;
  /** The API's typed client (as the web application calls it), as the platform admin. */
  api: ApiClient;
  /** The API's typed client as someone: the platform admin, the public, or a session. */
  apiAs(as: As): ApiClient;
  /**
   * Sends a raw request, as the platform admin unless `as` says otherwise: for what the typed client
   * cannot or would not send (multipart uploads, malformed bodies, wrong media types, hostile input).
   * A JSON answer is parsed into `data`, unknown until narrowed (`problemOf`, `answerOf`).
   */
  request(
    options: InjectOptions & { as?: As },
  ): Promise<LightMyRequestResponse & { body: string; data: unknown }>;
  /** A new user holding these roles (none: a signed-in user without a role), signed in. */
  signInAs(
    grants?: Array<{ role: ScopedRole; scopeId: string }>,
    options?: { admin?: boolean },
  ): Promise<{ cookie: string }>;
}

export const TEST_PASSWORD = 'copper lantern orbit mosaic';

/** Builds the app on a database of its own before the file's tests, and tears both down after. */
export function setUpTestApp(
  prepare?: (context: TestContext) => Promise<void>,
  appOptions: Omit<AppOptions, 'database'> = {},
): TestContext {
  const context = {} as TestContext;
  let adminCookie = '';
  beforeAll(async () => {
    context.database = await createTestDatabase();
    context.app = await buildApp({ ...appOptions, database: context.database });
    context.signInAs = async (grants = [], options = {}) => {
      const email = `user-${randomBytes(5).toString('hex')}@test.example`;
      await inTransaction(context.database.db, async (tx) => {
        const user = await createUser(
          tx,
          { actor: 'test' },
          {
            email,
            displayName: 'Test User',
            password: TEST_PASSWORD,
            isPlatformAdmin: options.admin ?? false,
          },
        );
        for (const grant of grants) await grantRole(tx, { actor: 'test' }, { userId: user.id, ...grant });
      });
      const response = await context.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: TEST_PASSWORD },
      });
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
      const cookie = String(response.headers['set-cookie']).split(';')[0]!;
      // Admin rights hold only with two-factor sign-in on: enrol as a person would.
      if (options.admin) await enrolTwoFactor(context.app, cookie);
      return { cookie };
    };
    adminCookie = (await context.signInAs([], { admin: true })).cookie;
    context.api = apiClient(context.app, { cookie: adminCookie });
    context.apiAs = (as) =>
      as === 'admin' ? context.api : apiClient(context.app, as === 'public' ? {} : { cookie: as.cookie });
    context.request = async ({ as = 'admin', ...options }) => {
      const cookie = as === 'admin' ? adminCookie : as === 'public' ? undefined : as.cookie;
      const headers = {
        ...(options.headers ?? {}),
        ...(cookie && !options.headers?.cookie ? { cookie } : {}),
      };
      const response = await context.app.inject({ ...options, headers });
      const type = String(response.headers['content-type'] ?? '');
      const data: unknown = type.includes('json') && response.body ? JSON.parse(response.body) : undefined;
      return Object.assign(response, { data });
    };
    await prepare?.(context);
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.close();
  });
  return context;
}

/** Turns on two-factor sign-in for the signed-in user, through the API; answers the secret and recovery codes. */
export async function enrolTwoFactor(
  app: App,
  cookie: string,
  password = TEST_PASSWORD,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const api = apiClient(app, { cookie });
  const { secret } = await expectData(api.POST('/api/auth/two-factor/setup', { body: { password } }), 200);
  const enabled = api.POST('/api/auth/two-factor/enable', { body: { code: totpCode(secret) } });
  return { secret, recoveryCodes: (await expectData(enabled, 200)).recoveryCodes };
}
