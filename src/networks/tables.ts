import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.ts';
import { agreements } from '../agreements/tables.ts';
import { organizations } from '../organizations/tables.ts';
import type { DeclarationStatus } from './declaration-rules.ts';

/**
 * An agreement a member declared to a network it belongs to, and the network's word on it
 * (declaration-rules.ts): one row per agreement and network.
 */
export const agreementDeclarations = pgTable(
  'agreement_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id')
      .notNull()
      .references(() => organizations.id),
    /** The member (a party of the agreement) whose officer recorded it. */
    declaredById: uuid('declared_by_id')
      .notNull()
      .references(() => organizations.id),
    status: text('status').$type<DeclarationStatus>().notNull(),
    /** Why it was returned (or its validation withdrawn): what the member is to correct. */
    reason: text('reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('agreement_declarations_agreement_network').on(table.agreementId, table.networkId),
    // A network's lists, filtered on its word: validated, or waiting for it.
    index('agreement_declarations_network_status_idx').on(table.networkId, table.status, table.agreementId),
  ],
);

/**
 * Who admits and excludes a network's members: its secretariat, or one of its bodies by a resolution
 * (the charter's word). A network without a row is decided by its secretariat.
 */
export const networkRules = pgTable(
  'network_rules',
  {
    networkId: uuid('network_id')
      .primaryKey()
      .references(() => organizations.id),
    admissionBy: text('admission_by').$type<'secretariat' | 'body'>().notNull(),
    /** The body whose resolution admits or excludes, when `admissionBy` is `body`. */
    admissionBodyId: uuid('admission_body_id').references(() => organizations.id),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('network_rules_admission_by', sql`${table.admissionBy} IN ('secretariat', 'body')`),
    check(
      'network_rules_admission_body',
      sql`(${table.admissionBy} = 'body') = (${table.admissionBodyId} IS NOT NULL)`,
    ),
  ],
);
