import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requestLanguage } from '../../http/language.ts';
import { message } from '../../http/messages.ts';
import { Id, problemResponses, Timestamp } from '../../http/schemas.ts';
import { SESSION_COOKIE, SIGNED_IN_HINT_COOKIE } from '../../shared/cookies.ts';
import {
  ForbiddenError,
  TooManyRequestsError,
  UnauthenticatedError,
  ValidationError,
} from '../../shared/errors.ts';
import {
  authenticate,
  changePassword,
  closeSession,
  confirmPassword,
  forgetSignInFailures,
  listSessions,
  openSession,
  recordSignInFailure,
  revokeSession,
  SESSION_ABSOLUTE_MS,
  signInRetryAfter,
  type User,
} from '../accounts.ts';
import { confirmEmailChange, requestEmailChange } from '../email/email-change.ts';
import { requestPasswordReset, resetPassword, resetRetryAfter } from '../passwords/password-reset.ts';
import { SCOPED_ROLES } from '../policy.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../tokens/tokens.ts';
import {
  beginTwoFactorSetup,
  disableTwoFactor,
  enableTwoFactor,
  recoveryCodesLeft,
  regenerateRecoveryCodes,
  verifySecondFactor,
} from '../two-factor/settings.ts';

export const UserSchema = Type.Object({
  id: Id,
  email: Type.String(),
  displayName: Type.String(),
  language: Type.String(),
  isPlatformAdmin: Type.Boolean(),
  twoFactorEnabled: Type.Boolean(),
  twoFactorRequired: Type.Boolean({
    description: 'A platform admin without two-factor sign-in: admin rights wait until it is on',
  }),
  createdAt: Timestamp,
});

const SessionSchema = Type.Object({
  id: Id,
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  expiresAt: Timestamp,
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
});

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  const options = {
    path: '/',
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  };
  reply.setCookie(SESSION_COOKIE, token, { ...options, httpOnly: true });
  reply.setCookie(SIGNED_IN_HINT_COOKIE, '1', options);
}

/**
 * The user of a browser session, for changes to how they sign in: an API token may read the account
 * but never change its password, email or second factor.
 */
function sessionUser(request: FastifyRequest): User {
  const user = signedInUser(request);
  if (request.apiToken) throw new ForbiddenError('token.cannot_change_sign_in');
  return user;
}

function signedInUser(request: FastifyRequest): User {
  if (!request.user) {
    throw new UnauthenticatedError('access.sign_in_required');
  }
  return request.user;
}

export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** How a failed sign-in tells the account's owner once failures pile up (after the answer). */
  const failureNotice = (request: FastifyRequest) => ({
    mailer: app.mailer,
    onError: (error: unknown) =>
      request.log.error({ err: error, event: 'mail', kind: 'failed-sign-ins' }, 'notice not sent'),
  });

  app.post(
    '/auth/sign-in',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 320 }),
            password: Type.String({ minLength: 1, maxLength: 256 }),
            code: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 32,
                description:
                  'With two-factor sign-in on: the code from the authenticator app, or a recovery code. ' +
                  'Without it such an account gets 401 naming the field `/code`.',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ user: UserSchema }), ...problemResponses(400, 401, 422, 429) },
      },
    },
    async (request, reply) => {
      const { email, password, code } = request.body;
      const wait = await signInRetryAfter(app.database.db, email, request.ip);
      if (wait > 0) {
        request.log.warn({ event: 'sign-in', outcome: 'throttled', retryAfter: wait }, 'sign-in attempt');
        throw new TooManyRequestsError('sign_in.too_many_failures', { seconds: wait }, wait);
      }
      const user = await authenticate(app.database.db, email, password);
      if (!user) {
        request.log.info({ event: 'sign-in', outcome: 'failure' }, 'sign-in attempt');
        await recordSignInFailure(app.database.db, email, request.ip, failureNotice(request));
        throw new UnauthenticatedError('sign_in.wrong_credentials');
      }
      if (user.twoFactorEnabled && code === undefined) {
        request.log.info(
          { event: 'sign-in', outcome: 'second factor asked', userId: user.id },
          'sign-in attempt',
        );
        throw new UnauthenticatedError('sign_in.code_required', '/code');
      }
      // The second factor spent and the session opened land together, with their audit records.
      const opened = await app.write(request, async (tx, actingAs) => {
        const secondFactor = user.twoFactorEnabled
          ? await verifySecondFactor(tx, app.secretKeys, user.id, code!)
          : undefined;
        if (secondFactor === null) return null;
        await forgetSignInFailures(tx, email, request.ip);
        return openSession(tx, actingAs, user, {
          userAgent: request.headers['user-agent'],
          previousToken: request.cookies[SESSION_COOKIE],
          secondFactor,
        });
      });
      if (!opened) {
        request.log.info(
          { event: 'sign-in', outcome: 'wrong second factor', userId: user.id },
          'sign-in attempt',
        );
        await recordSignInFailure(app.database.db, email, request.ip, failureNotice(request));
        throw new UnauthenticatedError('sign_in.wrong_code', '/code');
      }
      request.log.info({ event: 'sign-in', outcome: 'success', userId: user.id }, 'sign-in attempt');
      setSessionCookie(request, reply, opened.token);
      return { user };
    },
  );

  app.post(
    '/auth/sign-out',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: closes this session and clears its cookie',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await app.write(request, (tx, actingAs) => closeSession(tx, actingAs, token));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.clearCookie(SIGNED_IN_HINT_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in, and the roles they hold where',
        response: {
          200: Type.Object({
            user: UserSchema,
            roles: Type.Array(Type.Object({ role: Type.Enum([...SCOPED_ROLES]), scopeId: Id })),
          }),
          ...problemResponses(401),
        },
      },
    },
    async (request) => ({ user: signedInUser(request), roles: request.principal?.grants ?? [] }),
  );

  app.get(
    '/auth/sessions',
    {
      schema: {
        tags: ['accounts'],
        summary: 'My open sessions (browsers and devices signed in)',
        response: { 200: Type.Object({ items: Type.Array(SessionSchema) }), ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listSessions(app.database.db, signedInUser(request).id) }),
  );

  app.delete(
    '/auth/sessions/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Close one of my sessions',
        params: Type.Object({ id: Id }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      await app.write(request, (tx, actingAs) => revokeSession(tx, actingAs, user.id, request.params.id));
      return reply.code(204).send(null);
    },
  );

  const TokenSchema = Type.Object({
    id: Id,
    name: Type.String(),
    prefix: Type.String(),
    access: Type.Enum(['read', 'read_write']),
    scopeId: Type.Union([Id, Type.Null()]),
    createdAt: Timestamp,
    expiresAt: Type.Union([Timestamp, Type.Null()]),
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  });

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token; its secret is in this answer only',
        description:
          'Send it as `Authorization: Bearer <token>`. Only a signed-in session can create tokens.',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            access: Type.Enum(['read', 'read_write']),
            scopeId: Type.Optional(Type.Union([Id, Type.Null()])),
            expiresInDays: Type.Optional(
              Type.Union([Type.Integer({ minimum: 1, maximum: 3650 }), Type.Null()]),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ token: TokenSchema, secret: Type.String() }),
          ...problemResponses(401, 403, 422),
        },
      },
    },
    async (request, reply) => {
      if (request.apiToken) throw new ForbiddenError('token.cannot_create_tokens');
      const principal = request.principal!;
      const created = await app.write(request, (tx, actingAs) =>
        createApiToken(tx, actingAs, principal, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'My API tokens (without their secrets)',
        response: { 200: Type.Object({ items: Type.Array(TokenSchema) }), ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listApiTokens(app.database.db, signedInUser(request).id) }),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Revoke one of my API tokens',
        params: Type.Object({ id: Id }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      await app.write(request, (tx, actingAs) => revokeApiToken(tx, actingAs, user.id, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Ask for a password-reset link by email',
        description: 'The answer is the same whether or not the address has an account.',
        body: Type.Object(
          { email: Type.String({ minLength: 3, maxLength: 320 }) },
          { additionalProperties: false },
        ),
        response: { 202: Type.Object({ message: Type.String() }), ...problemResponses(400, 422, 429) },
      },
    },
    async (request, reply) => {
      const language = requestLanguage(request);
      const wait = await resetRetryAfter(app.database.db, request.body.email, request.ip);
      if (wait > 0) throw new TooManyRequestsError('access.too_many_attempts', { seconds: wait }, wait);
      await app.write(request, (tx, actingAs) =>
        requestPasswordReset(tx, actingAs, app.mailer, {
          email: request.body.email,
          resetUrl: (token) => `${app.publicUrl}/reset-password?token=${token}`,
        }),
      );
      request.log.info({ event: 'password-reset-request' }, 'password reset asked');
      return reply.code(202).send({ message: message(language, 'auth.reset_sent') });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Choose a new password with the token from the reset email; closes every session and revokes every API token',
        body: Type.Object(
          {
            token: Type.String({ minLength: 10, maxLength: 200 }),
            password: Type.String({ minLength: 1, maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problemResponses(400, 422) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) => resetPassword(tx, actingAs, request.body));
      return reply.code(204).send(null);
    },
  );

  const PasswordField = Type.String({
    minLength: 1,
    maxLength: 256,
    description: 'The current password, again',
  });
  const RecoveryCodes = Type.Object({
    recoveryCodes: Type.Array(Type.String(), {
      description: 'Single-use codes for signing in without the app: shown this once, keep them safe',
    }),
  });

  app.get(
    '/auth/two-factor',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Whether two-factor sign-in is on, and how many recovery codes are left',
        response: {
          200: Type.Object({
            enabled: Type.Boolean(),
            required: Type.Boolean(),
            recoveryCodesLeft: Type.Integer(),
          }),
          ...problemResponses(401),
        },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      return {
        enabled: user.twoFactorEnabled,
        required: user.isPlatformAdmin,
        recoveryCodesLeft: user.twoFactorEnabled ? await recoveryCodesLeft(app.database.db, user.id) : 0,
      };
    },
  );

  app.post(
    '/auth/two-factor/setup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Start turning on two-factor sign-in: a secret for the authenticator app',
        description:
          'Asks for the password again. Show `otpauthUri` as a QR code (or `secret` to type in), then confirm with ' +
          'POST /api/auth/two-factor/enable.',
        body: Type.Object({ password: PasswordField }, { additionalProperties: false }),
        response: {
          200: Type.Object({ secret: Type.String(), otpauthUri: Type.String() }),
          ...problemResponses(401, 403, 409, 422, 429),
        },
      },
    },
    async (request) => {
      const user = sessionUser(request);
      await confirmPassword(app.database.db, user, request.body.password, request.ip, failureNotice(request));
      return app.write(request, (tx, actingAs) => beginTwoFactorSetup(tx, actingAs, app.secretKeys, user));
    },
  );

  app.post(
    '/auth/two-factor/enable',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Turn on two-factor sign-in with a code from the app; answers the recovery codes',
        body: Type.Object(
          { code: Type.String({ minLength: 6, maxLength: 12 }) },
          { additionalProperties: false },
        ),
        response: { 200: RecoveryCodes, ...problemResponses(401, 403, 409, 422) },
      },
    },
    async (request) => {
      const user = sessionUser(request);
      return app.write(request, (tx, actingAs) =>
        enableTwoFactor(tx, actingAs, app.secretKeys, user, request.body.code),
      );
    },
  );

  app.post(
    '/auth/two-factor/disable',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Turn off two-factor sign-in (not for platform admins, who must keep it)',
        body: Type.Object({ password: PasswordField }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const user = sessionUser(request);
      await confirmPassword(app.database.db, user, request.body.password, request.ip, failureNotice(request));
      await app.write(request, (tx, actingAs) => disableTwoFactor(tx, actingAs, user));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/two-factor/recovery-codes',
    {
      schema: {
        tags: ['accounts'],
        summary: 'New recovery codes, replacing all the old ones',
        body: Type.Object({ password: PasswordField }, { additionalProperties: false }),
        response: { 200: RecoveryCodes, ...problemResponses(401, 403, 409, 422, 429) },
      },
    },
    async (request) => {
      const user = sessionUser(request);
      await confirmPassword(app.database.db, user, request.body.password, request.ip, failureNotice(request));
      return app.write(request, (tx, actingAs) => regenerateRecoveryCodes(tx, actingAs, user));
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change my password; my other sessions are closed, and my API tokens unless I keep them',
        body: Type.Object(
          {
            currentPassword: PasswordField,
            newPassword: Type.String({ minLength: 1, maxLength: 256 }),
            keepApiTokens: Type.Optional(
              Type.Boolean({
                default: false,
                description: 'Keep my API tokens working; by default they are all revoked with the change',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 422, 429) },
      },
    },
    async (request, reply) => {
      const user = sessionUser(request);
      try {
        await confirmPassword(
          app.database.db,
          user,
          request.body.currentPassword,
          request.ip,
          failureNotice(request),
        );
      } catch (error) {
        if (error instanceof ValidationError)
          throw new ValidationError(error.code, error.params, '/currentPassword');
        throw error;
      }
      await app.write(request, (tx, actingAs) =>
        changePassword(tx, actingAs, user, request.body.newPassword, {
          currentSessionToken: request.cookies[SESSION_COOKIE],
          keepApiTokens: request.body.keepApiTokens ?? false,
        }),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/email',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change my email address: a link goes to the new one, a notice to the old one',
        description: 'Asks for the password again. The address changes when the link is opened.',
        body: Type.Object(
          { password: PasswordField, newEmail: Type.String({ minLength: 3, maxLength: 320 }) },
          { additionalProperties: false },
        ),
        response: {
          202: Type.Object({ message: Type.String() }),
          ...problemResponses(401, 403, 409, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const user = sessionUser(request);
      await confirmPassword(app.database.db, user, request.body.password, request.ip, failureNotice(request));
      await app.write(request, (tx, actingAs) =>
        requestEmailChange(tx, actingAs, app.mailer, user, {
          newEmail: request.body.newEmail,
          confirmUrl: (token) => `${app.publicUrl}/confirm-email?token=${token}`,
        }),
      );
      const language = requestLanguage(request);
      return reply.code(202).send({ message: message(language, 'auth.email_change_sent') });
    },
  );

  app.post(
    '/auth/email/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Confirm a new email address with the token from the link sent to it',
        body: Type.Object(
          { token: Type.String({ minLength: 10, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ email: Type.String() }), ...problemResponses(409, 422) },
      },
    },
    async (request) => {
      const email = await app.write(request, (tx, actingAs) =>
        confirmEmailChange(tx, actingAs, { token: request.body.token }),
      );
      return { email };
    },
  );
};
