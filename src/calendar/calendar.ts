import { and, asc, eq, exists, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { eventParticipants, events } from '../events/tables.ts';
import { bodyMandates, meetings } from '../governance/tables.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships, people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import { wallClock } from '../shared/dates.ts';
import { NotFoundError } from '../shared/errors.ts';
import { type LocalizedText, pickLocalized } from '../shared/localized.ts';
import type { FeedEvent } from './feed.ts';

/** Whose calendar: a network (its own events and its members'), an organization, or a person. */
export type CalendarOwner = { kind: 'network' | 'organization' | 'person'; id: string };

const MAX_EVENTS = 2000;

/** The organizations whose events a network's or organization's calendar carries. */
function organizationsOf(owner: CalendarOwner): SQL {
  if (owner.kind === 'network') {
    return sql`(SELECT ${owner.id}::uuid UNION SELECT ${memberships.memberOrganizationId} FROM ${memberships}
      WHERE ${memberships.organizationId} = ${owner.id} AND ${memberships.memberOrganizationId} IS NOT NULL
      AND ${membershipInForce()})`;
  }
  return sql`(SELECT ${owner.id}::uuid)`;
}

/**
 * The calendar's name and its dated events (events are public records): for an organization or a
 * network, those it (or, for a network, a member in force) organized or took part in; for a
 * person, those they took part in.
 */
export async function calendarOf(
  db: Database,
  owner: CalendarOwner,
  language: string,
): Promise<{ name: string; events: FeedEvent[] }> {
  let name: string;
  let concerned: SQL;
  if (owner.kind === 'person') {
    const [person] = await db
      .select({ name: people.name, names: people.names })
      .from(people)
      .where(eq(people.id, owner.id));
    if (!person) throw new NotFoundError('person.not_found', { id: owner.id });
    name = pickLocalized(person.names, language) ?? person.name;
    concerned = exists(
      db
        .select({ one: sql`1` })
        .from(eventParticipants)
        .where(and(eq(eventParticipants.eventId, events.id), eq(eventParticipants.personId, owner.id))),
    );
  } else {
    const [organization] = await db
      .select({ name: organizations.name, kind: organizations.kind })
      .from(organizations)
      .where(eq(organizations.id, owner.id));
    if (!organization || (owner.kind === 'network' && organization.kind !== 'network')) {
      throw new NotFoundError(owner.kind === 'network' ? 'network.not_found' : 'organization.not_found', {
        id: owner.id,
      });
    }
    name = pickLocalized(organization.name, language) ?? '';
    const ids = organizationsOf(owner);
    concerned = or(
      inArray(events.organizerId, ids),
      exists(
        db
          .select({ one: sql`1` })
          .from(eventParticipants)
          .where(
            and(eq(eventParticipants.eventId, events.id), inArray(eventParticipants.organizationId, ids)),
          ),
      ),
    )!;
  }
  const rows = await db
    .select({
      id: events.id,
      title: events.title,
      description: events.description,
      purpose: events.purpose,
      status: events.status,
      startDate: events.startDate,
      endDate: events.endDate,
      startTime: events.startTime,
      endTime: events.endTime,
      timezone: events.timezone,
      version: events.version,
      placeName: places.name,
      placeNames: places.names,
    })
    .from(events)
    .leftJoin(places, eq(places.id, events.placeId))
    .where(and(isNotNull(events.startDate), concerned))
    .orderBy(asc(events.startDate), asc(events.id))
    .limit(MAX_EVENTS);
  const registryEvents: FeedEvent[] = rows.map(({ placeName, placeNames, startDate, ...event }) => ({
    ...event,
    kind: 'event',
    startDate: startDate!,
    location: placeName ? (pickLocalized((placeNames ?? {}) as LocalizedText, language) ?? placeName) : null,
  }));
  return { name, events: [...registryEvents, ...(await meetingsOf(db, owner))] };
}

/**
 * The meetings a calendar carries, once convened (a draft is the secretariat's own): a network's,
 * of all its bodies; a body's own; a person's, of the bodies where they hold a seat on the day.
 */
async function meetingsOf(db: Database, owner: CalendarOwner): Promise<FeedEvent[]> {
  const concerned =
    owner.kind === 'network'
      ? inArray(
          meetings.bodyId,
          db.select({ id: organizations.id }).from(organizations).where(eq(organizations.parentId, owner.id)),
        )
      : owner.kind === 'organization'
        ? eq(meetings.bodyId, owner.id)
        : exists(
            db
              .select({ one: sql`1` })
              .from(bodyMandates)
              .where(
                and(
                  eq(bodyMandates.bodyId, meetings.bodyId),
                  eq(bodyMandates.personId, owner.id),
                  sql`${bodyMandates.startDate} <= (${meetings.startsAt} AT TIME ZONE ${meetings.timezone})::date`,
                  sql`(${bodyMandates.endDate} IS NULL OR ${bodyMandates.endDate} >= (${meetings.startsAt} AT TIME ZONE ${meetings.timezone})::date)`,
                ),
              ),
          );
  const rows = await db
    .select()
    .from(meetings)
    .where(and(ne(meetings.status, 'draft'), concerned))
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(MAX_EVENTS);
  return rows.map((meeting) => {
    const start = wallClock(meeting.startsAt, meeting.timezone);
    // A meeting without an announced end is put down for an hour, as calendar applications do.
    const end = wallClock(
      meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 60 * 60 * 1000),
      meeting.timezone,
    );
    const [startDate, startTime] = [start.slice(0, 10), start.slice(11, 16)];
    const [endDate, endTime] = [end.slice(0, 10), end.slice(11, 16)];
    return {
      id: meeting.id,
      kind: 'meeting',
      title: meeting.title,
      description: {},
      purpose: {},
      status:
        meeting.status === 'cancelled' ? 'cancelled' : meeting.status === 'convened' ? 'planned' : 'held',
      startDate,
      endDate,
      startTime,
      endTime,
      timezone: meeting.timezone,
      location: meeting.place ?? meeting.url,
      version: meeting.version,
    };
  });
}
