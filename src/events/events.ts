import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { organizations } from '../organizations/tables.ts';
import { people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate, assertDateOrder } from '../shared/dates.ts';
import { NotFoundError, ValidationError } from '../shared/errors.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import { assertLocalizedText } from '../shared/validate.ts';
import { cite, listCitations } from '../sources/sources.ts';
import type { EventDetail, EventInput, EventPage } from './schemas.ts';
import { eventParticipants, events } from './tables.ts';

export {
  EVENT_KINDS,
  EVENT_STATUSES,
  type EventKind,
  type EventStatus,
  PARTICIPANT_ROLES,
  type ParticipantRole,
} from './rules.ts';
export type { Event, EventDetail, EventInput, ParticipantInput } from './schemas.ts';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export async function createEvent(tx: Database, actingAs: ActingAs, input: EventInput): Promise<EventDetail> {
  assertLocalizedText(input.title, '/title', true);
  assertLocalizedText(input.description, '/description', false);
  assertDate(input.startDate, '/startDate');
  assertDate(input.endDate, '/endDate');
  assertDateOrder(input.startDate, input.endDate, '/endDate');
  if (input.timezone && !isTimeZone(input.timezone))
    throw new ValidationError('event.timezone_invalid', { value: input.timezone }, '/timezone');
  if (input.placeId) {
    const [place] = await tx.select({ id: places.id }).from(places).where(eq(places.id, input.placeId));
    if (!place) throw new ValidationError('place.not_found', { id: input.placeId }, '/placeId');
  }
  const participants = input.participants ?? [];
  const organizationIds = [input.organizerId, ...participants.map((p) => p.organizationId)].filter(
    (id): id is string => Boolean(id),
  );
  const personIds = participants.map((p) => p.personId).filter((id): id is string => Boolean(id));
  const knownOrganizations = new Set(
    organizationIds.length
      ? (
          await tx
            .select({ id: organizations.id })
            .from(organizations)
            .where(inArray(organizations.id, organizationIds))
        ).map((r) => r.id)
      : [],
  );
  const knownPeople = new Set(
    personIds.length
      ? (await tx.select({ id: people.id }).from(people).where(inArray(people.id, personIds))).map(
          (r) => r.id,
        )
      : [],
  );
  if (input.organizerId && !knownOrganizations.has(input.organizerId)) {
    throw new ValidationError('organization.not_found', { id: input.organizerId }, '/organizerId');
  }
  participants.forEach((participant, index) => {
    if (!participant.personId && !participant.organizationId) {
      throw new ValidationError('participant.person_or_organization', `/participants/${index}`);
    }
    if (participant.personId && !knownPeople.has(participant.personId)) {
      throw new ValidationError(
        'person.not_found',
        { id: participant.personId },
        `/participants/${index}/personId`,
      );
    }
    if (participant.organizationId && !knownOrganizations.has(participant.organizationId)) {
      throw new ValidationError(
        'organization.not_found',
        { id: participant.organizationId },
        `/participants/${index}/organizationId`,
      );
    }
  });
  const [row] = await tx
    .insert(events)
    .values({
      kind: input.kind,
      title: input.title,
      description: input.description ?? {},
      status: input.status ?? 'held',
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      timezone: input.timezone ?? null,
      placeId: input.placeId ?? null,
      organizerId: input.organizerId ?? null,
    })
    .returning();
  const eventId = row!.id;
  if (participants.length) {
    await tx.insert(eventParticipants).values(
      participants.map((participant) => ({
        eventId,
        personId: participant.personId ?? null,
        organizationId: participant.organizationId ?? null,
        role: participant.role,
      })),
    );
  }
  for (const [index, citation] of (input.sources ?? []).entries()) {
    await cite(tx, actingAs, 'event', eventId, citation, `/sources/${index}`);
  }
  const detail = await getEvent(tx, eventId);
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'event',
    entityId: eventId,
    after: detail,
  });
  return detail;
}

export async function getEvent(db: Database, id: string): Promise<EventDetail> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  if (!row) throw new NotFoundError('event.not_found', { id });
  const participants = await db
    .select()
    .from(eventParticipants)
    .where(eq(eventParticipants.eventId, id))
    .orderBy(asc(eventParticipants.role), asc(eventParticipants.id));
  const citations = await listCitations(db, 'event', [id]);
  const { createdAt: _c, updatedAt: _u, ...event } = row;
  return {
    ...event,
    participants: participants.map(({ eventId: _e, ...participant }) => participant),
    sources: citations.get(id) ?? [],
  };
}

/** Whether an event exists: sources are cited for existing ones only. */
export async function eventExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.id, id));
  return Boolean(row);
}

export async function listEvents(
  db: Database,
  query: { limit?: number; cursor?: string },
): Promise<EventPage> {
  const limit = pageSize(query.limit);
  const conditions: SQL[] = [];
  const cursor = decodeCursor(query.cursor, ['uuid']);
  if (cursor) conditions.push(gt(events.id, String(cursor[0])));
  const rows = await db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(({ createdAt: _c, updatedAt: _u, ...event }) => event);
  return { items, nextCursor: rows.length > limit ? encodeCursor([items.at(-1)!.id]) : null };
}
