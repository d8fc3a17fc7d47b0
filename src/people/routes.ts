import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Principal } from '../accounts/policy.ts';
import { expectedVersionOf, IfMatchHeaders, replyWithVersion, withETag } from '../http/preconditions.ts';
import { Id, IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { citationRoute } from '../sources/routes.ts';
import {
  addDues,
  changeMembershipStatus,
  createMembership,
  createPerson,
  createPost,
  getMembership,
  getPerson,
  listMemberships,
  listPeople,
  membershipExists,
  peopleAsListed,
  setDuesPayment,
  updateMembership,
  updatePerson,
  withMembershipActions,
  withVisibleContacts,
} from './people.ts';
import {
  DuesInput,
  DuesPaymentInput,
  Membership,
  MembershipChanges,
  MembershipDetail,
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
          'A step of a membership: accept or decline a request (the side it waits for accepts; either side declines); suspend, reinstate or exclude a member (the network’s side, citing the decision where its rules give it to a body), leave (the member), or end it, on a date',
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

  app.get(
    '/memberships/:id',
    {
      schema: {
        tags: ['people'],
        summary:
          'One membership, with its history (each step with the decision that took it) and, for those acting for either side, its dues',
        params: IdParams,
        response: { 200: refTo(MembershipDetail), ...problemResponses(404) },
      },
    },
    async (request) => getMembership(app.database.db, request.params.id, request.principal),
  );

  app.patch(
    '/memberships/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'Set or remove the fee of a membership (amount in minor units, ISO 4217 currency, period)',
        params: IdParams,
        body: refTo(MembershipChanges),
        response: { 200: refTo(Membership), ...problemResponses(400, 403, 404, 413, 415, 422) },
      },
    },
    async (request) =>
      app.write(request, async (tx, actingAs) => {
        const membership = await updateMembership(tx, actingAs, request.params.id, request.body);
        return (await withMembershipActions(tx, actingAs.principal, [membership]))[0]!;
      }),
  );

  app.post(
    '/memberships/:id/dues',
    {
      schema: {
        tags: ['people'],
        summary: 'Record the dues of a period (2026, 2026-Q1, 2026-03), at the membership’s fee unless said',
        params: IdParams,
        body: refTo(DuesInput),
        response: { 201: refTo(MembershipDetail), ...problemResponses(400, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      await app.write(request, (tx, actingAs) => addDues(tx, actingAs, request.params.id, request.body));
      return reply.code(201).send(await getMembership(app.database.db, request.params.id, request.principal));
    },
  );

  const DuesParams = Type.Object({
    id: Id,
    period: Type.String({ pattern: '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$' }),
  });

  app.post(
    '/memberships/:id/dues/:period/payment',
    {
      schema: {
        tags: ['people'],
        summary: 'Mark the dues of a period paid, on a day',
        params: DuesParams,
        body: refTo(DuesPaymentInput),
        response: { 200: refTo(MembershipDetail), ...problemResponses(400, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      await app.write(request, (tx, actingAs) =>
        setDuesPayment(tx, actingAs, request.params.id, request.params.period, request.body.paidOn),
      );
      return getMembership(app.database.db, request.params.id, request.principal);
    },
  );

  app.delete(
    '/memberships/:id/dues/:period/payment',
    {
      schema: {
        tags: ['people'],
        summary: 'Take back a payment recorded by mistake: the dues are unpaid again',
        params: DuesParams,
        response: { 200: refTo(MembershipDetail), ...problemResponses(403, 404, 409) },
      },
    },
    async (request) => {
      await app.write(request, (tx, actingAs) =>
        setDuesPayment(tx, actingAs, request.params.id, request.params.period, null),
      );
      return getMembership(app.database.db, request.params.id, request.principal);
    },
  );

  citationRoute(app, {
    path: '/memberships',
    tag: 'people',
    entityType: 'membership',
    exists: membershipExists,
  });
};
