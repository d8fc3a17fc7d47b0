import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { places } from '../places/tables.ts';
import type { LocalizedText } from '../shared/localized.ts';
import type { OrganizationKind } from './kinds.ts';

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<OrganizationKind>().notNull(),
    /** For local authorities: commune, municipality, province, wilaya, daira… */
    subkind: text('subkind'),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    /** Other spellings met in sources (Amkala / Amgala), searched like the names. */
    alternateNames: text('alternate_names').array().notNull().default(sql`'{}'::text[]`),
    /** Normalized names and alternate names, space-joined: what search matches against. */
    searchText: text('search_text').notNull().default(''),
    acronym: text('acronym'),
    countryCode: text('country_code'),
    placeId: uuid('place_id').references(() => places.id),
    /** The organization this one belongs to: a council's network, a daira's wilaya. */
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    website: text('website'),
    foundedOn: date('founded_on', { mode: 'string' }),
    /** Bumped by every change to the record: its ETag, compared with If-Match so no edit overwrites an unseen one. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Lists page by id: each filter is followed by the id, so a filtered page is read in order.
    index('organizations_kind_idx').on(table.kind, table.id),
    index('organizations_country_idx').on(table.countryCode, table.id),
    index('organizations_place_idx').on(table.placeId),
    index('organizations_parent_idx').on(table.parentId),
    // Name search (LIKE '%…%' and word similarity), and the agreements list's search by party name.
    index('organizations_search_trigram_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
  ],
);
