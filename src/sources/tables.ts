import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { WithdrawableStatus } from '../shared/withdrawal.ts';

/** Where a fact comes from: a press article, an official document, a person's account. */
export const sources = pgTable(
  'sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    url: text('url'),
    title: text('title').notNull(),
    publisher: text('publisher'),
    publishedOn: date('published_on', { mode: 'string' }),
    language: text('language').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The list's order, latest first (read backwards).
  (table) => [index('sources_recorded_idx').on(table.createdAt, table.id)],
);

/** A record citing a source, with the passage that supports it. */
export const citations = pgTable(
  'citations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => sources.id),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    quote: text('quote'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Current, or withdrawn (the source does not say it after all): kept, with who withdrew it, when and why. */
    status: text('status').$type<WithdrawableStatus>().notNull().default('current'),
    withdrawnBy: text('withdrawn_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
  },
  (table) => [
    index('citations_entity_idx').on(table.entityType, table.entityId),
    // Whether a source may be read asks which records cite it.
    index('citations_source_idx').on(table.sourceId),
  ],
);
