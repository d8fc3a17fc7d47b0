import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../db/client.ts';
import { readerOfRequest } from '../http/reader.ts';
import {
  Citation,
  CitationInput,
  IdParams,
  problemResponses,
  refTo,
  Source,
  SourceInput,
} from '../http/schemas.ts';
import type { App } from '../http/server-types.ts';
import type { ActingAs } from '../shared/actor.ts';
import { SourceListQuery, SourcePage } from './schemas.ts';
import { type CitingEntityType, citeFor, createSource, getSource, listSources } from './sources.ts';

export const sourceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'The sources of the registry, the latest recorded first, a page at a time',
        querystring: SourceListQuery,
        response: { 200: refTo(SourcePage), ...problemResponses(422) },
      },
    },
    async (request) => listSources(app.database.db, request.query, await readerOfRequest(request)),
  );

  app.get(
    '/sources/:id',
    {
      schema: {
        tags: ['sources'],
        summary: 'One source',
        params: IdParams,
        response: { 200: refTo(Source), ...problemResponses(404) },
      },
    },
    async (request) => getSource(app.database.db, request.params.id, await readerOfRequest(request)),
  );

  app.post(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Record a source to cite later',
        body: refTo(SourceInput),
        response: { 201: refTo(Source), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await app.write(request, (tx, actingAs) => createSource(tx, actingAs, request.body))),
  );
};

/** `POST <path>/:id/sources`: cite a source, with its passage, for an existing record of one kind. */
export function citationRoute(
  app: App,
  options: {
    path: string;
    tag: string;
    entityType: CitingEntityType;
    /**
     * Whether the record exists and the one acting may cite for it (a write to the record): a
     * function of the area's use cases, never a query written here.
     */
    exists: (tx: Database, id: string, actingAs: ActingAs) => Promise<boolean>;
  },
): void {
  app.post(
    `${options.path}/:id/sources`,
    {
      schema: {
        tags: [options.tag],
        summary: `Cite a source for this ${options.entityType}, with the supporting passage`,
        params: IdParams,
        body: refTo(CitationInput),
        response: { 201: refTo(Citation), ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) => {
      const citation = await app.write(request, (tx, actingAs) =>
        citeFor(tx, actingAs, options.entityType, request.params.id, request.body, options.exists),
      );
      return reply.code(201).send(citation);
    },
  );
}
