import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eq } from 'drizzle-orm';
import { Type } from 'typebox';
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
  createEvent,
  EVENT_KINDS,
  EVENT_STATUSES,
  getEvent,
  listEvents,
  PARTICIPANT_ROLES,
} from './events.ts';
import { EventInput } from './schemas.ts';
import { events } from './tables.ts';

const EventSchema = Type.Object({
  id: Id,
  kind: Type.Enum(EVENT_KINDS),
  title: LocalizedText,
  description: LocalizedText,
  status: Type.Enum(EVENT_STATUSES),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
  timezone: Nullable(Type.String()),
  placeId: Nullable(Id),
  organizerId: Nullable(Id),
});

const ParticipantSchema = Type.Object({
  id: Id,
  personId: Nullable(Id),
  organizationId: Nullable(Id),
  role: Type.Enum(PARTICIPANT_ROLES),
});

const EventDetailSchema = Type.Intersect([
  EventSchema,
  Type.Object({ participants: Type.Array(ParticipantSchema), sources: Type.Array(Citation) }),
]);

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Ceremonies, symposiums, launches and delegations',
        querystring: Type.Object({ ...PageQuery }, { additionalProperties: false }),
        response: { 200: PageOf(EventSchema), ...problemResponses(422) },
      },
    },
    async (request) => listEvents(app.database.db, request.query),
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event with participants and sources',
        params: IdParams,
        response: { 200: EventDetailSchema, ...problemResponses(404) },
      },
    },
    async (request) => getEvent(app.database.db, request.params.id),
  );

  app.post(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Record an event',
        body: EventInput,
        response: { 201: EventDetailSchema, ...problemResponses(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const event = await app.write(request, (tx, actingAs) => createEvent(tx, actingAs, request.body));
      return reply.code(201).header('location', `/api/events/${event.id}`).send(event);
    },
  );

  citationRoute(app, {
    path: '/events',
    tag: 'events',
    entityType: 'event',
    exists: async (db, id) =>
      Boolean((await db.select({ id: events.id }).from(events).where(eq(events.id, id)))[0]),
  });
};
