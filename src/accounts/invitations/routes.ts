import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, problemResponses, refTo } from '../../http/schemas.ts';
import { SESSION_COOKIE } from '../../shared/cookies.ts';
import { setSessionCookie } from '../route-helpers.ts';
import { SignedIn } from '../sessions/schemas.ts';
import {
  createInvitation,
  listInvitations,
  lookUpInvitation,
  revokeInvitation,
  signUp,
} from './invitations.ts';
import {
  InvitationAnswer,
  InvitationInput,
  InvitationList,
  InvitationLookup,
  SignUpInput,
} from './schemas.ts';

/** Accounts come by invitation: sending, listing and withdrawing invitations, and signing up with one. */
export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/invitations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Invite someone by email, with the roles they will hold',
        description:
          'Platform admins may invite anyone to any role; a network secretariat, to roles in its own network ' +
          '(the network, its bodies, its member organizations). The link in the email is valid 14 days, once. ' +
          'The answer is the same whether or not the address, or one that looks like it, has an account: such an ' +
          'account is told by email instead, and a platform admin can give it the roles (POST /api/users/{id}/roles).',
        body: refTo(InvitationInput),
        response: { 201: refTo(InvitationAnswer), ...problemResponses(401, 403, 422, 429) },
      },
    },
    async (request, reply) => {
      const invitation = await app.write(request, (tx, actingAs) =>
        createInvitation(
          tx,
          actingAs,
          {
            principal: request.principal!,
            inviter: request.user!,
            mailer: app.mailer,
            signUpUrl: (token) => `${app.publicUrl}/sign-up?token=${token}`,
          },
          request.body,
        ),
      );
      return reply.code(201).send({ invitation });
    },
  );

  app.get(
    '/invitations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Invitations I sent (all of them, for a platform admin)',
        response: { 200: refTo(InvitationList), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listInvitations(app.database.db, request.principal!) }),
  );

  app.delete(
    '/invitations/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Withdraw an invitation not yet accepted',
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) =>
        revokeInvitation(tx, actingAs, request.principal!, request.params.id),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/invitation',
    {
      schema: {
        tags: ['accounts'],
        summary: 'What an invitation offers (address, roles), for the sign-up page',
        body: refTo(InvitationLookup),
        response: { 200: refTo(InvitationAnswer), ...problemResponses(422) },
      },
    },
    async (request) => ({ invitation: await lookUpInvitation(app.database.db, request.body.token) }),
  );

  app.post(
    '/auth/sign-up',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create my account with an invitation; signs me in',
        body: refTo(SignUpInput),
        response: { 201: refTo(SignedIn), ...problemResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const { user, token } = await app.write(request, (tx, actingAs) =>
        signUp(tx, actingAs, request.body, {
          userAgent: request.headers['user-agent'],
          previousToken: request.cookies[SESSION_COOKIE],
        }),
      );
      request.log.info({ event: 'sign-up', userId: user.id }, 'account created by invitation');
      setSessionCookie(request, reply, token);
      return reply.code(201).send({ user });
    },
  );
};
