import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Principal, ScopeFacts } from '../accounts/policy.ts';
import { factsOfOrganization, scopeFacts } from '../accounts/scopes.ts';
import { expectedVersionOf, IfMatchHeaders, replyWithVersion, withETag } from '../http/preconditions.ts';
import { eventActions } from '../http/record-actions.ts';
import { IdParams, PageQuery, problemResponses, refTo } from '../http/schemas.ts';
import { citationRoute } from '../sources/routes.ts';
import {
  createEvent,
  type EventRecord,
  eventExists,
  listEvents,
  readEvent,
  transitionEvent,
  updateEvent,
} from './events.ts';
import { EventChanges, EventDetail, EventInput, EventPage } from './schemas.ts';

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The organizers' networks, which decide who acts for them, read once for a page of events (and
  // not at all for the public, who may do nothing with them).
  const eventFacts = async (
    principal: Principal | null | undefined,
    items: Array<{ organizerId: string | null }>,
  ): Promise<Map<string, ScopeFacts>> => {
    if (!principal) return new Map();
    const organizerIds = [...new Set(items.map((event) => event.organizerId).filter((id) => id !== null))];
    const facts = await scopeFacts(app.database.db, organizerIds);
    return new Map(organizerIds.map((id) => [id, factsOfOrganization(id, facts.networksOf.get(id) ?? [])]));
  };
  const told = async (principal: Principal | null | undefined, event: EventRecord, networks?: string[]) => {
    const organizer = event.organizerId
      ? networks
        ? factsOfOrganization(event.organizerId, networks)
        : (await eventFacts(principal, [event])).get(event.organizerId)
      : undefined;
    return { ...event, allowedActions: eventActions(principal, event.status, organizer) };
  };

  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Ceremonies, symposiums, launches and delegations',
        querystring: Type.Object({ ...PageQuery }, { additionalProperties: false }),
        response: { 200: refTo(EventPage), ...problemResponses(422) },
      },
    },
    async (request) => {
      const page = await listEvents(app.database.db, request.query);
      const facts = await eventFacts(request.principal, page.items);
      return {
        ...page,
        items: page.items.map((event) => ({
          ...event,
          allowedActions: eventActions(request.principal, event.status, facts.get(event.organizerId ?? '')),
        })),
      };
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event with participants and sources',
        params: IdParams,
        response: { 200: withETag(refTo(EventDetail)), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const { event, organizerNetworks } = await readEvent(app.database.db, request.params.id);
      return replyWithVersion(reply, await told(request.principal, event, organizerNetworks));
    },
  );

  app.post(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Record an event',
        body: refTo(EventInput),
        response: { 201: refTo(EventDetail), ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const event = await app.write(request, (tx, actingAs) => createEvent(tx, actingAs, request.body));
      return replyWithVersion(
        reply.code(201).header('location', `/api/events/${event.id}`),
        await told(request.principal, event),
      );
    },
  );

  app.patch(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'Change some fields of an event',
        description:
          'Send the ETag of the event as you loaded it in If-Match: if it changed since, the change is refused with 412. ' +
          'Participants, when given, replace the list. Every change bumps the version, the SEQUENCE of the event in calendar feeds.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: refTo(EventChanges),
        response: {
          200: withETag(refTo(EventDetail)),
          ...problemResponses(400, 404, 412, 413, 415, 422, 428),
        },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const event = await app.write(request, (tx, actingAs) =>
        updateEvent(tx, actingAs, request.params.id, request.body, expected),
      );
      return replyWithVersion(reply, await told(request.principal, event));
    },
  );

  app.post(
    '/events/:id/cancel',
    {
      schema: {
        tags: ['events'],
        summary: 'Cancel a planned event',
        description:
          'Only a planned event can be cancelled (409 otherwise); calendar feeds then carry it as STATUS:CANCELLED.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: {
          200: withETag(refTo(EventDetail)),
          ...problemResponses(404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const event = await app.write(request, (tx, actingAs) =>
        transitionEvent(tx, actingAs, request.params.id, 'cancel', expected),
      );
      return replyWithVersion(reply, await told(request.principal, event));
    },
  );

  citationRoute(app, {
    path: '/events',
    tag: 'events',
    entityType: 'event',
    exists: eventExists,
  });
};
