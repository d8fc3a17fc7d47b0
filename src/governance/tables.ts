import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/tables.ts';
import { people } from '../people/tables.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { sources } from '../sources/tables.ts';
import type { AttendanceStatus } from './attendance.ts';
import type { InvitationStatus } from './invitation-rules.ts';
import type { MeetingMode, MeetingStatus, VoteStatus } from './lifecycle.ts';
import type { BodyPost, DecisionEffect, DecisionKind, MajorityRule } from './rules.ts';
import type { BallotMode, Outcome, VoteChoice, VoteMethod } from './voting.ts';

/** A body's rules (one row per body organization); a body without a row follows DEFAULT_BODY_RULES. */
export const bodyRules = pgTable(
  'body_rules',
  {
    bodyId: uuid('body_id')
      .primaryKey()
      .references(() => organizations.id),
    quorumKind: text('quorum_kind').$type<'count' | 'fraction'>().notNull(),
    quorumCount: integer('quorum_count'),
    quorumNumerator: integer('quorum_numerator'),
    quorumDenominator: integer('quorum_denominator'),
    ordinaryMajority: text('ordinary_majority').$type<MajorityRule>().notNull(),
    specialMajority: text('special_majority').$type<MajorityRule>().notNull(),
    proxiesAllowed: boolean('proxies_allowed').notNull(),
    maxProxiesPerMember: integer('max_proxies_per_member').notNull().default(0),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'body_rules_quorum',
      sql`(${table.quorumKind} = 'count' AND ${table.quorumCount} >= 1)
        OR (${table.quorumKind} = 'fraction' AND ${table.quorumDenominator} >= 1
          AND ${table.quorumNumerator} BETWEEN 1 AND ${table.quorumDenominator})`,
    ),
    check('body_rules_proxies', sql`${table.maxProxiesPerMember} >= 0`),
  ],
);

/** Seats of a body by category: 12 elected officials of member communes, 3 partner-institution representatives… */
export const bodySeats = pgTable(
  'body_seats',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organizations.id),
    /** A stable key for the category (elected_officials, partner_institutions, experts…). */
    category: text('category').notNull(),
    label: jsonb('label').$type<LocalizedText>().notNull().default({}),
    count: integer('count').notNull(),
  },
  (table) => [
    uniqueIndex('body_seats_body_category_idx').on(table.bodyId, table.category),
    check('body_seats_count', sql`${table.count} >= 1`),
  ],
);

/**
 * A mandate: a person holding a seat of a category, in a post (chair… or plain member), from a date
 * to a date. Vacancies are what the seat counts and the officer posts leave without a mandate in force.
 */
export const bodyMandates = pgTable(
  'body_mandates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organizations.id),
    seatId: uuid('seat_id')
      .notNull()
      .references(() => bodySeats.id),
    post: text('post').$type<BodyPost>().notNull().default('member'),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('body_mandates_body_idx').on(table.bodyId),
    index('body_mandates_person_idx').on(table.personId),
    check(
      'body_mandates_post',
      sql`${table.post} IN ('chair', 'vice_chair', 'secretary', 'treasurer', 'member')`,
    ),
    check(
      'body_mandates_dates_ordered',
      sql`${table.endDate} IS NULL OR ${table.endDate} >= ${table.startDate}`,
    ),
  ],
);

/** A meeting of a body. Its status changes only through lifecycle.ts. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organizations.id),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    mode: text('mode').$type<MeetingMode>().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    /** The IANA time zone the meeting is announced in (Africa/Dakar). */
    timezone: text('timezone').notNull(),
    place: text('place'),
    url: text('url'),
    status: text('status').$type<MeetingStatus>().notNull().default('draft'),
    /** The later meeting at which this one's minutes were approved. */
    minutesApprovedAtMeetingId: uuid('minutes_approved_at_meeting_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('meetings_body_starts_idx').on(table.bodyId, table.startsAt),
    check(
      'meetings_status',
      sql`${table.status} IN ('draft', 'convened', 'held', 'minutes_approved', 'cancelled')`,
    ),
    check('meetings_mode', sql`${table.mode} IN ('in_person', 'online', 'hybrid')`),
    check('meetings_times_ordered', sql`${table.endsAt} IS NULL OR ${table.endsAt} >= ${table.startsAt}`),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    text: jsonb('text').$type<LocalizedText>().notNull().default({}),
  },
  (table) => [index('agenda_items_meeting_idx').on(table.meetingId, table.position)],
);

/** Registrations and attendance: one row per person and meeting. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status').$type<AttendanceStatus>().notNull(),
    proxyHolderId: uuid('proxy_holder_id').references(() => people.id),
    /** Order of recording: the first proxies a holder was given are the ones that count. */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.personId] }),
    check(
      'meeting_attendance_status',
      sql`${table.status} IN ('registered', 'present', 'proxy', 'excused', 'absent')`,
    ),
    check(
      'meeting_attendance_proxy',
      sql`(${table.status} = 'proxy') = (${table.proxyHolderId} IS NOT NULL)`,
    ),
  ],
);

export const meetingMinutes = pgTable('meeting_minutes', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  text: jsonb('text').$type<LocalizedText>().notNull().default({}),
  documentUrl: text('document_url'),
  sourceId: uuid('source_id').references(() => sources.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A motion put to the body on an agenda item. */
export const motions = pgTable(
  'motions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    text: jsonb('text').$type<LocalizedText>().notNull(),
    /** Which majority of the body's rules applies. */
    decisionKind: text('decision_kind').$type<DecisionKind>().notNull().default('ordinary'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('motions_agenda_item_idx').on(table.agendaItemId)],
);

/**
 * A vote on a motion. Its counts and outcome are kept when it closes (or as the secretary recorded
 * a show of hands), with the quorum as it stood: the result does not move when attendance later does.
 */
export const voteEvents = pgTable(
  'vote_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    motionId: uuid('motion_id')
      .notNull()
      .references(() => motions.id, { onDelete: 'cascade' }),
    method: text('method').$type<VoteMethod>().notNull(),
    status: text('status').$type<VoteStatus>().notNull().default('open'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    yes: integer('yes'),
    no: integer('no'),
    abstain: integer('abstain'),
    quorumCounted: integer('quorum_counted'),
    quorumRequired: integer('quorum_required'),
    outcome: text('outcome').$type<Outcome>(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('vote_events_motion_idx').on(table.motionId),
    check('vote_events_status', sql`${table.status} IN ('open', 'closed')`),
    check('vote_events_method', sql`${table.method} IN ('roll_call', 'show_of_hands')`),
  ],
);

/** A member's vote: the primary key is what makes a second vote of the same member impossible. */
export const votes = pgTable(
  'votes',
  {
    voteEventId: uuid('vote_event_id')
      .notNull()
      .references(() => voteEvents.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => people.id),
    choice: text('choice').$type<VoteChoice>().notNull(),
    mode: text('mode').$type<BallotMode>().notNull(),
    castById: uuid('cast_by_id')
      .notNull()
      .references(() => people.id),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.voteEventId, table.memberId] }),
    check('votes_choice', sql`${table.choice} IN ('yes', 'no', 'abstain')`),
    check('votes_mode', sql`${table.mode} IN ('in_person', 'proxy')`),
  ],
);

/** What the body decided, and the record it decides on (an organization admitted, an agreement approved). */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    motionId: uuid('motion_id').references(() => motions.id),
    voteEventId: uuid('vote_event_id').references(() => voteEvents.id),
    text: jsonb('text').$type<LocalizedText>().notNull(),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    /** What the decision does to its record once adopted (admit a member…); null when it only records. */
    effect: text('effect').$type<DecisionEffect>(),
    /** When its effect was carried out on the record. */
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('decisions_meeting_idx').on(table.meetingId),
    index('decisions_entity_idx').on(table.entityType, table.entityId),
    check('decisions_entity', sql`(${table.entityType} IS NULL) = (${table.entityId} IS NULL)`),
    check(
      'decisions_effect',
      sql`${table.effect} IS NULL OR (${table.entityId} IS NOT NULL AND ${table.effect} IN ('admit_member', 'suspend_member', 'reinstate_member', 'exclude_member', 'approve_agreement'))`,
    ),
  ],
);

/**
 * An invitation to a meeting sent by email to one seat holder, for one round of convening
 * (`round`: 1 when convened, one more each time a changed meeting is sent again). The unique key is
 * what keeps a person from being sent the same round twice; the state is what the secretariat sees.
 */
export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    round: integer('round').notNull(),
    email: text('email'),
    status: text('status').$type<InvitationStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    jobId: uuid('job_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('meeting_invitations_round_idx').on(table.meetingId, table.round, table.personId),
    index('meeting_invitations_status_idx').on(table.status, table.createdAt),
    check(
      'meeting_invitations_status',
      sql`${table.status} IN ('queued', 'sending', 'sent', 'failed', 'no_address')`,
    ),
  ],
);
