import type { FastifyRequest } from 'fastify';
import { readerFor } from '../accounts/scopes.ts';
import type { Reader } from '../accounts/visibility.ts';

const readers = new WeakMap<FastifyRequest, Promise<Reader>>();

/**
 * The request's caller as visibility rules see them, worked out once per request however many
 * reads the route makes (it asks the database for the networks the caller's organizations belong to).
 */
/** What the request's caller is as a reader, when it was learnt with who they are (one statement less). */
export function knowReader(request: FastifyRequest, reader: Reader): void {
  readers.set(request, Promise.resolve(reader));
}

export function readerOfRequest(request: FastifyRequest): Promise<Reader> {
  let reader = readers.get(request);
  if (!reader) {
    reader = readerFor(request.server.database.db, request.principal);
    readers.set(request, reader);
  }
  return reader;
}
