import { sql } from 'drizzle-orm';
import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../shared/localized.ts';

export const places = pgTable(
  'places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    geonamesId: integer('geonames_id').unique(),
    name: text('name').notNull(),
    /** Curated display names per language (ar, fr, en…); GeoNames alternate names carry no language. */
    names: jsonb('names').$type<LocalizedText>().notNull().default({}),
    countryCode: text('country_code').notNull(),
    /** GeoNames' alternate country codes (cc2), e.g. EH for places it files under MA. */
    otherCountryCodes: text('other_country_codes').array().notNull().default(sql`'{}'::text[]`),
    admin1Code: text('admin1_code'),
    admin2Code: text('admin2_code'),
    featureCode: text('feature_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    population: bigint('population', { mode: 'number' }).notNull().default(0),
    /** Metres above sea level (GeoNames' elevation, else its terrain model's), for the climate of a place. */
    elevation: integer('elevation'),
    timezone: text('timezone'),
    /** Why this place exists when GeoNames lacks it (Amgala, Mejik…). */
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('places_country_idx').on(table.countryCode),
    // Agreements by country find the places GeoNames files under another code too (EH).
    index('places_other_country_codes_idx').using('gin', table.otherCountryCodes),
  ],
);

/** Every spelling of a place, normalized for search (one row per distinct normalized key). */
export const placeNames = pgTable(
  'place_names',
  {
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id, { onDelete: 'cascade' }),
    normalized: text('normalized').notNull(),
    name: text('name').notNull(),
    /** `geonames` for imported names, `curated` for names added in Jumelage. */
    origin: text('origin').notNull(),
    /**
     * The name's consonant skeleton (phonetic.ts), shared by its spellings in other scripts; null
     * until computed for names stored before it existed (filled at start).
     */
    phonetic: text('phonetic'),
    /** The finer phonetic spelling (semivowels and h kept), to find the closest spellings of a skeleton first. */
    phoneticSpelling: text('phonetic_spelling'),
    /** The place's importance (ranking.ts: population and administrative rank), copied here to order names by it. */
    importance: real('importance').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.placeId, table.normalized] }),
    // A key's names in the order look-ups take them (the most important first, then by place): the
    // first sixty of a short skeleton shared by thousands are read, not all of them.
    index('place_names_phonetic_idx').on(table.phonetic, table.importance.desc(), table.placeId),
    index('place_names_phonetic_spelling_idx').on(
      table.phoneticSpelling,
      table.importance.desc(),
      table.placeId,
    ),
    // Names beginning with what is typed, and whole names, without the trigram index.
    index('place_names_prefix_idx').on(table.normalized.op('text_pattern_ops')),
  ],
);
