import { Type } from 'typebox';
import { listChanges } from '../audit/audit.ts';
import { exportRegistry } from '../export/export.ts';
import type { App } from './app.ts';
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
        summary: 'The audit trail of one record: who changed what, when, before and after',
        querystring: Type.Object(
          {
            entity: Type.String({ minLength: 1, maxLength: 50 }),
            id: Type.String({ minLength: 1, maxLength: 100 }),
          },
          { additionalProperties: false },
        ),
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
            }),
          ),
          ...problemResponses(422),
        },
      },
    },
    async (request) => listChanges(app.database.db, request.query.entity, request.query.id),
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
