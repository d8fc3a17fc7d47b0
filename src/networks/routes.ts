import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { expectedVersionOf, IfMatchHeaders } from '../http/preconditions.ts';
import { readerOfRequest } from '../http/reader.ts';
import { Id, IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { withOrganizationActions } from '../organizations/organizations.ts';
import { PageQuery } from '../shared/schemas.ts';
import { DECLARATION_STATUSES } from './declaration-rules.ts';
import { declarationsOfAgreement, declarationsToNetwork, moveDeclaration } from './declarations.ts';
import { getNetworkRules, setNetworkRules } from './network-rules.ts';
import { getNetwork, listNetworks } from './networks.ts';
import {
  AgreementDeclaration,
  DeclarationStep,
  NetworkDetail,
  NetworkList,
  NetworkRules,
  NetworkRulesInput,
} from './schemas.ts';

export const networkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/networks',
    {
      schema: {
        tags: ['networks'],
        summary: 'Networks and clubs of local authorities',
        response: { 200: refTo(NetworkList) },
      },
    },
    async (request) => ({
      items: await withOrganizationActions(
        app.database.db,
        request.principal,
        await listNetworks(app.database.db),
      ),
    }),
  );

  app.get(
    '/networks/:id',
    {
      schema: {
        tags: ['networks'],
        summary: 'A network with its members and its governing bodies (e.g. the coordination council)',
        params: IdParams,
        response: { 200: refTo(NetworkDetail), ...problemResponses(404) },
      },
    },
    async (request) => getNetwork(app.database.db, request.params.id, request.principal),
  );

  app.get(
    '/networks/:id/declarations',
    {
      schema: {
        tags: ['networks'],
        summary:
          'The agreements members declared to a network, with its word on each (validated, or waiting for it)',
        params: IdParams,
        description:
          'Oldest declaration first, a page at a time: pass `nextCursor` back as `cursor` for the next page.',
        querystring: Type.Object(
          { status: Type.Optional(Type.Enum(DECLARATION_STATUSES)), ...PageQuery },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(refTo(AgreementDeclaration)),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
          ...problemResponses(404, 422),
        },
      },
    },
    async (request) =>
      declarationsToNetwork(
        app.database.db,
        request.params.id,
        request.query,
        await readerOfRequest(request),
        request.principal,
      ),
  );

  app.get(
    '/agreements/:id/declarations',
    {
      schema: {
        tags: ['agreements', 'networks'],
        summary: 'The networks an agreement was declared to, and whether each validated it',
        params: IdParams,
        response: { 200: Type.Array(refTo(AgreementDeclaration)), ...problemResponses(404) },
      },
    },
    async (request) =>
      declarationsOfAgreement(
        app.database.db,
        request.params.id,
        await readerOfRequest(request),
        request.principal,
      ),
  );

  app.post(
    '/agreements/:id/declarations/:networkId/transitions',
    {
      schema: {
        tags: ['agreements', 'networks'],
        summary:
          'Validate a declared agreement, or return it with a reason (the network’s secretariat); declare it again once corrected (the member)',
        params: Type.Object({ id: Id, networkId: Id }),
        headers: IfMatchHeaders,
        body: refTo(DeclarationStep),
        response: {
          200: refTo(AgreementDeclaration),
          ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422),
        },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        moveDeclaration(
          tx,
          actingAs,
          request.params.id,
          request.params.networkId,
          request.body,
          expectedVersionOf(request),
        ),
      ),
  );

  app.get(
    '/networks/:id/rules',
    {
      schema: {
        tags: ['networks'],
        summary:
          'Who admits, suspends, reinstates and excludes the network’s members: its secretariat, or a body',
        params: IdParams,
        response: { 200: refTo(NetworkRules), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getNetworkRules(app.database.db, request.principal, request.params.id),
  );

  app.put(
    '/networks/:id/rules',
    {
      schema: {
        tags: ['networks'],
        summary:
          'Say who admits, suspends, reinstates and excludes the network’s members; with a body, those steps cite its adopted decision',
        params: IdParams,
        headers: IfMatchHeaders,
        body: refTo(NetworkRulesInput),
        response: { 200: refTo(NetworkRules), ...problemResponses(400, 401, 403, 404, 412, 413, 415, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        setNetworkRules(tx, actingAs, request.params.id, request.body, expectedVersionOf(request)),
      ),
  );
};
