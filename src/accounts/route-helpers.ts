import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, SIGNED_IN_HINT_COOKIE } from '../shared/cookies.ts';
import { ForbiddenError, UnauthenticatedError } from '../shared/errors.ts';
import type { User } from './schemas.ts';
import { SESSION_ABSOLUTE_MS } from './sessions/sessions.ts';
import type { FailureNotice } from './sessions/sign-in.ts';

/** What the account routes share: who is asking, the session cookie, and the notice of failed sign-ins. */

/** The signed-in user of a request, whether by session or API token. */
export function signedInUser(request: FastifyRequest): User {
  if (!request.user) {
    throw new UnauthenticatedError('access.sign_in_required');
  }
  return request.user;
}

/**
 * The user of a browser session, for changes to how they sign in: an API token may read the account
 * but never change its password, email or second factor.
 */
export function sessionUser(request: FastifyRequest): User {
  const user = signedInUser(request);
  if (request.apiToken) throw new ForbiddenError('token.cannot_change_sign_in');
  return user;
}

/** How a failed sign-in (or password asked again) tells the account's owner once failures pile up. */
export function failureNotice(request: FastifyRequest): FailureNotice {
  return {
    mailer: request.server.mailer,
    onError: (error: unknown) =>
      request.log.error({ err: error, event: 'mail', kind: 'failed-sign-ins' }, 'notice not sent'),
  };
}

/** Sets the session cookie (scripts cannot read it) and the hint the web application reads. */
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

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(SIGNED_IN_HINT_COOKIE, { path: '/' });
}
