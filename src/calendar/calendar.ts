import { and, asc, eq, exists, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { eventParticipants, events } from '../events/tables.ts';
import { organizations } from '../organizations/tables.ts';
import { membershipInForce } from '../people/in-force.ts';
import { memberships, people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
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
  return {
    name,
    events: rows.map(({ placeName, placeNames, startDate, ...event }) => ({
      ...event,
      startDate: startDate!,
      location: placeName
        ? (pickLocalized((placeNames ?? {}) as LocalizedText, language) ?? placeName)
        : null,
    })),
  };
}
