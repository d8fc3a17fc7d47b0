import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { withOrganizationActions } from '../organizations/organizations.ts';
import { getNetwork, listNetworks } from './networks.ts';
import { NetworkDetail, NetworkList } from './schemas.ts';

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
};
