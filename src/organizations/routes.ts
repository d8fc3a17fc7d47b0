import { Type } from 'typebox';
import type { App } from '../http/app.ts';
import {
  Citation,
  CitationInput,
  CountryCode,
  Id,
  IdParams,
  IsoDate,
  LocalizedText,
  Nullable,
  PageOf,
  PageQuery,
  problemResponses,
  ShortText,
} from '../http/schemas.ts';
import { listPosts } from '../people/people.ts';
import { PostSchema } from '../people/routes.ts';
import { ALL_SUBKINDS, ORGANIZATION_KINDS } from './kinds.ts';
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from './organizations.ts';

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
]);

const editableFields = {
  subkind: Type.Optional(Nullable(Type.Enum(ALL_SUBKINDS))),
  name: LocalizedText,
  alternateNames: Type.Optional(Type.Array(ShortText, { maxItems: 100 })),
  acronym: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 30 }))),
  countryCode: Type.Optional(Nullable(CountryCode)),
  placeId: Type.Optional(Nullable(Id)),
  parentId: Type.Optional(Nullable(Id)),
  description: Type.Optional(LocalizedText),
  website: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
  foundedOn: Type.Optional(Nullable(IsoDate)),
};

const OrganizationInputSchema = Type.Object(
  {
    kind: Type.Enum(ORGANIZATION_KINDS),
    ...editableFields,
    sources: Type.Optional(Type.Array(CitationInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

const OrganizationChangesSchema = Type.Object(
  { ...editableFields, name: Type.Optional(LocalizedText) },
  { additionalProperties: false, minProperties: 1 },
);

export async function organizationRoutes(app: App): Promise<void> {
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
        response: { 200: OrganizationDetailSchema, ...problemResponses(404) },
      },
    },
    async (request) => getOrganization(app.database.db, request.params.id),
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
        body: OrganizationInputSchema,
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
        params: IdParams,
        body: OrganizationChangesSchema,
        response: { 200: OrganizationDetailSchema, ...problemResponses(400, 404, 413, 415, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => updateOrganization(tx, actingAs, request.params.id, request.body)),
  );
}
