import { Type } from 'typebox';
import type { App } from '../http/app.ts';
import { IdParams, problemResponses, Source, SourceInput } from '../http/schemas.ts';
import { createSource, getSource, listSources } from './sources.ts';

export async function sourceRoutes(app: App): Promise<void> {
  app.get(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Every source cited in the registry',
        response: { 200: Type.Object({ items: Type.Array(Source) }) },
      },
    },
    async () => ({ items: await listSources(app.database.db) }),
  );

  app.get(
    '/sources/:id',
    {
      schema: {
        tags: ['sources'],
        summary: 'One source',
        params: IdParams,
        response: { 200: Source, ...problemResponses(404) },
      },
    },
    async (request) => getSource(app.database.db, request.params.id),
  );

  app.post(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Record a source to cite later',
        body: SourceInput,
        response: { 201: Source, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await app.write(request, (tx, actingAs) => createSource(tx, actingAs, request.body))),
  );
}
