import { type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../accounts/policy.ts';
import { networksOfScopes } from '../accounts/scopes.ts';
import { type Database, selectRows } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { membershipInForce } from '../people/in-force.ts';
import { normalizeName } from '../shared/names.ts';
import { editDistance, phoneticKey, phoneticSpelling, skeletonNeighbours } from './phonetic.ts';
import { type MatchReason, type PlaceCandidate, rankPlaceCandidates } from './ranking.ts';
import type { Place, PlaceMatch } from './schemas.ts';

export interface PlaceSearch {
  q: string;
  country?: string;
  limit: number;
  /** Who searches: the places their network already touches come before their namesakes. */
  reader?: Principal | null;
}

// How many candidates of each kind the database hands to the ranking, the most important first.
const CANDIDATES_PER_KIND = 60;
// How many names of each kind are looked at, at most (a prefix such as "san" begins thousands).
const NAMES_PER_KIND = 400;
// A skeleton this long tolerates one consonant typed wrong, missing or extra (Novorossiisk, Ouagadougou).
const SKELETON_TYPO_LENGTH = 4;
// Trigram similarity of the last resort (two typos in a long name), run only when nothing else matched.
const TRIGRAM_SIMILARITY = 0.45;

/**
 * Finds places by any of their names in any script, and says why each matched: the whole name
 * (its own or an alternate one), a name it begins, the same sounds in another script or
 * transliteration (phonetic.ts), or a close spelling. Each kind of match is one index look-up;
 * the ranking (ranking.ts) weighs the match, then the place's population and administrative rank.
 */
// Words that name the kind of place around its name, as press and spreadsheets write them.
const KIND_WORDS = new Set(
  [
    'city of',
    'city',
    'town of',
    'municipality of',
    'municipality',
    'county',
    'district of',
    'ville de',
    'commune de',
    'commune urbaine de',
    'commune rurale de',
    'municipalite de',
    'ciudad de',
    'municipio de',
    'مدينة',
    'بلدية',
    'جماعة',
    'ولاية',
    'محافظة',
    'город',
  ].map(normalizeName),
);

/** The name without a leading or trailing word for the kind of place. */
export function withoutKindWords(normalized: string): string {
  const words = normalized.split(' ');
  for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
    if (KIND_WORDS.has(words.slice(0, length).join(' '))) return words.slice(length).join(' ');
    if (KIND_WORDS.has(words.slice(-length).join(' '))) return words.slice(0, -length).join(' ');
  }
  return normalized;
}

export async function searchPlaces(db: Database, search: PlaceSearch): Promise<PlaceMatch[]> {
  const normalized = normalizeName(search.q);
  if (!normalized) return [];
  // "City of Praia", "Iloilo City", "بلدية توجنين": the place's name without the word for its kind.
  const bare = withoutKindWords(normalized);
  const spelling = phoneticSpelling(normalized);
  let rows = await matchPlaces(db, normalized, phoneticKey(normalized), search);
  if (bare !== normalized && !rows.some((row) => Number(row.tier) === 4))
    rows = [...rows, ...(await matchPlaces(db, bare, phoneticKey(bare), search))];
  // Nothing close enough (a whole name, a prefix, the same sounds spelled alike): perhaps a typo
  // the skeleton does not absorb (Ouagadoudou), which trigram similarity finds.
  const close = rows.some(
    (row) =>
      Number(row.tier) >= 3 ||
      (Number(row.tier) === 2 &&
        editDistance(spelling, phoneticSpelling(String(row.normalized))) <= Math.max(1, spelling.length / 4)),
  );
  if (!close && normalized.length >= 5) rows = [...rows, ...(await trigramPlaces(db, normalized, search))];
  const touched = await placesTouchedBy(db, search.reader, [...new Set(rows.map((row) => String(row.id)))]);
  const candidates = rows.map((row) => candidateOf(row, spelling, touched.has(String(row.id))));
  return rankPlaceCandidates(candidates)
    .slice(0, search.limit)
    .map(({ candidate, reason }) => ({
      ...placeFromRow(candidate.row),
      matchedName: String(candidate.row.matched_name),
      matchReason: reason satisfies MatchReason,
    }));
}

/** A row found, as the ranking weighs it; `spelling` is the query's phonetic spelling. */
function candidateOf(row: Record<string, unknown>, spelling: string, touched: boolean): PlaceCandidate {
  const matchedNormalized = String(row.normalized);
  return {
    row,
    placeId: String(row.id),
    tier: Number(row.tier) as PlaceCandidate['tier'],
    primary: row.origin === 'curated' || normalizeName(String(row.place_name)) === matchedNormalized,
    population: Number(row.population ?? 0),
    featureCode: (row.feature_code as string | null) ?? null,
    spellingDistance: editDistance(spelling, phoneticSpelling(matchedNormalized)),
    spellingLength: Math.max(spelling.length, 1),
    similarity: row.similarity === undefined ? null : Number(row.similarity),
    touched,
  };
}

/**
 * Which of these places the reader's network already touches: where an organization they work for,
 * a member of a network they work in, or a public partner of either, is. One statement, for the
 * signed-in only.
 */
async function placesTouchedBy(
  db: Database,
  reader: Principal | null | undefined,
  placeIds: string[],
): Promise<Set<string>> {
  const scopes = [...new Set(reader?.grants.map((grant) => grant.scopeId) ?? [])];
  if (scopes.length === 0 || placeIds.length === 0) return new Set();
  const scopeList = sql.join(
    scopes.map((scope) => sql`${scope}::uuid`),
    sql`, `,
  );
  const ours = sql`SELECT s.id FROM (VALUES ${sql.join(
    scopes.map((scope) => sql`(${scope}::uuid)`),
    sql`, `,
  )}) s(id)
    UNION SELECT memberships.member_organization_id FROM memberships
      WHERE memberships.member_organization_id IS NOT NULL AND ${membershipInForce()}
        AND memberships.organization_id IN (${networksOfScopes(scopeList)})`;
  const rows = await selectRows<{ place_id: string }>(
    db,
    sql`WITH ours AS (${ours}),
      touched AS (
        SELECT id FROM ours
        UNION SELECT partner.organization_id FROM agreement_parties own
          JOIN agreements a ON a.id = own.agreement_id AND a.visibility = 'public'
          JOIN agreement_parties partner ON partner.agreement_id = own.agreement_id
          WHERE own.organization_id IN (SELECT id FROM ours) AND partner.organization_id IS NOT NULL)
      SELECT DISTINCT o.place_id FROM organizations o
      WHERE o.id IN (SELECT id FROM touched)
        AND o.place_id = ANY (${`{${placeIds.join(',')}}`}::uuid[])`,
  );
  return new Set(rows.map((row) => row.place_id));
}

const PLACE_COLUMNS = sql`p.id, p.geonames_id, p.name, p.names, p.country_code, p.other_country_codes, p.admin1_code,
  p.feature_code, p.latitude, p.longitude, p.population, p.elevation, p.timezone, p.note`;

function countryFilter(country: string | undefined) {
  const code = country ?? null;
  return sql`(${code}::text IS NULL OR p.country_code = ${code} OR ${code} = ANY (p.other_country_codes))`;
}

/**
 * One kind of match: the names found through an index, the most important places first (each name
 * carries its place's importance). `capped`: the index does not give them in that order, so only
 * the first NAMES_PER_KIND it finds are ordered (a prefix such as "san" begins thousands of names).
 */
function candidatesOf(tier: number, where: SQL, country: string | undefined, capped = false) {
  // The names first, from their index, then their places by key: OFFSET 0 keeps the planner from
  // reading every place of the table to apply the country first (it cannot use an index for it).
  const names = country
    ? sql`SELECT n.place_id, n.name, n.normalized, n.origin, n.importance
          FROM (SELECT * FROM place_names n WHERE ${where} OFFSET 0) n
          JOIN places p ON p.id = n.place_id WHERE ${countryFilter(country)}`
    : sql`SELECT n.place_id, n.name, n.normalized, n.origin, n.importance FROM place_names n WHERE ${where}`;
  const found = capped ? sql`(${names} LIMIT ${NAMES_PER_KIND})` : sql`(${names})`;
  return sql`(SELECT place_id, name, normalized, origin, ${tier}::int AS tier
    FROM ${found} found ORDER BY importance DESC NULLS LAST, place_id LIMIT ${CANDIDATES_PER_KIND})`;
}

/** The smallest string greater than every string beginning with `prefix` (in code point order). */
function afterPrefix(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

/** The places of the names found, with the name and how it matched. */
async function placesOf(db: Database, parts: SQL[]) {
  if (parts.length === 0) return [];
  return selectRows(
    db,
    sql`SELECT ${PLACE_COLUMNS}, m.name AS matched_name, m.normalized, m.tier, m.origin, p.name AS place_name
        FROM (${sql.join(parts, sql` UNION ALL `)}) m JOIN places p ON p.id = m.place_id`,
  );
}

/**
 * The candidates: first the names equal to the query, beginning with it, or spelled with the same
 * sounds; then, unless these already fill the page with a whole-name match, the names sharing its
 * consonant skeleton and, on a long one, those one consonant away.
 */
async function matchPlaces(db: Database, normalized: string, skeleton: string, search: PlaceSearch) {
  const { country } = search;
  const spelling = phoneticSpelling(normalized);
  const first = [
    candidatesOf(4, sql`n.normalized = ${normalized}`, country),
    // Operators of the text_pattern_ops index, which reads the names beginning with the query in order.
    candidatesOf(
      3,
      sql`n.normalized ~>~ ${normalized} AND n.normalized ~<~ ${afterPrefix(normalized)}`,
      country,
      true,
    ),
  ];
  if (spelling) first.push(candidatesOf(2, sql`n.phonetic_spelling = ${spelling}`, country));
  const rows = await placesOf(db, first);
  const places = new Set(rows.map((row) => String(row.id)));
  if (!skeleton || (places.size >= search.limit && rows.some((row) => Number(row.tier) === 4))) return rows;
  // A lone consonant (Iloilo, إيلويلو: L) is a key too, but the typo neighbours of a short one would be noise.
  const neighbours = skeleton.length >= SKELETON_TYPO_LENGTH ? skeletonNeighbours(skeleton) : [];
  const second = [candidatesOf(2, sql`n.phonetic = ${skeleton}`, country)];
  if (neighbours.length)
    second.push(
      candidatesOf(1, sql`n.phonetic = ANY (${`{${neighbours.join(',')}}`}::text[])`, country, true),
    );
  return [...rows, ...(await placesOf(db, second))];
}

/** Close spellings by trigram similarity: two typos in a long name, or a name the skeleton does not reach. */
async function trigramPlaces(db: Database, normalized: string, search: PlaceSearch) {
  return inTransaction(db, async (tx) => {
    // The % operator reads its threshold from this setting; SET LOCAL keeps it to this transaction.
    await tx.execute(sql.raw(`SET LOCAL pg_trgm.similarity_threshold = ${TRIGRAM_SIMILARITY}`));
    return selectRows(
      tx,
      sql`
      SELECT ${PLACE_COLUMNS}, m.matched_name, m.normalized, 1 AS tier, 'geonames' AS origin, p.name AS place_name,
             m.score AS similarity
      FROM (
        SELECT DISTINCT ON (place_id) place_id, name AS matched_name, normalized,
               similarity(normalized, ${normalized}) AS score
        FROM place_names WHERE normalized % ${normalized}
        ORDER BY place_id, score DESC
      ) m JOIN places p ON p.id = m.place_id
      WHERE ${countryFilter(search.country)}
      ORDER BY m.score DESC, p.population DESC, p.id
      LIMIT ${CANDIDATES_PER_KIND}`,
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
    elevation: row.elevation === null || row.elevation === undefined ? null : Number(row.elevation),
    timezone: (row.timezone as string | null) ?? null,
    note: (row.note as string | null) ?? null,
  };
}
