import { randomUUID } from 'node:crypto';
import { type DatabaseHandle, inRawTransaction, type RawQuery } from '../db/client.ts';
import { afterBulkLoad, checkpointIfNeeded } from '../db/upkeep.ts';
import { distinctNormalizedNames } from '../shared/names.ts';
import { type GeonamesRecord, readGeonamesFile } from './geonames-file.ts';
import { phoneticKey, phoneticSpelling } from './phonetic.ts';
import { importance } from './ranking.ts';

export interface ImportPlacesOptions {
  /** Import only these ISO 3166-1 countries (a place matches on its country or its alternate codes). */
  countries?: string[];
  /** Import only these GeoNames ids. */
  geonamesIds?: number[];
  batchSize?: number;
  file?: string;
  onProgress?: (progress: { linesRead: number; placesImported: number }) => void;
}

export interface ImportPlacesResult {
  placesImported: number;
  namesImported: number;
}

// Same definitions as in migrations 0002, 0028 and 0030: a whole-gazetteer import drops them and builds
// them once at the end, which is several times faster than maintaining them row by row.
const NAME_INDEXES: Record<string, string> = {
  place_names_trigram_idx: 'USING gin (normalized gin_trgm_ops)',
  place_names_phonetic_idx: 'USING btree (phonetic, importance DESC NULLS LAST, place_id)',
  place_names_phonetic_spelling_idx: 'USING btree (phonetic_spelling, importance DESC NULLS LAST, place_id)',
  place_names_prefix_idx: 'USING btree (normalized text_pattern_ops)',
};

/**
 * Imports GeoNames places and their alternate names. Idempotent: places are upserted by
 * GeoNames id and their imported names replaced, so an interrupted import can simply be rerun.
 * Each batch is one transaction.
 */
export async function importPlaces(
  handle: DatabaseHandle,
  options: ImportPlacesOptions = {},
): Promise<ImportPlacesResult> {
  const batchSize = options.batchSize ?? 5000;
  const countries = options.countries ? new Set(options.countries.map((code) => code.toUpperCase())) : null;
  const ids = options.geonamesIds ? new Set(options.geonamesIds) : null;
  const wholeFile = !countries && !ids;
  // A whole import loads faster without the trigram index, rebuilt after; dropping it needs the
  // table's owner, so the serving role (README: Database roles) keeps the index as it loads.
  const rebuildIndex = wholeFile && (await ownsPlaceNames(handle));
  if (rebuildIndex)
    await inRawTransaction(handle, async (query) => {
      for (const name of Object.keys(NAME_INDEXES)) await query(`DROP INDEX IF EXISTS ${name}`);
    });

  const result: ImportPlacesResult = { placesImported: 0, namesImported: 0 };
  let linesRead = 0;
  let batch: GeonamesRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    result.namesImported += await inRawTransaction(handle, (query) => upsertBatch(query, records));
    result.placesImported += records.length;
    // PGlite has no checkpointer: without one now and then, the whole import stays in its log.
    await checkpointIfNeeded(handle);
    options.onProgress?.({ linesRead, placesImported: result.placesImported });
  };
  try {
    for await (const record of readGeonamesFile(options.file)) {
      linesRead++;
      if (ids && !ids.has(record.geonamesId)) continue;
      if (
        countries &&
        !countries.has(record.countryCode) &&
        !record.otherCountryCodes.some((code) => countries.has(code))
      ) {
        continue;
      }
      batch.push(record);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    if (rebuildIndex)
      await inRawTransaction(handle, async (query) => {
        for (const [name, definition] of Object.entries(NAME_INDEXES))
          await query(`CREATE INDEX IF NOT EXISTS ${name} ON place_names ${definition}`);
      });
  }
  // The planner's statistics, once enough rows arrived to change its plans (a few places for the
  // demo do not); PGlite would never gather them otherwise.
  if (result.placesImported >= STATISTICS_AFTER_PLACES)
    await afterBulkLoad(handle, ['places', 'place_names']);
  return result;
}

const STATISTICS_AFTER_PLACES = 1000;
const AIRPORT_CODE = /^[A-Z]{3,4}$/;

/** A name's phonetic keys; airport and other codes (BOM, PBM) are no spelling of the place and have none. */
function phoneticKeysOf(name: string, normalized: string): { phonetic: string; spelling: string } {
  if (AIRPORT_CODE.test(name)) return { phonetic: '', spelling: '' };
  return { phonetic: phoneticKey(normalized), spelling: phoneticSpelling(normalized) };
}

async function ownsPlaceNames(handle: DatabaseHandle): Promise<boolean> {
  const { rows } = await inRawTransaction(handle, (query) =>
    query(
      `SELECT pg_has_role(current_user, relowner, 'MEMBER') AS owns FROM pg_class WHERE oid = 'place_names'::regclass`,
    ),
  );
  return rows[0]?.owns === true;
}

async function upsertBatch(query: RawQuery, records: GeonamesRecord[]): Promise<number> {
  const { rows } = await query(
    `INSERT INTO places (id, geonames_id, name, country_code, other_country_codes, admin1_code, admin2_code,
                         feature_code, latitude, longitude, population, timezone, elevation)
     SELECT id, geonames_id, name, country_code, string_to_array(other_country_codes, ','), admin1_code, admin2_code,
            feature_code, latitude, longitude, population, timezone, elevation
     FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                 $9::float8[], $10::float8[], $11::bigint[], $12::text[], $13::int[])
          AS batch(id, geonames_id, name, country_code, other_country_codes, admin1_code, admin2_code, feature_code,
                   latitude, longitude, population, timezone, elevation)
     ON CONFLICT (geonames_id) DO UPDATE SET
       name = excluded.name, country_code = excluded.country_code, other_country_codes = excluded.other_country_codes,
       admin1_code = excluded.admin1_code, admin2_code = excluded.admin2_code, feature_code = excluded.feature_code,
       latitude = excluded.latitude, longitude = excluded.longitude, population = excluded.population,
       timezone = excluded.timezone, elevation = excluded.elevation, updated_at = now()
     RETURNING id, geonames_id`,
    [
      records.map(() => randomUUID()),
      records.map((record) => record.geonamesId),
      records.map((record) => record.name),
      records.map((record) => record.countryCode),
      records.map((record) => record.otherCountryCodes.join(',')),
      records.map((record) => record.admin1Code),
      records.map((record) => record.admin2Code),
      records.map((record) => record.featureCode),
      records.map((record) => record.latitude),
      records.map((record) => record.longitude),
      records.map((record) => record.population),
      records.map((record) => record.timezone),
      records.map((record) => record.elevation),
    ],
  );
  const placeIdByGeonamesId = new Map(rows.map((row) => [Number(row.geonames_id), String(row.id)]));
  const placeIds: string[] = [];
  const normalizedNames: string[] = [];
  const originalNames: string[] = [];
  const phoneticKeys: string[] = [];
  const phoneticSpellings: string[] = [];
  const importances: number[] = [];
  for (const record of records) {
    const placeId = placeIdByGeonamesId.get(record.geonamesId)!;
    const placeImportance = importance(record.population, record.featureCode);
    for (const { name, normalized } of distinctNormalizedNames([
      record.name,
      record.asciiName,
      ...record.alternateNames,
    ])) {
      placeIds.push(placeId);
      normalizedNames.push(normalized);
      originalNames.push(name);
      const keys = phoneticKeysOf(name, normalized);
      phoneticKeys.push(keys.phonetic);
      phoneticSpellings.push(keys.spelling);
      importances.push(placeImportance);
    }
  }
  await query(`DELETE FROM place_names WHERE origin = 'geonames' AND place_id = ANY($1::uuid[])`, [
    [...placeIdByGeonamesId.values()],
  ]);
  await query(
    `INSERT INTO place_names (place_id, normalized, name, origin, phonetic, phonetic_spelling, importance)
     SELECT place_id, normalized, name, 'geonames', phonetic, phonetic_spelling, importance
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::real[])
          AS n(place_id, normalized, name, phonetic, phonetic_spelling, importance)
     ON CONFLICT (place_id, normalized) DO NOTHING`,
    [placeIds, normalizedNames, originalNames, phoneticKeys, phoneticSpellings, importances],
  );
  return placeIds.length;
}

/**
 * Computes the phonetic keys of names stored before they existed (or by an older version), in
 * batches; returns how many it filled. Quick when there are none: one look through an index.
 */
/**
 * Gives the places imported before elevations were kept theirs, read again from the GeoNames file:
 * one pass over it, updating in batches only the places that lack one. Answers how many were given one.
 */
export async function fillElevations(
  handle: DatabaseHandle,
  options: { file?: string; batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 10_000;
  let filled = 0;
  let batch: GeonamesRecord[] = [];
  const flush = async () => {
    const records = batch.filter((record) => record.elevation !== null);
    batch = [];
    if (records.length === 0) return;
    filled += await inRawTransaction(handle, async (query) => {
      const { rows } = await query(
        `UPDATE places p SET elevation = e.elevation
         FROM unnest($1::int[], $2::int[]) AS e(geonames_id, elevation)
         WHERE p.geonames_id = e.geonames_id AND p.elevation IS NULL
         RETURNING p.id`,
        [records.map((record) => record.geonamesId), records.map((record) => record.elevation)],
      );
      return rows.length;
    });
    await checkpointIfNeeded(handle);
  };
  for await (const record of readGeonamesFile(options.file)) {
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return filled;
}

export async function fillPhoneticKeys(handle: DatabaseHandle, batchSize = 20_000): Promise<number> {
  let filled = 0;
  for (;;) {
    const count = await inRawTransaction(handle, async (query) => {
      const { rows } = await query(
        `SELECT n.place_id, n.name, n.normalized, p.population, p.feature_code
         FROM place_names n JOIN places p ON p.id = n.place_id WHERE n.phonetic IS NULL LIMIT ${batchSize}`,
      );
      if (rows.length === 0) return 0;
      await query(
        `UPDATE place_names n
         SET phonetic = k.phonetic, phonetic_spelling = k.phonetic_spelling, importance = k.importance
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::real[])
              AS k(place_id, normalized, phonetic, phonetic_spelling, importance)
         WHERE n.place_id = k.place_id AND n.normalized = k.normalized`,
        [
          rows.map((row) => String(row.place_id)),
          rows.map((row) => String(row.normalized)),
          rows.map((row) => phoneticKeysOf(String(row.name), String(row.normalized)).phonetic),
          rows.map((row) => phoneticKeysOf(String(row.name), String(row.normalized)).spelling),
          rows.map((row) =>
            importance(Number(row.population ?? 0), (row.feature_code as string | null) ?? null),
          ),
        ],
      );
      return rows.length;
    });
    filled += count;
    if (count < batchSize) break;
    await checkpointIfNeeded(handle);
  }
  if (filled >= STATISTICS_AFTER_PLACES) await afterBulkLoad(handle, ['place_names']);
  return filled;
}
