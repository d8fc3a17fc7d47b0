import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { expectedVersionOf, IfMatchHeaders, replyWithVersion, withETag } from '../http/preconditions.ts';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { listPosts } from '../people/people.ts';
import { Post } from '../people/schemas.ts';
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
  withOrganizationActions,
} from './organizations.ts';
import {
  OrganizationChanges,
  OrganizationDetail,
  OrganizationInput,
  OrganizationPage,
  OrganizationQuery,
} from './schemas.ts';

const OrganizationWithETag = withETag(refTo(OrganizationDetail));

export const organizationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'List or search organizations',
        description:
          'With `q`, results are ranked by how well a name matches, in any script, and come in one page.',
        querystring: OrganizationQuery,
        response: { 200: refTo(OrganizationPage), ...problemResponses(422) },
      },
    },
    async (request) => {
      const page = await listOrganizations(app.database.db, request.query);
      return {
        ...page,
        items: await withOrganizationActions(app.database.db, request.principal, page.items),
      };
    },
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
      const organization = await getOrganization(app.database.db, request.params.id, request.principal);
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
        response: { 200: Type.Array(refTo(Post)), ...problemResponses(404) },
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
        body: refTo(OrganizationInput),
        response: { 201: refTo(OrganizationDetail), ...problemResponses(400, 413, 415, 422) },
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
        body: refTo(OrganizationChanges),
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
