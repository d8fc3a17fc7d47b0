import { sql } from 'drizzle-orm';
import { type Database, selectRows } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { normalizeName } from '../shared/names.ts';
import type { Place, PlaceMatch } from './schemas.ts';

export interface PlaceSearch {
  q: string;
  country?: string;
  limit: number;
}

/**
 * Finds places by any of their names in any script. Exact matches of the normalized
 * query come first, then names it begins, then close spellings; within each, the more
 * populous place first (Timbuktu the city before a hamlet of the same name).
 */
// Trigram similarity thresholds: strict first, which keeps the index scan small; the looser one
// only when the strict pass found no name equal to or beginning with the query (a typo, most likely).
const STRICT_SIMILARITY = 0.45;
const LOOSE_SIMILARITY = 0.3;

export async function searchPlaces(db: Database, search: PlaceSearch): Promise<PlaceMatch[]> {
  const normalized = normalizeName(search.q);
  if (!normalized) return [];
  let rows = await matchPlaces(db, normalized, search, STRICT_SIMILARITY);
  if (!rows.some((row) => Number(row.tier) >= 2))
    rows = await matchPlaces(db, normalized, search, LOOSE_SIMILARITY);
  return rows.map((row) => ({ ...placeFromRow(row), matchedName: String(row.matched_name) }));
}

async function matchPlaces(db: Database, normalized: string, search: PlaceSearch, threshold: number) {
  const country = search.country ?? null;
  return inTransaction(db, async (tx) => {
    // The % operator reads its threshold from this setting; SET LOCAL keeps it to this transaction.
    await tx.execute(sql.raw(`SET LOCAL pg_trgm.similarity_threshold = ${threshold}`));
    return selectRows(
      tx,
      sql`
      WITH matches AS (
        SELECT DISTINCT ON (place_id) place_id, name AS matched_name,
               CASE WHEN normalized = ${normalized} THEN 3 WHEN normalized LIKE ${`${normalized}%`} THEN 2 ELSE 1 END AS tier,
               similarity(normalized, ${normalized}) AS score
        FROM place_names
        WHERE normalized % ${normalized} OR normalized LIKE ${`${normalized}%`}
        ORDER BY place_id, tier DESC, score DESC
      )
      SELECT p.id, p.geonames_id, p.name, p.names, p.country_code, p.other_country_codes, p.admin1_code,
             p.feature_code, p.latitude, p.longitude, p.population, p.timezone, p.note, m.matched_name, m.tier
      FROM matches m JOIN places p ON p.id = m.place_id
      WHERE ${country}::text IS NULL OR p.country_code = ${country} OR ${country} = ANY (p.other_country_codes)
      ORDER BY m.tier DESC, CASE WHEN m.tier = 1 THEN m.score ELSE 0 END DESC, p.population DESC, p.id
      LIMIT ${search.limit}`,
    );
  });
}

export function placeFromRow(row: Record<string, unknown>): Place {
  return {
    id: String(row.id),
    geonamesId: row.geonames_id === null ? null : Number(row.geonames_id),
    name: String(row.name),
    names: (row.names ?? {}) as Place['names'],
    countryCode: String(row.country_code),
    otherCountryCodes: (row.other_country_codes ?? []) as string[],
    admin1Code: (row.admin1_code as string | null) ?? null,
    featureCode: (row.feature_code as string | null) ?? null,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    population: Number(row.population ?? 0),
    timezone: (row.timezone as string | null) ?? null,
    note: (row.note as string | null) ?? null,
  };
}
