import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { eventActions } from '../http/record-actions.ts';
import { IdParams, PageQuery, problemResponses, refTo } from '../http/schemas.ts';
import { citationRoute } from '../sources/routes.ts';
import { createEvent, eventExists, getEvent, listEvents } from './events.ts';
import { EventDetail, EventInput, EventPage } from './schemas.ts';

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
      const allowedActions = eventActions(request.principal);
      return { ...page, items: page.items.map((event) => ({ ...event, allowedActions })) };
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event with participants and sources',
        params: IdParams,
        response: { 200: refTo(EventDetail), ...problemResponses(404) },
      },
    },
    async (request) => ({
      ...(await getEvent(app.database.db, request.params.id)),
      allowedActions: eventActions(request.principal),
    }),
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
      return reply
        .code(201)
        .header('location', `/api/events/${event.id}`)
        .send({ ...event, allowedActions: eventActions(request.principal) });
    },
  );

  citationRoute(app, {
    path: '/events',
    tag: 'events',
    entityType: 'event',
    exists: eventExists,
  });
};
