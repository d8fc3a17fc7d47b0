import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AuditChange, AuditQuery } from '../audit/schemas.ts';
import { auditTrail } from '../audit/trail.ts';
import { exportRegistry } from '../export/export.ts';
import { health } from '../system/health.ts';
import { Health, Liveness } from '../system/schemas.ts';
import { readerOfRequest } from './reader.ts';
import { problemResponses, refTo } from './schemas.ts';

export const systemRoutes: FastifyPluginAsyncTypebox<{ version: string }> = async (app, { version }) => {
  const ready = () => health(app.database, version);
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Whether the server and its database answer (as /health/ready)',
        response: { 200: refTo(Health), ...problemResponses(503) },
      },
    },
    ready,
  );
  app.get(
    '/health/ready',
    {
      schema: {
        tags: ['system'],
        summary: 'Readiness: the database answers, so requests can be served',
        description:
          'For orchestrators and load balancers: while the database is unreachable this answers 503 with ' +
          'Retry-After (as every request needing it does); send traffic elsewhere, do not restart the process.',
        response: { 200: refTo(Health), ...problemResponses(503) },
      },
    },
    ready,
  );
  app.get(
    '/health/live',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness: the process answers (the database is not asked)',
        description: 'For orchestrators: restart the process only when this fails.',
        response: { 200: refTo(Liveness) },
      },
    },
    async () => ({ status: 'ok' as const, version }),
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/audit',
    {
      schema: {
        tags: ['system'],
        summary: 'The audit trail of one record (entity and id), or of one actor (platform admins)',
        description: 'Who changed what, when, from where, before and after. `actor` is `user:<id>`.',
        querystring: AuditQuery,
        response: { 200: Type.Array(refTo(AuditChange)), ...problemResponses(401, 403, 422) },
      },
    },
    // Signed in (the route's policy): the caller is known.
    async (request) =>
      auditTrail(app.database.db, request.principal!, request.query, () => readerOfRequest(request)),
  );

  app.get(
    '/export',
    {
      schema: {
        tags: ['system'],
        summary: 'The whole registry (without the gazetteer and document contents) as one JSON document',
      },
    },
    async (_request, reply) => {
      reply.header('content-disposition', 'attachment; filename="jumelage-registry.json"');
      return exportRegistry(app.database.db);
    },
  );
};
