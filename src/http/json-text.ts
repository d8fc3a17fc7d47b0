import type { FastifyReply } from 'fastify';

/**
 * Answers with JSON text that was written whole already (by the database, with exactly the fields
 * of the route's response schema): sent as it is, neither parsed nor serialized again. Fastify
 * serializes objects only; a string goes out unchanged.
 */
export function replyWithJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
