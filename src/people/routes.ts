import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Principal } from '../accounts/policy.ts';
import { expectedVersionOf, IfMatchHeaders, replyWithVersion, withETag } from '../http/preconditions.ts';
import { Id, IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { citationRoute } from '../sources/routes.ts';
import {
  changeMembershipStatus,
  createMembership,
  createPerson,
  createPost,
  getPerson,
  listMemberships,
  listPeople,
  membershipExists,
  peopleAsListed,
  updatePerson,
  withMembershipActions,
  withVisibleContacts,
} from './people.ts';
import {
  Membership,
  MembershipInput,
  MembershipTransition,
  PersonChanges,
  PersonDetail,
  PersonInput,
  PersonListQuery,
  PersonPage,
  Post,
  PostInput,
} from './schemas.ts';

const PersonWithETag = withETag(refTo(PersonDetail));

export const peopleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const visible = async <T extends { id: string; email: string | null; phone: string | null }>(
    person: T,
    principal: Principal | null,
  ) => (await withVisibleContacts(app.database.db, principal, [person]))[0]!;

  app.get(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'List or search people (Boutmilat finds Boutomilat)',
        querystring: PersonListQuery,
        response: { 200: refTo(PersonPage), ...problemResponses(422) },
      },
    },
    async (request) => {
      const page = await listPeople(app.database.db, request.query);
      return { ...page, items: await peopleAsListed(app.database.db, request.principal, page.items) };
    },
  );

  app.get(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'One person, with memberships and sources',
        params: IdParams,
        response: { 200: PersonWithETag, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const person = await getPerson(app.database.db, request.params.id, request.principal);
      return replyWithVersion(reply, person);
    },
  );

  app.post(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Create a person',
        body: refTo(PersonInput),
        response: { 201: refTo(PersonDetail), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const person = await app.write(request, (tx, actingAs) => createPerson(tx, actingAs, request.body));
      return reply
        .code(201)
        .header('location', `/api/people/${person.id}`)
        .send(await visible(person, request.principal));
    },
  );

  app.patch(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'Change some fields of a person',
        description:
          'Send the ETag of the person as you loaded it in If-Match: if it changed since, the change is refused with 412.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: refTo(PersonChanges),
        response: { 200: PersonWithETag, ...problemResponses(400, 404, 412, 413, 415, 422, 428) },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const person = await app.write(request, (tx, actingAs) =>
        updatePerson(tx, actingAs, request.params.id, request.body, expected),
      );
      return replyWithVersion(reply, await visible(person, request.principal));
    },
  );

  app.post(
    '/posts',
    {
      schema: {
        tags: ['people'],
        summary: 'Create a post in an organization',
        body: refTo(PostInput),
        response: { 201: refTo(Post), ...problemResponses(400, 413, 415, 422) },
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
        response: { 200: Type.Array(refTo(Membership)), ...problemResponses(422) },
      },
    },
    async (request) =>
      withMembershipActions(
        app.database.db,
        request.principal,
        await listMemberships(app.database.db, {
          personId: request.query.person,
          organizationId: request.query.organization,
          memberOrganizationId: request.query.memberOrganization,
        }),
      ),
  );

  app.post(
    '/memberships',
    {
      schema: {
        tags: ['people'],
        summary:
          'Record that a person (or an organization) belongs to an organization, from a date to a date',
        body: refTo(MembershipInput),
        response: { 201: refTo(Membership), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await app.write(request, async (tx, actingAs) => {
          const membership = await createMembership(tx, actingAs, request.body);
          return (await withMembershipActions(tx, actingAs.principal, [membership]))[0]!;
        }),
      ),
  );

  app.post(
    '/memberships/:id/transitions',
    {
      schema: {
        tags: ['people'],
        summary:
          'Accept or decline a membership request (the side it waits for accepts; either side declines), or end a membership on a date',
        params: IdParams,
        body: refTo(MembershipTransition),
        response: { 200: refTo(Membership), ...problemResponses(400, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request) =>
      app.write(request, async (tx, actingAs) => {
        const membership = await changeMembershipStatus(tx, actingAs, request.params.id, request.body);
        return (await withMembershipActions(tx, actingAs.principal, [membership]))[0]!;
      }),
  );

  citationRoute(app, {
    path: '/memberships',
    tag: 'people',
    entityType: 'membership',
    exists: membershipExists,
  });
};
