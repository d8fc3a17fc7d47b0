import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, problemResponses, refTo } from '../../http/schemas.ts';
import { ForbiddenError } from '../../shared/errors.ts';
import { signedInUser } from '../route-helpers.ts';
import { ApiTokenInput, ApiTokenList, CreatedApiToken } from './schemas.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './tokens.ts';

/** API tokens for machine clients: made by a signed-in session, listed and revoked by their owner. */
export const tokenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token; its secret is in this answer only',
        description:
          'Send it as `Authorization: Bearer <token>`. Only a signed-in session can create tokens.',
        body: refTo(ApiTokenInput),
        response: { 201: refTo(CreatedApiToken), ...problemResponses(401, 403, 422) },
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
        response: { 200: refTo(ApiTokenList), ...problemResponses(401) },
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
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      await app.write(request, (tx, actingAs) => revokeApiToken(tx, actingAs, user.id, request.params.id));
      return reply.code(204).send(null);
    },
  );
};
