import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/tables.ts';
import type { LocalizedText } from '../shared/localized.ts';
import type { FeePeriod, MembershipAction, MembershipStatus } from './membership-lifecycle.ts';

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The name as the person writes it, in Latin script when they have one. */
    name: text('name').notNull(),
    /** The name in other scripts (ar: فاطمة سيدة). */
    names: jsonb('names').$type<LocalizedText>().notNull().default({}),
    /** Other spellings met in sources (Boutomilat / Boutmilat). */
    alternateNames: text('alternate_names').array().notNull().default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull().default(''),
    gender: text('gender'),
    email: text('email'),
    phone: text('phone'),
    /** Bumped by every change to the record: its ETag, compared with If-Match so no edit overwrites an unseen one. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Name search: LIKE '%…%' and word similarity.
  (table) => [index('people_search_trigram_idx').using('gin', sql`${table.searchText} gin_trgm_ops`)],
);

/** A position in an organization (Popolo Post): mayor of Banjul, wali of Auserd. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: text('role').notNull(),
    label: jsonb('label').$type<LocalizedText>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('posts_organization_idx').on(table.organizationId)],
);

/**
 * Membership (Popolo): a person, or an organization, belonging to an organization,
 * optionally in a post, from a date to a date.
 */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    personId: uuid('person_id').references(() => people.id),
    memberOrganizationId: uuid('member_organization_id').references(() => organizations.id),
    postId: uuid('post_id').references(() => posts.id),
    role: text('role').notNull(),
    label: jsonb('label').$type<LocalizedText>().notNull().default({}),
    /** Changed only through membership-lifecycle.ts: a membership grants nothing until both sides agree. */
    status: text('status').$type<MembershipStatus>().notNull().default('active'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** An optional fee, in minor units of its ISO 4217 currency, due each period. */
    feeAmountMinor: bigint('fee_amount_minor', { mode: 'number' }),
    feeCurrency: text('fee_currency'),
    feePeriod: text('fee_period').$type<FeePeriod>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // The members of an organization, people or organizations, each in id order: a list of members
    // (people?organization=, organizations?network=) reads a page from here without sorting.
    index('memberships_organization_member_idx').on(table.organizationId, table.memberOrganizationId),
    index('memberships_organization_person_idx').on(table.organizationId, table.personId),
    index('memberships_person_idx').on(table.personId),
    index('memberships_member_organization_idx').on(table.memberOrganizationId),
    check(
      'memberships_status',
      sql`${table.status} IN ('applied', 'invited', 'active', 'suspended', 'declined', 'left', 'excluded', 'ended')`,
    ),
    check(
      'memberships_fee',
      sql`(${table.feeAmountMinor} IS NULL) = (${table.feeCurrency} IS NULL)
        AND (${table.feeAmountMinor} IS NULL) = (${table.feePeriod} IS NULL)
        AND (${table.feeAmountMinor} IS NULL OR ${table.feeAmountMinor} >= 0)
        AND (${table.feeCurrency} IS NULL OR ${table.feeCurrency} ~ '^[A-Z]{3}$')
        AND (${table.feePeriod} IS NULL OR ${table.feePeriod} IN ('monthly', 'quarterly', 'yearly', 'one_off'))`,
    ),
    check(
      'memberships_one_member',
      sql`(${table.personId} IS NULL) <> (${table.memberOrganizationId} IS NULL)`,
    ),
    check(
      'memberships_dates_ordered',
      sql`${table.endDate} IS NULL OR ${table.startDate} IS NULL OR ${table.endDate} >= ${table.startDate}`,
    ),
  ],
);

/**
 * Each step a membership took (applied, admitted, suspended, reinstated, left, excluded…), with the
 * date it took effect and, where a body decided it, the decision (governance `decisions.id`; not a
 * foreign key, as governance's tables build on these).
 */
export const membershipTransitions = pgTable(
  'membership_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    /** Null for the step that created the membership. */
    fromStatus: text('from_status').$type<MembershipStatus>(),
    toStatus: text('to_status').$type<MembershipStatus>().notNull(),
    action: text('action').$type<MembershipAction | 'create'>().notNull(),
    decisionId: uuid('decision_id'),
    reason: text('reason'),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    /** As the audit log names actors (`user:…`, `system`). */
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('membership_transitions_membership_idx').on(table.membershipId, table.at),
    index('membership_transitions_decision_idx').on(table.decisionId),
  ],
);

/** A membership fee due for one period (`2026`, `2026-Q1`, `2026-03`), and whether it was paid. */
export const membershipDues = pgTable(
  'membership_dues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('membership_dues_membership_period').on(table.membershipId, table.period),
    check('membership_dues_amount', sql`${table.amountMinor} >= 0`),
    check('membership_dues_currency', sql`${table.currency} ~ '^[A-Z]{3}$'`),
  ],
);
