import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses, refTo } from '../../http/schemas.ts';
import { confirmPassword } from '../passwords/change-password.ts';
import { failureNotice, sessionUser, signedInUser } from '../route-helpers.ts';
import {
  PasswordConfirmation,
  RecoveryCodes,
  TwoFactorCode,
  TwoFactorSetup,
  TwoFactorStatus,
} from './schemas.ts';
import {
  beginTwoFactorSetup,
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  twoFactorStatus,
} from './settings.ts';

/** Two-factor sign-in: turned on with a code from an authenticator app, off, and its recovery codes. */
export const twoFactorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/auth/two-factor',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Whether two-factor sign-in is on, and how many recovery codes are left',
        response: { 200: refTo(TwoFactorStatus), ...problemResponses(401) },
      },
    },
    async (request) => twoFactorStatus(app.database.db, signedInUser(request)),
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
        body: refTo(PasswordConfirmation),
        response: { 200: refTo(TwoFactorSetup), ...problemResponses(401, 403, 409, 422, 429) },
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
        body: refTo(TwoFactorCode),
        response: { 200: refTo(RecoveryCodes), ...problemResponses(401, 403, 409, 422) },
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
        body: refTo(PasswordConfirmation),
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
        body: refTo(PasswordConfirmation),
        response: { 200: refTo(RecoveryCodes), ...problemResponses(401, 403, 409, 422, 429) },
      },
    },
    async (request) => {
      const user = sessionUser(request);
      await confirmPassword(app.database.db, user, request.body.password, request.ip, failureNotice(request));
      return app.write(request, (tx, actingAs) => regenerateRecoveryCodes(tx, actingAs, user));
    },
  );
};
