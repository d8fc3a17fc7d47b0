import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Citation, Id, IdParams, LocalizedText, Nullable, problemResponses } from '../http/schemas.ts';
import { OrganizationSchema } from '../organizations/routes.ts';
import { getNetwork, listNetworks } from './networks.ts';

const MemberSchema = Type.Object({
  membershipId: Id,
  role: Type.String(),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
  organization: Nullable(OrganizationSchema),
  person: Nullable(Type.Object({ id: Id, name: Type.String(), names: LocalizedText })),
});

const NetworkDetailSchema = Type.Intersect([
  OrganizationSchema,
  Type.Object({
    members: Type.Array(MemberSchema),
    bodies: Type.Array(
      Type.Intersect([OrganizationSchema, Type.Object({ members: Type.Array(MemberSchema) })]),
    ),
    sources: Type.Array(Citation),
  }),
]);

export const networkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/networks',
    {
      schema: {
        tags: ['networks'],
        summary: 'Networks and clubs of local authorities',
        response: { 200: Type.Object({ items: Type.Array(OrganizationSchema) }) },
      },
    },
    async () => ({ items: await listNetworks(app.database.db) }),
  );

  app.get(
    '/networks/:id',
    {
      schema: {
        tags: ['networks'],
        summary: 'A network with its members and its governing bodies (e.g. the coordination council)',
        params: IdParams,
        response: { 200: NetworkDetailSchema, ...problemResponses(404) },
      },
    },
    async (request) => getNetwork(app.database.db, request.params.id),
  );
};
