import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/tables.ts';
import { people } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import type { LocalizedText } from '../shared/localized.ts';
import type { EventKind, EventStatus, ParticipantRole } from './rules.ts';

/** Ceremonies, symposiums, launches, visits and delegations. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<EventKind>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    status: text('status').$type<EventStatus>().notNull().default('held'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** The local times of the first and last day (HH:MM) in `timezone`; none for an all-day event. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    /** An IANA time zone, the one the times are given in. */
    timezone: text('timezone'),
    /** Why the event is held or the delegation travels. */
    purpose: jsonb('purpose').$type<LocalizedText>().notNull().default({}),
    placeId: uuid('place_id').references(() => places.id),
    organizerId: uuid('organizer_id').references(() => organizations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Bumped by every change: the ETag compared with If-Match, and the calendar feed's SEQUENCE. */
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('events_start_idx').on(table.startDate),
    // A place's events.
    index('events_place_idx').on(table.placeId),
  ],
);

export const eventParticipants = pgTable(
  'event_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    role: text('role').$type<ParticipantRole>().notNull(),
  },
  (table) => [
    index('event_participants_event_idx').on(table.eventId),
    // A person's and an organization's pages list the events they took part in.
    index('event_participants_person_idx').on(table.personId),
    index('event_participants_organization_idx').on(table.organizationId),
  ],
);
