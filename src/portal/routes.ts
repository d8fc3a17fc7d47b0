import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { readerOfRequest } from '../http/reader.ts';
import { Id, problemResponses, refTo } from '../http/schemas.ts';
import { agreementLinksAnswer, noneMatch } from './links.ts';
import { keyFigures } from './portal.ts';
import { AgreementLinks, KeyFigures, PortalSearchResults } from './schemas.ts';
import { searchEverything } from './search.ts';

export const portalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;

  app.get(
    '/search',
    {
      schema: {
        tags: ['portal'],
        summary: 'Search organizations, places, people, events and agreements at once, in any script',
        description:
          'Besides a few of each kind, `suggestions` lists them all best match first: a name equal to the query, then one beginning with it (or a word of it), then holding it, then close spellings; a place is suggested as the organization located there.',
        querystring: Type.Object(
          { q: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: refTo(PortalSearchResults), ...problemResponses(422) },
      },
    },
    async (request) =>
      searchEverything(db(), request.query.q, await readerOfRequest(request), request.principal),
  );

  app.get(
    '/figures',
    {
      schema: {
        tags: ['portal'],
        summary: 'Key figures: agreements, organizations and countries they join, networks',
        response: { 200: refTo(KeyFigures) },
      },
    },
    async (request) => keyFigures(db(), await readerOfRequest(request)),
  );

  app.get(
    '/links',
    {
      schema: {
        tags: ['portal'],
        summary: 'Agreements as links between located parties, for the map and the network graph',
        description:
          'Given with an ETag: a request sending it back in If-None-Match is answered 304 without a body while the links it would get are the same.',
        querystring: Type.Object(
          { network: Type.Optional(Id), organization: Type.Optional(Id) },
          { additionalProperties: false },
        ),
        response: {
          200: refTo(AgreementLinks),
          304: Type.Null({ description: 'The links are those of the entity tag sent in If-None-Match' }),
          ...problemResponses(422),
        },
      },
    },
    async (request, reply) => {
      const answer = await agreementLinksAnswer(db(), await readerOfRequest(request), request.query);
      // Each reader's own links: kept by their browser only, and asked again (If-None-Match) each time.
      reply.header('etag', answer.etag).header('cache-control', 'private, no-cache');
      if (noneMatch(request.headers['if-none-match'], answer.etag)) return reply.code(304).send(null);
      // Already JSON, written by the database: Fastify sends a string of a JSON type as it is.
      return reply.type('application/json; charset=utf-8').send(answer.body as unknown as AgreementLinks);
    },
  );
};
