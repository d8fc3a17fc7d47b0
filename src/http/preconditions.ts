import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { SESSION_COOKIE } from '../shared/cookies.ts';
import { PreconditionRequiredError } from '../shared/errors.ts';
import type { ExpectedVersion } from '../shared/versions.ts';

/** The entity tag of a version of a record: strong, as If-Match compares strongly. */
export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * Answers with a versioned record, its version in the ETag header: the one way a route says a
 * record's version, for the client to send back in If-Match.
 */
export function replyWithVersion<T extends { version: number }>(
  reply: FastifyReply,
  record: T,
): FastifyReply {
  return reply.header('etag', etag(record.version)).send(record);
}

/**
 * The versions an If-Match header names (RFC 9110 §13.1.1): `*`, or a list of entity tags. Weak
 * tags never match, and a tag that is not one of ours names no version: such an edit is refused
 * as made on a stale copy, never applied.
 */
export function parseIfMatch(header: string | undefined): ExpectedVersion | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return '*';
  const versions: number[] = [];
  for (const [, weak, tag] of header.matchAll(/(W\/)?"([^"]*)"/g)) {
    if (!weak && /^[1-9][0-9]{0,9}$/.test(tag!)) versions.push(Number(tag));
  }
  return versions;
}

/**
 * Whether an edit comes from the web application: signed in with the session cookie, from a
 * browser (which sends Sec-Fetch-Site or Sec-Fetch-Mode with every request). Those edits must say
 * which version they were made on; API clients (a bearer token, or no Fetch Metadata) may omit it.
 */
export function isBrowserSessionEdit(request: FastifyRequest): boolean {
  return (
    !request.apiToken &&
    Boolean(request.cookies[SESSION_COOKIE]) &&
    (request.headers['sec-fetch-site'] !== undefined || request.headers['sec-fetch-mode'] !== undefined)
  );
}

/** The version an edit request was made on (from If-Match); 428 when the web application omits it. */
export function expectedVersionOf(request: FastifyRequest): ExpectedVersion | undefined {
  const header = request.headers['if-match'];
  const expected = parseIfMatch(Array.isArray(header) ? header.join(', ') : header);
  if (expected === undefined && isBrowserSessionEdit(request)) {
    throw new PreconditionRequiredError('record.version_required', '/headers/if-match');
  }
  return expected;
}

/** The If-Match header of an edit, for the OpenAPI document. */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      maxLength: 1000,
      description:
        'The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. ' +
        'A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a ' +
        'browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); ' +
        'API tokens and other clients may omit it, and then overwrite whatever version is current.',
    }),
  ),
});

/** The ETag response header of a versioned record, for the OpenAPI document. */
export const ETAG_HEADER = {
  etag: {
    type: 'string',
    description:
      'The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match',
  },
} as const;

/** A record's response schema, documenting its ETag header. */
export function withETag<T extends object>(schema: T): T {
  return { ...schema, headers: ETAG_HEADER };
}
