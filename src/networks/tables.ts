import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
