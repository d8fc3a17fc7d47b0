import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { auditAccess } from '../accounts/policy.ts';
import { getAgreement } from '../agreements/agreements.ts';
import { listChanges, listChangesByActor } from '../audit/audit.ts';
import { exportRegistry } from '../export/export.ts';
import { ForbiddenError, NotFoundError } from '../shared/errors.ts';
import { getSource } from '../sources/sources.ts';
import { readerOfRequest } from './reader.ts';
import { problemResponses, Timestamp } from './schemas.ts';

export const systemRoutes: FastifyPluginAsyncTypebox<{ version: string }> = async (app, { version }) => {
  const Health = Type.Object({ status: Type.Literal('ok'), engine: Type.String(), version: Type.String() });
  const ready = async () => {
    await app.database.db.execute('select 1');
    return { status: 'ok' as const, engine: app.database.engine, version };
  };
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Whether the server and its database answer (as /health/ready)',
        response: { 200: Health, ...problemResponses(503) },
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
        response: { 200: Health, ...problemResponses(503) },
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
        response: { 200: Type.Object({ status: Type.Literal('ok'), version: Type.String() }) },
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
        querystring: Type.Union([
          Type.Object(
            {
              entity: Type.String({ minLength: 1, maxLength: 50 }),
              id: Type.String({ minLength: 1, maxLength: 100 }),
            },
            { additionalProperties: false },
          ),
          Type.Object(
            { actor: Type.String({ pattern: '^user:[0-9a-f-]{36}$' }) },
            { additionalProperties: false },
          ),
        ]),
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.Integer(),
              at: Timestamp,
              actor: Type.String(),
              action: Type.String(),
              entityType: Type.String(),
              entityId: Type.String(),
              before: Type.Unknown(),
              after: Type.Unknown(),
              requestId: Type.Union([Type.String(), Type.Null()], {
                description: 'The server’s id of the request that made the change',
              }),
              ip: Type.Union([Type.String(), Type.Null()]),
              correlationId: Type.Union([Type.String(), Type.Null()], {
                description:
                  'The client’s X-Request-Id, when it sent a well-formed one (≤ 128 of A-Z a-z 0-9 . _ : -)',
              }),
            }),
          ),
          ...problemResponses(401, 403, 422),
        },
      },
    },
    async (request) => {
      const query = request.query;
      if ('actor' in query) {
        if (!request.principal?.isPlatformAdmin) {
          throw new ForbiddenError('access.forbidden');
        }
        return listChangesByActor(app.database.db, query.actor);
      }
      const principal = request.principal!;
      const access = auditAccess(principal, query.entity, query.id);
      if (access === 'forbidden') {
        throw new ForbiddenError('access.forbidden');
      }
      if (access === 'if_readable') {
        // Not readable reads as not found, as the record itself does.
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(query.id)) {
          throw new NotFoundError(query.entity === 'source' ? 'source.not_found' : 'agreement.not_found', {
            id: query.id,
          });
        }
        const reader = await readerOfRequest(request);
        if (query.entity === 'source') await getSource(app.database.db, query.id, reader);
        else {
          // The history shows the agreement's documents as its page does: those this reader may read.
          const readable = new Set(
            (await getAgreement(app.database.db, query.id, reader)).documents.map((d) => d.id),
          );
          const changes = await listChanges(app.database.db, query.entity, query.id);
          return changes.map((change) => withoutDocumentsBeyond(readable, withoutContactDetails(change)));
        }
      }
      const changes = await listChanges(app.database.db, query.entity, query.id);
      // People's contact details in a record's history are for platform admins only.
      return principal.isPlatformAdmin ? changes : changes.map(withoutContactDetails);
    },
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

function withoutContactDetails<T extends { before: unknown; after: unknown }>(change: T): T {
  const strip = (value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const { email: _email, phone: _phone, ...rest } = value as Record<string, unknown>;
    return rest;
  };
  return { ...change, before: strip(change.before), after: strip(change.after) };
}

/** An agreement's snapshot in its history, keeping only the documents in `readable`. */
function withoutDocumentsBeyond<T extends { before: unknown; after: unknown }>(
  readable: ReadonlySet<string>,
  change: T,
): T {
  const keep = (value: unknown) => {
    if (!value || typeof value !== 'object' || !Array.isArray((value as { documents?: unknown }).documents))
      return value;
    const snapshot = value as { documents: Array<{ id?: unknown }> };
    return {
      ...snapshot,
      documents: snapshot.documents.filter((document) => readable.has(String(document.id))),
    };
  };
  return { ...change, before: keep(change.before), after: keep(change.after) };
}
