import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { places } from '../places/tables.ts';
import { sources } from '../sources/tables.ts';
import type { PlaceCandidate, ReviewReason } from './confidence.ts';
import type { ImportReviewStatus } from './review-rules.ts';

/** The other side of a pair held back by a name under review, as the file wrote it. */
export interface HeldPartner {
  name: string;
  country: string;
}

/**
 * A name an import could not resolve with confidence (several places alike, none, only close
 * spellings, an unknown country), with the candidates found and the pairs it holds back. Once
 * someone picks its place (or makes one), the held pairs are recorded and later imports of the
 * same name as written use that place.
 */
export const importReviews = pgTable(
  'import_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The name and its country as written, normalized and joined: one review per name a file writes. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    countryCode: text('country_code'),
    reason: text('reason').$type<ReviewReason>().notNull(),
    candidates: jsonb('candidates').$type<PlaceCandidate[]>().notNull().default([]),
    partners: jsonb('partners').$type<HeldPartner[]>().notNull().default([]),
    /** The source the held pairs are recorded with (the list the file came from). */
    sourceId: uuid('source_id').references(() => sources.id),
    status: text('status').$type<ImportReviewStatus>().notNull().default('open'),
    placeId: uuid('place_id').references(() => places.id),
    /** Who settled it (resolved or dismissed), and when. */
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** Why it was dismissed: its pairs are not imported. */
    dismissReason: text('dismiss_reason'),
    /** Bumped whenever an import changes what it shows, or a reviewer settles it: a decision names the version it was made on. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('import_reviews_key_idx').on(table.key),
    index('import_reviews_country_idx').on(table.countryCode, table.status),
    index('import_reviews_status_idx').on(table.status, table.createdAt, table.id),
  ],
);
