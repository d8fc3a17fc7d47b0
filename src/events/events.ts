import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { mayActFor, networksOfOrganizationJson } from '../accounts/scopes.ts';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import { outer } from '../db/json-rows.ts';
import { executePrepared } from '../db/prepared.ts';
import { organizations } from '../organizations/tables.ts';
import { people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import type { ActingAs } from '../shared/actor.ts';
import { assertDate, assertDateOrder } from '../shared/dates.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.ts';
import { assertLocalizedText } from '../shared/validate.ts';
import { assertVersion, type ExpectedVersion } from '../shared/versions.ts';
import { citationsFromJson, citationsJson, cite } from '../sources/sources.ts';
import {
  type EventTransition,
  nextEventStatus,
  PARTICIPANT_ROLES,
  type ParticipantRole,
  scheduleProblem,
} from './rules.ts';
import type { Event, EventChanges, EventDetail, EventInput } from './schemas.ts';
import { eventParticipants, events } from './tables.ts';

/** An event as stored and read, before it is told to a reader with what they may do with it. */
export type EventRecord = Omit<EventDetail, 'allowedActions'>;

export {
  EVENT_KINDS,
  EVENT_STATUSES,
  type EventKind,
  type EventStatus,
  PARTICIPANT_ROLES,
  type ParticipantRole,
} from './rules.ts';
export type { Event, EventChanges, EventDetail, EventInput, ParticipantInput } from './schemas.ts';

type EventFields = Omit<EventInput, 'sources' | 'status'>;

/** Checks an event's fields as they will be stored: texts, schedule, and that what it names exists. */
async function validateEvent(tx: Database, input: EventFields): Promise<void> {
  assertLocalizedText(input.title, '/title', true);
  assertLocalizedText(input.description, '/description', false);
  assertLocalizedText(input.purpose, '/purpose', false);
  assertDate(input.startDate, '/startDate');
  assertDate(input.endDate, '/endDate');
  assertDateOrder(input.startDate, input.endDate, '/endDate');
  const problem = scheduleProblem({
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    timezone: input.timezone ?? null,
  });
  if (problem) {
    throw new ValidationError(
      problem.key,
      problem.field === '/timezone' ? { value: input.timezone ?? '' } : {},
      problem.field,
    );
  }
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
}

async function insertParticipants(
  tx: Database,
  eventId: string,
  participants: EventInput['participants'],
): Promise<void> {
  if (!participants?.length) return;
  await tx.insert(eventParticipants).values(
    participants.map((participant) => ({
      eventId,
      personId: participant.personId ?? null,
      organizationId: participant.organizationId ?? null,
      role: participant.role,
    })),
  );
}

export async function createEvent(tx: Database, actingAs: ActingAs, input: EventInput): Promise<EventRecord> {
  await validateEvent(tx, input);
  // An event is put on its organizer's page and calendar: only by someone who acts for it.
  if (input.organizerId && !(await mayActFor(tx, actingAs, [input.organizerId]))) {
    throw new ForbiddenError('event.out_of_reach', '/organizerId');
  }
  const [row] = await tx
    .insert(events)
    .values({
      kind: input.kind,
      title: input.title,
      description: input.description ?? {},
      status: input.status ?? 'held',
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      timezone: input.timezone ?? null,
      purpose: input.purpose ?? {},
      placeId: input.placeId ?? null,
      organizerId: input.organizerId ?? null,
    })
    .returning();
  const eventId = row!.id;
  await insertParticipants(tx, eventId, input.participants);
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

// Participants in the order of their roles' list: who organized and hosted first, attendees last.
const ROLE_ORDER = sql.raw(`ARRAY[${PARTICIPANT_ROLES.map((role) => `'${role}'`).join(', ')}]::text[]`);

type NamedOrganizationJson = { id: string; kind: string; name: LocalizedText; country_code: string | null };

const namedOrganization = (json: NamedOrganizationJson | null) =>
  json ? { id: json.id, kind: json.kind, name: json.name, countryCode: json.country_code } : null;

/**
 * One event with its place, organizer, participants (named) and sources, in one statement, like
 * every record page. Events are public: every reader reads the same.
 */
export async function getEvent(db: Database, id: string): Promise<EventRecord> {
  return (await readEvent(db, id)).event;
}

/**
 * An event and the networks its organizer belongs to (what deciding who acts for it needs), read
 * in the same statement.
 */
export async function readEvent(
  db: Database,
  id: string,
): Promise<{ event: EventRecord; organizerNetworks: string[] }> {
  const [found] = await executePrepared(
    'event',
    db
      .select({
        row: events,
        place: sql<{ id: string; name: string; names: LocalizedText; country_code: string } | null>`(
          SELECT json_build_object('id', p.id, 'name', p.name, 'names', p.names, 'country_code', p.country_code)
          FROM places p WHERE p.id = ${outer(events.placeId)})`,
        organizer: sql<NamedOrganizationJson | null>`(
          SELECT json_build_object('id', o.id, 'kind', o.kind, 'name', o.name, 'country_code', o.country_code)
          FROM organizations o WHERE o.id = ${outer(events.organizerId)})`,
        participants: sql<
          Array<{
            id: string;
            person_id: string | null;
            organization_id: string | null;
            role: ParticipantRole;
            person: { id: string; name: string; names: LocalizedText } | null;
            organization: NamedOrganizationJson | null;
          }>
        >`coalesce((
          SELECT json_agg(json_build_object(
              'id', ep.id, 'person_id', ep.person_id, 'organization_id', ep.organization_id, 'role', ep.role,
              'person', CASE WHEN pe.id IS NULL THEN NULL
                ELSE json_build_object('id', pe.id, 'name', pe.name, 'names', pe.names) END,
              'organization', CASE WHEN o.id IS NULL THEN NULL
                ELSE json_build_object('id', o.id, 'kind', o.kind, 'name', o.name, 'country_code', o.country_code) END)
            ORDER BY array_position(${ROLE_ORDER}, ep.role), ep.id)
          FROM event_participants ep
          LEFT JOIN people pe ON pe.id = ep.person_id
          LEFT JOIN organizations o ON o.id = ep.organization_id
          WHERE ep.event_id = ${outer(events.id)}), '[]'::json)`,
        agreementParts: sql<
          Array<{
            agreement_id: string;
            agreement_title: LocalizedText;
            part_id: string;
            number: number;
            kind: string;
            title: LocalizedText;
            planned_from: string | null;
            planned_to: string | null;
            signed_on: string | null;
          }>
        >`coalesce((
          SELECT json_agg(json_build_object(
              'agreement_id', a.id, 'agreement_title', a.title, 'part_id', ap.id, 'number', ap.number,
              'kind', ap.kind, 'title', ap.title, 'planned_from', ap.planned_from, 'planned_to', ap.planned_to,
              'signed_on', ap.signed_on)
            ORDER BY a.id, ap.number)
          FROM agreement_parts ap
          JOIN agreements a ON a.id = ap.agreement_id
          WHERE ap.signing_event_id = ${outer(events.id)} AND a.visibility = 'public'), '[]'::json)`,
        sources: citationsJson('event', events.id),
        organizerNetworks: networksOfOrganizationJson(outer(events.organizerId)),
      })
      .from(events)
      .where(eq(events.id, id)),
  );
  if (!found) throw new NotFoundError('event.not_found', { id });
  const { createdAt: _c, updatedAt: _u, ...row } = found.row;
  const event: EventRecord = {
    ...row,
    place: found.place
      ? {
          id: found.place.id,
          name: found.place.name,
          names: found.place.names,
          countryCode: found.place.country_code,
        }
      : null,
    organizer: namedOrganization(found.organizer),
    participants: found.participants.map((participant) => ({
      id: participant.id,
      personId: participant.person_id,
      organizationId: participant.organization_id,
      role: participant.role,
      person: participant.person,
      organization: namedOrganization(participant.organization),
    })),
    agreementParts: found.agreementParts.map((part) => ({
      agreementId: part.agreement_id,
      agreementTitle: part.agreement_title,
      partId: part.part_id,
      number: part.number,
      kind: part.kind,
      title: part.title,
      plannedFrom: part.planned_from,
      plannedTo: part.planned_to,
      signedOn: part.signed_on,
    })),
    sources: citationsFromJson(found.sources),
  };
  return { event, organizerNetworks: found.organizerNetworks ?? [] };
}

/** The organizations an event is written for: its organizer, whose officers (or network) may change it. */
export async function organizerOfEvent(db: Database, id: string): Promise<string[]> {
  const [row] = await db.select({ organizerId: events.organizerId }).from(events).where(eq(events.id, id));
  return row?.organizerId ? [row.organizerId] : [];
}

async function lockEvent(tx: Database, id: string) {
  const [current] = await tx.select().from(events).where(eq(events.id, id)).for('update');
  if (!current) throw new NotFoundError('event.not_found', { id });
  return current;
}

/**
 * Changes some fields of an event (participants, when given, replace the list), bumping its
 * version. Whoever changes it must act for its organizer before (the route's rule) and after.
 */
export async function updateEvent(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  changes: EventChanges,
  expected?: ExpectedVersion,
): Promise<EventRecord> {
  const current = await lockEvent(tx, id);
  await assertActsForOrganizer(tx, actingAs, current.organizerId);
  assertVersion(expected, current.version);
  const before = await getEvent(tx, id);
  const merged: EventFields = {
    kind: changes.kind ?? current.kind,
    title: changes.title ?? current.title,
    description: changes.description ?? current.description,
    purpose: changes.purpose ?? current.purpose,
    startDate: changes.startDate === undefined ? current.startDate : changes.startDate,
    endDate: changes.endDate === undefined ? current.endDate : changes.endDate,
    startTime: changes.startTime === undefined ? current.startTime : changes.startTime,
    endTime: changes.endTime === undefined ? current.endTime : changes.endTime,
    timezone: changes.timezone === undefined ? current.timezone : changes.timezone,
    placeId: changes.placeId === undefined ? current.placeId : changes.placeId,
    organizerId: changes.organizerId === undefined ? current.organizerId : changes.organizerId,
    participants: changes.participants,
  };
  await validateEvent(tx, merged);
  const { participants, ...fields } = merged;
  await tx
    .update(events)
    .set({ ...fields, updatedAt: new Date(), version: current.version + 1 })
    .where(eq(events.id, id));
  if (participants) {
    await tx.delete(eventParticipants).where(eq(eventParticipants.eventId, id));
    await insertParticipants(tx, id, participants);
  }
  // As it will be: whoever changes an event still acts for its organizer afterwards.
  if (!(await mayActFor(tx, actingAs, fields.organizerId ? [fields.organizerId] : []))) {
    throw new ForbiddenError('event.out_of_reach', '/organizerId');
  }
  const after = await getEvent(tx, id);
  await recordChange(tx, actingAs, { action: 'update', entityType: 'event', entityId: id, before, after });
  return after;
}

/**
 * As it is, locked: whoever changes an event acts for its organizer (the route's rule read it before
 * the lock; an organizer changed meanwhile is decided on here).
 */
async function assertActsForOrganizer(tx: Database, actingAs: ActingAs, organizerId: string | null) {
  if (!(await mayActFor(tx, actingAs, organizerId ? [organizerId] : []))) {
    throw new ForbiddenError('event.out_of_reach');
  }
}

/** Takes a step of an event's life (rules.ts's table): holding or cancelling a planned event. */
export async function transitionEvent(
  tx: Database,
  actingAs: ActingAs,
  id: string,
  step: EventTransition,
  expected?: ExpectedVersion,
): Promise<EventRecord> {
  const current = await lockEvent(tx, id);
  await assertActsForOrganizer(tx, actingAs, current.organizerId);
  assertVersion(expected, current.version);
  const status = nextEventStatus(current.status, step);
  if (!status) {
    throw new ConflictError(
      'event.transition_not_allowed',
      { from: current.status, action: step },
      '/status',
    );
  }
  const before = await getEvent(tx, id);
  await tx
    .update(events)
    .set({ status, updatedAt: new Date(), version: current.version + 1 })
    .where(eq(events.id, id));
  const after = await getEvent(tx, id);
  await recordChange(tx, actingAs, { action: 'update', entityType: 'event', entityId: id, before, after });
  return after;
}

/** Whether an event exists: sources are cited for existing ones only. */
export async function eventExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.id, id));
  return Boolean(row);
}

export async function listEvents(
  db: Database,
  query: { limit?: number; cursor?: string },
): Promise<{ items: Event[]; nextCursor: string | null }> {
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
