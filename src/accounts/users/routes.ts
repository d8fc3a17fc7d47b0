import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id, IdParams, problemResponses, refTo } from '../../http/schemas.ts';
import { RoleGrant } from '../schemas.ts';
import { ManagedUserList, PersonLink } from './schemas.ts';
import { addRole, disableUser, enableUser, linkPerson, listUsers, removeRole } from './user-admin.ts';

/** User management, for platform admins. */
export const userAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Accounts and their roles',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: refTo(ManagedUserList), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listUsers(app.database.db, request.query) }),
  );

  app.post(
    '/users/:id/roles',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Give an account a role in a network, body or organization',
        params: IdParams,
        body: refTo(RoleGrant),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) => addRole(tx, actingAs, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/users/:id/person',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Link an account to its person in the registry (null unlinks): that person then confirms their own posts and keeps their contact details',
        params: IdParams,
        body: refTo(PersonLink),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) =>
        linkPerson(tx, actingAs, request.params.id, request.body.personId),
      );
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/users/:id/roles/:grantId',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Take a role away from an account',
        params: Type.Object({ id: Id, grantId: Id }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) =>
        removeRole(tx, actingAs, request.params.id, request.params.grantId),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Disable an account: its sessions and tokens stop at once',
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) => disableUser(tx, actingAs, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/users/:id/enable',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Enable a disabled account again',
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) => enableUser(tx, actingAs, request.params.id));
      return reply.code(204).send(null);
    },
  );
};
