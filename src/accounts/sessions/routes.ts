import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, problemResponses, refTo } from '../../http/schemas.ts';
import { SESSION_COOKIE } from '../../shared/cookies.ts';
import { clearSessionCookie, failureNotice, setSessionCookie, signedInUser } from '../route-helpers.ts';
import { CurrentAccount, SessionList, SignedIn, SignInInput } from './schemas.ts';
import { closeSession, listSessions, revokeSession } from './sessions.ts';
import { signIn } from './sign-in.ts';

/** Signing in and out, who is signed in, and the sessions of my account. */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/auth/sign-in',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: refTo(SignInInput),
        response: { 200: refTo(SignedIn), ...problemResponses(400, 401, 422, 429) },
      },
    },
    async (request, reply) => {
      const result = await signIn(app.database.db, (work) => app.write(request, work), request.body, {
        ip: request.ip,
        keyring: app.secretKeys,
        userAgent: request.headers['user-agent'],
        previousToken: request.cookies[SESSION_COOKIE],
        notice: failureNotice(request),
      });
      // A refusal is an answer of the use case: the failure it counted has landed.
      if (result.outcome === 'refused') {
        const { reason, userId, retryAfter } = result;
        if (reason === 'throttled') {
          request.log.warn({ event: 'sign-in', outcome: reason, retryAfter }, 'sign-in attempt');
        } else {
          request.log.info({ event: 'sign-in', outcome: reason, userId }, 'sign-in attempt');
        }
        throw result.problem;
      }
      request.log.info({ event: 'sign-in', outcome: 'success', userId: result.user.id }, 'sign-in attempt');
      setSessionCookie(request, reply, result.token);
      return { user: result.user };
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
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in, and the roles they hold where',
        response: { 200: refTo(CurrentAccount), ...problemResponses(401) },
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
        response: { 200: refTo(SessionList), ...problemResponses(401) },
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
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      await app.write(request, (tx, actingAs) => revokeSession(tx, actingAs, user.id, request.params.id));
      return reply.code(204).send(null);
    },
  );
};
