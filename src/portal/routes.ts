import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { readerOfRequest } from '../http/reader.ts';
import { Id, LocalizedText, Nullable, problemResponses } from '../http/schemas.ts';
import { agreementLinks, keyFigures, searchEverything } from './portal.ts';

export const portalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;

  app.get(
    '/search',
    {
      schema: {
        tags: ['portal'],
        summary: 'Search organizations, places, people and agreements at once, in any script',
        querystring: Type.Object(
          { q: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            organizations: Type.Array(
              Type.Object({
                id: Id,
                kind: Type.String(),
                name: LocalizedText,
                countryCode: Nullable(Type.String()),
              }),
            ),
            places: Type.Array(
              Type.Object({
                id: Id,
                name: Type.String(),
                names: LocalizedText,
                countryCode: Type.String(),
                matchedName: Type.String(),
              }),
            ),
            people: Type.Array(Type.Object({ id: Id, name: Type.String(), names: LocalizedText })),
            agreements: Type.Array(
              Type.Object({
                id: Id,
                title: LocalizedText,
                status: Type.String(),
                signedOn: Nullable(Type.String()),
              }),
            ),
          }),
          ...problemResponses(422),
        },
      },
    },
    async (request) => searchEverything(db(), request.query.q, await readerOfRequest(request)),
  );

  app.get(
    '/figures',
    {
      schema: {
        tags: ['portal'],
        summary: 'Key figures: agreements, organizations and countries they join, networks',
        response: {
          200: Type.Object({
            countryCodes: Type.Array(Type.String(), { description: 'Countries of the parties, for filters' }),
            agreements: Type.Integer(),
            organizations: Type.Integer(),
            countries: Type.Integer(),
            networks: Type.Integer(),
          }),
        },
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
        querystring: Type.Object(
          { network: Type.Optional(Id), organization: Type.Optional(Id) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            points: Type.Array(
              Type.Object({
                id: Id,
                name: LocalizedText,
                countryCode: Nullable(Type.String()),
                longitude: Type.Number(),
                latitude: Type.Number(),
              }),
            ),
            links: Type.Array(
              Type.Object({ agreementId: Id, status: Type.String(), type: Type.String(), from: Id, to: Id }),
            ),
          }),
          ...problemResponses(422),
        },
      },
    },
    async (request) => agreementLinks(db(), await readerOfRequest(request), request.query),
  );
};
