import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.ts';
import { organizations } from '../organizations/tables.ts';
import type { PartnerRequestKind, PartnerRequestStatus, PartnerRequestVisibility } from './board-rules.ts';

/** What a local authority offers or seeks, published on the partner-request board. */
export const partnerRequests = pgTable(
  'partner_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: text('kind').$type<PartnerRequestKind>().notNull(),
    status: text('status').$type<PartnerRequestStatus>().notNull().default('open'),
    /** Public, or members: signed-in members of a network the authority belongs to. */
    visibility: text('visibility').$type<PartnerRequestVisibility>().notNull().default('public'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    /** World regions (continents) it looks to; none means anywhere. */
    regions: text('regions').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /** The last day it stands; past it, it is no longer answered. */
    until: date('until', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('partner_requests_organization_idx').on(table.organizationId),
    index('partner_requests_status_idx').on(table.status, table.createdAt, table.id),
  ],
);

/** How a request's status moved: who closed, reopened or withdrew it, and when. */
export const partnerRequestTransitions = pgTable(
  'partner_request_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => partnerRequests.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<PartnerRequestStatus>(),
    toStatus: text('to_status').$type<PartnerRequestStatus>().notNull(),
    actor: text('actor').notNull(),
    reason: text('reason').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('partner_request_transitions_request_idx').on(table.requestId)],
);

/** Another authority's answer to a request, read by those who act for either side. */
export const partnerRequestAnswers = pgTable(
  'partner_request_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => partnerRequests.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    message: text('message').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('partner_request_answers_request_idx').on(table.requestId, table.createdAt),
    index('partner_request_answers_organization_idx').on(table.organizationId),
  ],
);
