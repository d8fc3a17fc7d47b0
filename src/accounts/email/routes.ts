import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requestLanguage } from '../../http/language.ts';
import { message } from '../../http/messages.ts';
import { problemResponses, refTo } from '../../http/schemas.ts';
import { confirmPassword } from '../passwords/change-password.ts';
import { failureNotice, sessionUser } from '../route-helpers.ts';
import { AccountNotice } from '../schemas.ts';
import { confirmEmailChange, requestEmailChange } from './email-change.ts';
import { ConfirmedEmail, EmailChangeConfirmation, EmailChangeInput } from './schemas.ts';

/** Moving an account to a new email address: asked with the password, confirmed from the new mailbox. */
export const emailRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/auth/email',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change my email address: a link goes to the new one, a notice to the old one',
        description: 'Asks for the password again. The address changes when the link is opened.',
        body: refTo(EmailChangeInput),
        response: { 202: refTo(AccountNotice), ...problemResponses(401, 403, 409, 422, 429) },
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
      return reply.code(202).send({ message: message(requestLanguage(request), 'auth.email_change_sent') });
    },
  );

  app.post(
    '/auth/email/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Confirm a new email address with the token from the link sent to it',
        body: refTo(EmailChangeConfirmation),
        response: { 200: refTo(ConfirmedEmail), ...problemResponses(409, 422) },
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
