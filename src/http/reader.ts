import type { FastifyRequest } from 'fastify';
import { readerFor } from '../accounts/scopes.ts';
import type { Reader } from '../accounts/visibility.ts';

const readers = new WeakMap<FastifyRequest, Promise<Reader>>();

/**
 * The request's caller as visibility rules see them, worked out once per request however many
 * reads the route makes (it asks the database for the networks the caller's organizations belong to).
 */
export function readerOfRequest(request: FastifyRequest): Promise<Reader> {
  let reader = readers.get(request);
  if (!reader) {
    reader = readerFor(request.server.database.db, request.principal);
    readers.set(request, reader);
  }
  return reader;
}
