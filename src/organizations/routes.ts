import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { expectedVersionOf, IfMatchHeaders, replyWithVersion, withETag } from '../http/preconditions.ts';
import {
  Citation,
  CountryCode,
  Id,
  IdParams,
  LocalizedText,
  Nullable,
  PageOf,
  PageQuery,
  problemResponses,
} from '../http/schemas.ts';
import { listPosts } from '../people/people.ts';
import { PostSchema } from '../people/routes.ts';
import { ORGANIZATION_KINDS } from './kinds.ts';
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from './organizations.ts';
import { OrganizationChanges, OrganizationInput } from './schemas.ts';

export const OrganizationSchema = Type.Object({
  id: Id,
  kind: Type.Enum(ORGANIZATION_KINDS),
  subkind: Nullable(Type.String()),
  name: LocalizedText,
  alternateNames: Type.Array(Type.String()),
  acronym: Nullable(Type.String()),
  countryCode: Nullable(Type.String()),
  placeId: Nullable(Id),
  parentId: Nullable(Id),
  description: LocalizedText,
  website: Nullable(Type.String()),
  foundedOn: Nullable(Type.String()),
});

const OrganizationDetailSchema = Type.Intersect([
  OrganizationSchema,
  Type.Object({ sources: Type.Array(Citation) }),
  Type.Object({
    version: Type.Integer({
      description: 'Bumped by every change to the organization: its ETag, for If-Match',
    }),
  }),
]);
const OrganizationWithETag = withETag(OrganizationDetailSchema);

export const organizationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'List or search organizations',
        description:
          'With `q`, results are ranked by how well a name matches, in any script, and come in one page.',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            kind: Type.Optional(Type.Enum(ORGANIZATION_KINDS)),
            country: Type.Optional(CountryCode),
            network: Type.Optional(Id),
            parent: Type.Optional(Id),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: PageOf(OrganizationSchema), ...problemResponses(422) },
      },
    },
    async (request) => listOrganizations(app.database.db, request.query),
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary: 'One organization, with its sources',
        params: IdParams,
        response: { 200: OrganizationWithETag, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const organization = await getOrganization(app.database.db, request.params.id);
      return replyWithVersion(reply, organization);
    },
  );

  app.get(
    '/organizations/:id/posts',
    {
      schema: {
        tags: ['organizations'],
        summary: 'The posts of an organization (mayor, wali, chair…)',
        params: IdParams,
        response: { 200: Type.Array(PostSchema), ...problemResponses(404) },
      },
    },
    async (request) => {
      await getOrganization(app.database.db, request.params.id);
      return listPosts(app.database.db, request.params.id);
    },
  );

  app.post(
    '/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Create an organization',
        body: OrganizationInput,
        response: { 201: OrganizationDetailSchema, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const organization = await app.write(request, (tx, actingAs) =>
        createOrganization(tx, actingAs, request.body),
      );
      return reply.code(201).header('location', `/api/organizations/${organization.id}`).send(organization);
    },
  );

  app.patch(
    '/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Change some fields of an organization',
        description:
          'Send the ETag of the organization as you loaded it in If-Match: if it changed since, the change is refused with 412.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: OrganizationChanges,
        response: {
          200: OrganizationWithETag,
          ...problemResponses(400, 404, 412, 413, 415, 422, 428),
        },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const organization = await app.write(request, (tx, actingAs) =>
        updateOrganization(tx, actingAs, request.params.id, request.body, expected),
      );
      return replyWithVersion(reply, organization);
    },
  );
};
