import { Type } from 'typebox';
import { listChanges, listChangesByActor } from '../audit/audit.ts';
import { exportRegistry } from '../export/export.ts';
import { ForbiddenError } from '../shared/errors.ts';
import type { App } from './app.ts';
import { negotiateLanguage } from './language.ts';
import { message } from './messages.ts';
import { problemResponses, Timestamp } from './schemas.ts';

export async function systemRoutes(app: App, version: string): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), engine: Type.String(), version: Type.String() }),
          ...problemResponses(500),
        },
      },
    },
    async () => {
      await app.database.db.execute('select 1');
      return { status: 'ok' as const, engine: app.database.engine, version };
    },
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
              requestId: Type.Union([Type.String(), Type.Null()]),
              ip: Type.Union([Type.String(), Type.Null()]),
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
          throw new ForbiddenError(
            message(negotiateLanguage(request.headers['accept-language']), 'problem.forbidden'),
          );
        }
        return listChangesByActor(app.database.db, query.actor);
      }
      return listChanges(app.database.db, query.entity, query.id);
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
}
