import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requestLanguage } from '../../http/language.ts';
import { message } from '../../http/messages.ts';
import { problemResponses, refTo } from '../../http/schemas.ts';
import { SESSION_COOKIE } from '../../shared/cookies.ts';
import { failureNotice, sessionUser } from '../route-helpers.ts';
import { AccountNotice } from '../schemas.ts';
import { changePassword, confirmPassword } from './change-password.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { PasswordChangeInput, PasswordResetInput, PasswordResetRequest } from './schemas.ts';

/** A forgotten password reset by email, and a password changed by its owner. */
export const passwordRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Ask for a password-reset link by email',
        description: 'The answer is the same whether or not the address has an account.',
        body: refTo(PasswordResetRequest),
        response: { 202: refTo(AccountNotice), ...problemResponses(400, 422, 429) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) =>
        requestPasswordReset(tx, actingAs, app.mailer, {
          email: request.body.email,
          resetUrl: (token) => `${app.publicUrl}/reset-password?token=${token}`,
        }),
      );
      request.log.info({ event: 'password-reset-request' }, 'password reset asked');
      return reply.code(202).send({ message: message(requestLanguage(request), 'auth.reset_sent') });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Choose a new password with the token from the reset email; closes every session and revokes every API token',
        body: refTo(PasswordResetInput),
        response: { 204: Type.Null(), ...problemResponses(400, 422) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) => resetPassword(tx, actingAs, request.body));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change my password; my other sessions are closed, and my API tokens unless I keep them',
        body: refTo(PasswordChangeInput),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 422, 429) },
      },
    },
    async (request, reply) => {
      const user = sessionUser(request);
      const { currentPassword, newPassword, keepApiTokens } = request.body;
      await confirmPassword(
        app.database.db,
        user,
        currentPassword,
        request.ip,
        failureNotice(request),
        '/currentPassword',
      );
      await app.write(request, (tx, actingAs) =>
        changePassword(tx, actingAs, user, newPassword, {
          currentSessionToken: request.cookies[SESSION_COOKIE],
          keepApiTokens: keepApiTokens ?? false,
        }),
      );
      return reply.code(204).send(null);
    },
  );
};
