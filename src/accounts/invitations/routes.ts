import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id, problemResponses, Timestamp } from '../../http/schemas.ts';
import { SESSION_COOKIE } from '../../shared/cookies.ts';
import { TooManyRequestsError } from '../../shared/errors.ts';
import { UI_LANGUAGES } from '../../shared/languages.ts';
import { openSession } from '../accounts.ts';
import {
  acceptInvitation,
  createInvitation,
  inviteRetryAfter,
  listInvitations,
  lookUpInvitation,
  revokeInvitation,
} from './invitations.ts';
import { SCOPED_ROLES } from '../policy.ts';
import { setSessionCookie, UserSchema } from '../sessions/routes.ts';

const Language = Type.Enum([...UI_LANGUAGES]);
const GrantSchema = Type.Object(
  { role: Type.Enum([...SCOPED_ROLES]), scopeId: Id },
  { additionalProperties: false },
);
const InvitationSchema = Type.Object({
  id: Id,
  email: Type.String(),
  displayName: Type.Union([Type.String(), Type.Null()]),
  language: Type.String(),
  grants: Type.Array(GrantSchema),
  platformAdmin: Type.Boolean(),
  invitedBy: Id,
  createdAt: Timestamp,
  expiresAt: Timestamp,
  acceptedAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
});
const Token = Type.String({ minLength: 10, maxLength: 200 });

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
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 320 }),
            displayName: Type.Optional(Type.String({ maxLength: 200 })),
            language: Language,
            grants: Type.Array(GrantSchema, { maxItems: 20 }),
            platformAdmin: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ invitation: InvitationSchema }),
          ...problemResponses(401, 403, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const wait = await inviteRetryAfter(app.database.db, request.user!.id, request.ip);
      if (wait > 0) throw new TooManyRequestsError('access.too_many_attempts', { seconds: wait }, wait);
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
        response: {
          200: Type.Object({ items: Type.Array(InvitationSchema) }),
          ...problemResponses(401, 403),
        },
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
        params: Type.Object({ id: Id }, { additionalProperties: false }),
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
        body: Type.Object({ token: Token }, { additionalProperties: false }),
        response: { 200: Type.Object({ invitation: InvitationSchema }), ...problemResponses(422) },
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
        body: Type.Object(
          {
            token: Token,
            displayName: Type.String({ minLength: 1, maxLength: 200 }),
            password: Type.String({ minLength: 1, maxLength: 256 }),
            language: Type.Optional(Language),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ user: UserSchema }), ...problemResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const { user, token } = await app.write(request, async (tx, actingAs) => {
        const created = await acceptInvitation(tx, actingAs, request.body);
        const session = await openSession(tx, actingAs, created, {
          userAgent: request.headers['user-agent'],
          previousToken: request.cookies[SESSION_COOKIE],
        });
        return { user: created, token: session.token };
      });
      request.log.info({ event: 'sign-up', userId: user.id }, 'account created by invitation');
      setSessionCookie(request, reply, token);
      return reply.code(201).send({ user });
    },
  );
};
