import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requestLanguage } from '../http/language.ts';
import { readerOfRequest } from '../http/reader.ts';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import {
  answerPartnerRequest,
  boardReaderOf,
  getPartnerRequest,
  listPartnerRequests,
  movePartnerRequest,
  publishPartnerRequest,
} from './board.ts';
import { partnerSuggestions } from './matchmaking.ts';
import {
  PartnerRequest,
  PartnerRequestAnswerInput,
  PartnerRequestInput,
  PartnerRequestList,
  PartnerRequestMove,
  PartnerRequestQuery,
  PartnerSuggestions,
  SuggestionQuery,
} from './schemas.ts';

export const matchmakingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations/:id/partner-suggestions',
    {
      schema: {
        tags: ['matchmaking'],
        summary: 'Partners a local authority might contact, with the reasons for each',
        description:
          'Other local authorities ranked on likeness (population band, climate zone, region, languages, themes of ' +
          'their agreements) and on the twinning graph (partners in common, how often the two countries twin, shared ' +
          'networks). Only the agreements the reader may read count. Each reason has a code, its values and a ' +
          'sentence in the reader’s language (Accept-Language).',
        params: IdParams,
        querystring: SuggestionQuery,
        response: { 200: refTo(PartnerSuggestions), ...problemResponses(404, 422) },
      },
    },
    async (request) =>
      partnerSuggestions(
        app.database.db,
        await readerOfRequest(request),
        request.params.id,
        request.query,
        requestLanguage(request),
      ),
  );

  app.get(
    '/partner-requests',
    {
      schema: {
        tags: ['matchmaking'],
        summary: 'The partner-request board: what local authorities offer or seek',
        description:
          'Open requests unless `status` says otherwise, newest first. Members-only requests are listed for signed-in ' +
          'members of a network the authority belongs to; `network` keeps the requests of that network’s members.',
        querystring: PartnerRequestQuery,
        response: { 200: refTo(PartnerRequestList), ...problemResponses(422) },
      },
    },
    async (request) => ({
      items: await listPartnerRequests(
        app.database.db,
        await boardReaderOf(app.database.db, request.principal),
        request.query,
      ),
    }),
  );

  app.get(
    '/partner-requests/:id',
    {
      schema: {
        tags: ['matchmaking'],
        summary: 'One partner request, with the answers the reader may read',
        params: IdParams,
        response: { 200: refTo(PartnerRequest), ...problemResponses(404) },
      },
    },
    async (request) =>
      getPartnerRequest(
        app.database.db,
        await boardReaderOf(app.database.db, request.principal),
        request.params.id,
      ),
  );

  app.post(
    '/partner-requests',
    {
      schema: {
        tags: ['matchmaking'],
        summary: 'Publish what a local authority offers or seeks (an officer of it)',
        body: refTo(PartnerRequestInput),
        response: { 201: refTo(PartnerRequest), ...problemResponses(400, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const created = await app.write(request, (tx, actingAs) =>
        publishPartnerRequest(tx, actingAs, request.body),
      );
      return reply.code(201).header('location', `/api/partner-requests/${created.id}`).send(created);
    },
  );

  app.post(
    '/partner-requests/:id/answers',
    {
      schema: {
        tags: ['matchmaking'],
        summary: 'Answer a request for another local authority (an officer of it)',
        description:
          'The answer is read by those who act for the request and for the answering authority, no one else.',
        params: IdParams,
        body: refTo(PartnerRequestAnswerInput),
        response: { 201: refTo(PartnerRequest), ...problemResponses(400, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const answered = await app.write(request, (tx, actingAs) =>
        answerPartnerRequest(tx, actingAs, request.params.id, request.body),
      );
      return reply.code(201).send(answered);
    },
  );

  app.post(
    '/partner-requests/:id/transitions',
    {
      schema: {
        tags: ['matchmaking'],
        summary: 'Close, reopen or withdraw a request (whoever acts for its authority)',
        params: IdParams,
        body: refTo(PartnerRequestMove),
        response: { 200: refTo(PartnerRequest), ...problemResponses(400, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => movePartnerRequest(tx, actingAs, request.params.id, request.body)),
  );
};
