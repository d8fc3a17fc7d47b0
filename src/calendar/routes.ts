import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { exportLanguage } from '../export/lists.ts';
import { IdParams, problemResponses } from '../http/schemas.ts';
import { UI_LANGUAGES } from '../shared/languages.ts';
import { type CalendarOwner, calendarOf } from './calendar.ts';
import { calendarFeed } from './feed.ts';

const CalendarQuery = Type.Object(
  {
    lang: Type.Optional(
      Type.Enum(UI_LANGUAGES, {
        description: 'Language of titles and descriptions; by default the one Accept-Language prefers',
      }),
    ),
  },
  { additionalProperties: false },
);

const OWNERS = {
  networks: {
    kind: 'network',
    what: 'a network: its events, those of its members in force, and the meetings of its bodies once convened',
  },
  organizations: {
    kind: 'organization',
    what: 'an organization: the events it organized or took part in (for a body, its meetings once convened)',
  },
  people: {
    kind: 'person',
    what: 'a person: the events they took part in, and the meetings of the bodies where they hold a seat',
  },
} as const;

/**
 * iCalendar (RFC 5545) feeds to subscribe to in a calendar application. Events, and meetings once
 * convened, are public records: every reader gets the same feed. Each event keeps its UID; its SEQUENCE grows with every change
 * and a cancelled one stays with STATUS:CANCELLED, so subscribed calendars update it in place.
 */
export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const [segment, owner] of Object.entries(OWNERS)) {
    app.get(
      `/${segment}/:id/calendar.ics`,
      {
        schema: {
          tags: ['events'],
          summary: `The iCalendar feed of ${owner.what}`,
          params: IdParams,
          querystring: CalendarQuery,
          response: {
            200: {
              description: 'An iCalendar (RFC 5545) file',
              content: { 'text/calendar': { schema: { type: 'string' } } },
            },
            ...problemResponses(404, 422),
          },
        },
      },
      async (request, reply) => {
        const language = exportLanguage(request, request.query.lang);
        const ownerOf: CalendarOwner = { kind: owner.kind, id: request.params.id };
        const { name, events } = await calendarOf(app.database.db, ownerOf, language);
        const body = calendarFeed(name, events, {
          language,
          pageUrl: (kind, id) => `${app.publicUrl}/${kind === 'meeting' ? 'meetings' : 'events'}/${id}`,
        });
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', `inline; filename="calendar.ics"`)
          .header('vary', 'accept-language')
          .send(body);
      },
    );
  }
};
