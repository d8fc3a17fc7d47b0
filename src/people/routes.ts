import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { canSeeContactDetails } from '../accounts/policy.ts';
import { networksOfPeople, networksOfPrincipal } from '../accounts/scopes.ts';
import type { App } from '../http/app.ts';
import {
  Citation,
  Id,
  IdParams,
  LocalizedText,
  Nullable,
  PageOf,
  PageQuery,
  problemResponses,
} from '../http/schemas.ts';
import { citationRoute } from '../sources/routes.ts';
import {
  createMembership,
  createPerson,
  createPost,
  getPerson,
  listMemberships,
  listPeople,
  updatePerson,
} from './people.ts';
import { MembershipInput, PersonChanges, PersonInput, PostInput } from './schemas.ts';
import { memberships } from './tables.ts';

export const PersonSchema = Type.Object({
  id: Id,
  name: Type.String(),
  names: LocalizedText,
  alternateNames: Type.Array(Type.String()),
  gender: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
});

export const PostSchema = Type.Object({
  id: Id,
  organizationId: Id,
  role: Type.String(),
  label: LocalizedText,
});

export const MembershipSchema = Type.Object({
  id: Id,
  organizationId: Id,
  personId: Nullable(Id),
  memberOrganizationId: Nullable(Id),
  postId: Nullable(Id),
  role: Type.String(),
  label: LocalizedText,
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
  sources: Type.Array(Citation),
});

const PersonDetailSchema = Type.Intersect([
  PersonSchema,
  Type.Object({ memberships: Type.Array(MembershipSchema), sources: Type.Array(Citation) }),
]);

/** Email and phone are hidden from those who do not share a network with the person. */
async function withVisibleContacts<T extends { id: string; email: string | null; phone: string | null }>(
  app: App,
  request: FastifyRequest,
  people: T[],
): Promise<T[]> {
  if (request.principal?.isPlatformAdmin) return people;
  const viewerNetworks = request.principal
    ? await networksOfPrincipal(app.database.db, request.principal)
    : new Set<string>();
  const networksByPerson = request.principal
    ? await networksOfPeople(
        app.database.db,
        people.map((person) => person.id),
      )
    : new Map<string, Set<string>>();
  return people.map((person) =>
    canSeeContactDetails(request.principal, viewerNetworks, networksByPerson.get(person.id) ?? new Set())
      ? person
      : { ...person, email: null, phone: null },
  );
}

export async function peopleRoutes(app: App): Promise<void> {
  app.get(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'List or search people (Boutmilat finds Boutomilat)',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            organization: Type.Optional(Id),
            ...PageQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: PageOf(PersonSchema), ...problemResponses(422) },
      },
    },
    async (request) => {
      const page = await listPeople(app.database.db, request.query);
      return { ...page, items: await withVisibleContacts(app, request, page.items) };
    },
  );

  app.get(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'One person, with memberships and sources',
        params: IdParams,
        response: { 200: PersonDetailSchema, ...problemResponses(404) },
      },
    },
    async (request) =>
      (await withVisibleContacts(app, request, [await getPerson(app.database.db, request.params.id)]))[0]!,
  );

  app.post(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Create a person',
        body: PersonInput,
        response: { 201: PersonDetailSchema, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const person = await app.write(request, (tx, actingAs) => createPerson(tx, actingAs, request.body));
      return reply.code(201).header('location', `/api/people/${person.id}`).send(person);
    },
  );

  app.patch(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'Change some fields of a person',
        params: IdParams,
        body: PersonChanges,
        response: { 200: PersonDetailSchema, ...problemResponses(400, 404, 413, 415, 422) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => updatePerson(tx, actingAs, request.params.id, request.body)),
  );

  app.post(
    '/posts',
    {
      schema: {
        tags: ['people'],
        summary: 'Create a post in an organization',
        body: PostInput,
        response: { 201: PostSchema, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await app.write(request, (tx, actingAs) => createPost(tx, actingAs, request.body))),
  );

  app.get(
    '/memberships',
    {
      schema: {
        tags: ['people'],
        summary: 'Memberships of a person, in an organization, or of a member organization',
        querystring: Type.Object(
          {
            person: Type.Optional(Id),
            organization: Type.Optional(Id),
            memberOrganization: Type.Optional(Id),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: Type.Array(MembershipSchema), ...problemResponses(422) },
      },
    },
    async (request) =>
      listMemberships(app.database.db, {
        personId: request.query.person,
        organizationId: request.query.organization,
        memberOrganizationId: request.query.memberOrganization,
      }),
  );

  app.post(
    '/memberships',
    {
      schema: {
        tags: ['people'],
        summary:
          'Record that a person (or an organization) belongs to an organization, from a date to a date',
        body: MembershipInput,
        response: { 201: MembershipSchema, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await app.write(request, (tx, actingAs) => createMembership(tx, actingAs, request.body))),
  );

  citationRoute(app, {
    path: '/memberships',
    tag: 'people',
    entityType: 'membership',
    exists: async (db, id) =>
      Boolean((await db.select({ id: memberships.id }).from(memberships).where(eq(memberships.id, id)))[0]),
  });
}
