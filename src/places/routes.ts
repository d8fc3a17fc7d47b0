import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CountryCode, IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { createPlace, getPlace } from './places.ts';
import { Place, PlaceInput, PlaceMatches } from './schemas.ts';
import { searchPlaces } from './search.ts';

export const DEFAULT_PLACE_RESULTS = 10;

export const placeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/places',
    {
      schema: {
        tags: ['places'],
        summary: 'Search places by any name in any script',
        description:
          'Case, Latin accents and Arabic variants (harakat, tatweel, alef/hamza forms, ya/alef maqsura, ta marbuta) are ' +
          'normalized: تمبكتو, Tombouctou and timbuktu all find Timbuktu. Exact names first, then prefixes, then close spellings; ' +
          'among places of one name, the most populous and the seats of administrations first, and for a signed-in reader ' +
          'a place their network already touches (a member, or a public partner of one, is there) before its namesakes.',
        querystring: Type.Object(
          {
            q: Type.String({ minLength: 1, maxLength: 200 }),
            country: Type.Optional(CountryCode),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_PLACE_RESULTS })),
          },
          { additionalProperties: false },
        ),
        response: { 200: refTo(PlaceMatches), ...problemResponses(422) },
      },
    },
    async (request) => ({
      items: await searchPlaces(app.database.db, {
        q: request.query.q,
        country: request.query.country,
        limit: request.query.limit ?? DEFAULT_PLACE_RESULTS,
        reader: request.principal,
      }),
    }),
  );

  app.get(
    '/places/:id',
    {
      schema: {
        tags: ['places'],
        summary: 'One place',
        params: IdParams,
        response: { 200: refTo(Place), ...problemResponses(404) },
      },
    },
    async (request) => getPlace(app.database.db, request.params.id),
  );

  app.post(
    '/places',
    {
      schema: {
        tags: ['places'],
        summary: 'Create a place GeoNames lacks (e.g. a daira of the refugee camps), citing its source',
        body: refTo(PlaceInput),
        response: { 201: refTo(Place), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const place = await app.write(request, (tx, actingAs) => createPlace(tx, actingAs, request.body));
      return reply.code(201).header('location', `/api/places/${place.id}`).send(place);
    },
  );
};
