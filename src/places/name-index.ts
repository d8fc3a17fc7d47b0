/**
 * Many names looked up at once, for a reader that asks a dozen names an article (the press
 * extractor): the places bearing each name whole, or the same sounds in another script, read in one
 * statement of index probes, then answered from memory. Most names an article proposes are not
 * places at all ("Festival Internacional del Volcán", a minister's name), and each statement costs
 * more than the ranking of what it reads.
 *
 * The look-ups are the search's own for these reasons (search.ts: the most important places first,
 * sixty a look-up, of the country when one is given), and so is the order of the answers (ranking.ts).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Database, selectRows } from '../db/client.ts';
import { normalizeName } from '../shared/names.ts';
import { editDistance, phoneticKey, phoneticSpelling } from './phonetic.ts';
import { type MatchReason, type PlaceCandidate, rankPlaceCandidates } from './ranking.ts';
import type { PlaceAnswer } from './schemas.ts';
import { withoutKindWords } from './search.ts';

export interface NameQuery {
  q: string;
  country?: string | null;
  /**
   * Besides the whole name (the place's own or an alternate one), the same sounds in another
   * script: `spelled_alike` the names of the same phonetic spelling, `skeleton` also those of the
   * same consonants (the search's look-ups, phonetic.ts), whose spellings may differ more.
   */
  sounds: 'none' | 'spelled_alike' | 'skeleton';
}

interface IndexedName {
  placeId: string;
  geonamesId: number | null;
  placeName: string;
  countryCode: string;
  otherCountryCodes: string[];
  featureCode: string | null;
  population: number;
  name: string;
  normalized: string;
  /** The name is the place's own (or one curated in Jumelage), not one of its alternate names. */
  primary: boolean;
  importance: number;
  /** The name's phonetic spelling as the ranking compares it, computed when first needed. */
  spelling?: string;
}

const WHOLE: readonly MatchReason[] = ['exact', 'alternate_name'];

// As many candidates of each look-up as the search hands its ranking (search.ts).
const CANDIDATES_PER_KIND = 60;

const KINDS = ['name', 'spelling', 'skeleton'] as const;
type Kind = (typeof KINDS)[number];
const COLUMN: Record<Kind, SQL> = {
  name: sql`n.normalized`,
  spelling: sql`n.phonetic_spelling`,
  skeleton: sql`n.phonetic`,
};

interface LookUp {
  kind: Kind;
  key: string;
  country: string | null;
}

/** The keys a query is looked up by, with its country: its name, and its name without a word of kind. */
function lookUpsOf(query: NameQuery): LookUp[] {
  const normalized = normalizeName(query.q);
  if (!normalized) return [];
  const country = query.country ?? null;
  return (
    [...new Set([normalized, withoutKindWords(normalized)])]
      .flatMap((name) => [
        { kind: 'name' as const, key: name, country },
        ...(query.sounds !== 'none'
          ? [{ kind: 'spelling' as const, key: phoneticSpelling(name), country }]
          : []),
        ...(query.sounds === 'skeleton'
          ? [{ kind: 'skeleton' as const, key: phoneticKey(name), country }]
          : []),
      ])
      // A name of vowels alone has no consonants to look up.
      .filter((lookUp) => lookUp.key !== '')
  );
}

const COLUMNS = sql`n.place_id, n.name, n.normalized, n.origin, n.importance,
  p.geonames_id, p.name AS place_name, p.country_code, p.other_country_codes, p.feature_code, p.population`;

export class PlaceNameIndex {
  private readonly names = new Map<string, IndexedName>();
  /** The names each look-up found, by kind and key, the most important first. */
  private readonly found = new Map<string, IndexedName[]>();
  /**
   * The keys read, by kind: each with whether all its names were (fewer than a look-up takes), so
   * that a look-up in a country is answered from them without reading it.
   */
  private readonly keysRead = new Map<string, { complete: boolean }>();
  /** The look-ups in a country read, for the keys whose names were not all read. */
  private readonly countriesRead = new Set<string>();

  private has(lookUp: LookUp): boolean {
    const read = this.keysRead.get(keyOf(lookUp));
    return Boolean(read && (!lookUp.country || read.complete || this.countriesRead.has(lookUpKey(lookUp))));
  }

  /** Whether the index holds what `find` needs to answer the query. */
  covers(query: NameQuery): boolean {
    return lookUpsOf(query).every((lookUp) => this.has(lookUp));
  }

  /**
   * Reads the places the queries may name: each key's most important names, in one statement,
   * and, in a second, those of a country for the keys with more names than a look-up takes.
   */
  async readFrom(db: Database, queries: readonly NameQuery[]): Promise<void> {
    const lookUps = queries.flatMap(lookUpsOf).filter((lookUp) => !this.has(lookUp));
    const keys = new Map(
      lookUps.filter((lookUp) => !this.keysRead.has(keyOf(lookUp))).map((lookUp) => [keyOf(lookUp), lookUp]),
    );
    if (keys.size > 0) {
      const parts = KINDS.flatMap((kind) => {
        const ofKind = [...keys.values()]
          .filter((lookUp) => lookUp.kind === kind)
          .map((lookUp) => lookUp.key);
        // One more than a look-up takes: fewer, and they are all the key's names.
        return ofKind.length === 0
          ? []
          : [
              sql`SELECT ${kind} AS kind, k.key AS looked_up, ${COLUMNS}
                  FROM unnest(${sql.param(ofKind)}::text[]) AS k(key)
                  CROSS JOIN LATERAL (SELECT * FROM place_names n WHERE ${COLUMN[kind]} = k.key
                    ORDER BY n.importance DESC NULLS LAST, n.place_id LIMIT ${CANDIDATES_PER_KIND + 1}) n
                  JOIN places p ON p.id = n.place_id`,
            ];
      });
      const rows = await selectRows(db, sql.join(parts, sql` UNION ALL `));
      const counts = new Map<string, number>();
      for (const row of rows) {
        const key = `${row.kind}|${row.looked_up}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        this.add(row);
      }
      for (const key of keys.keys())
        this.keysRead.set(key, { complete: (counts.get(key) ?? 0) <= CANDIDATES_PER_KIND });
    }
    const inCountry = new Map(
      lookUps.filter((lookUp) => !this.has(lookUp)).map((lookUp) => [lookUpKey(lookUp), lookUp]),
    );
    if (inCountry.size > 0) {
      const parts = KINDS.flatMap((kind) => {
        const ofKind = [...inCountry.values()].filter((lookUp) => lookUp.kind === kind);
        // A key shared by thousands of names ("SN"): its names in their order, the first sixty of
        // places in the country.
        return ofKind.length === 0
          ? []
          : [
              sql`SELECT ${kind} AS kind, k.key AS looked_up, ${COLUMNS}
                FROM unnest(${sql.param(ofKind.map((lookUp) => lookUp.key))}::text[],
                            ${sql.param(ofKind.map((lookUp) => lookUp.country))}::text[]) AS k(key, country)
                CROSS JOIN LATERAL (
                  SELECT n.* FROM place_names n JOIN places p ON p.id = n.place_id
                  WHERE ${COLUMN[kind]} = k.key
                    AND (p.country_code = k.country OR k.country = ANY (p.other_country_codes))
                  ORDER BY n.importance DESC NULLS LAST, n.place_id LIMIT ${CANDIDATES_PER_KIND}) n
                JOIN places p ON p.id = n.place_id`,
            ];
      });
      for (const row of await selectRows(db, sql.join(parts, sql` UNION ALL `))) this.add(row);
      for (const key of inCountry.keys()) this.countriesRead.add(key);
    }
    if (keys.size > 0 || inCountry.size > 0)
      for (const entries of this.found.values()) entries.sort(byImportance);
  }

  private add(row: Record<string, unknown>): void {
    const key = `${row.place_id}|${row.normalized}`;
    let entry = this.names.get(key);
    if (!entry) {
      const normalized = String(row.normalized);
      const placeName = String(row.place_name);
      entry = {
        placeId: String(row.place_id),
        geonamesId: row.geonames_id === null ? null : Number(row.geonames_id),
        placeName,
        countryCode: String(row.country_code),
        otherCountryCodes: (row.other_country_codes ?? []) as string[],
        featureCode: (row.feature_code as string | null) ?? null,
        population: Number(row.population ?? 0),
        name: String(row.name),
        normalized,
        primary: row.origin === 'curated' || normalizeName(placeName) === normalized,
        importance: Number(row.importance),
      };
      this.names.set(key, entry);
    }
    const lookUp = `${row.kind}|${row.looked_up}`;
    const entries = this.found.get(lookUp);
    // A name read by both the key's look-up and its look-up in a country is one candidate.
    if (!entries) this.found.set(lookUp, [entry]);
    else if (!entries.includes(entry)) entries.push(entry);
  }

  /**
   * The places bearing the name whole, or (when asked) its sounds, best first: the search's
   * ranking over what its look-ups for these reasons find. The query must be covered (`covers`).
   */
  find(query: NameQuery & { limit: number }): PlaceAnswer[] {
    const normalized = normalizeName(query.q);
    if (!normalized) return [];
    const spelling = phoneticSpelling(normalized);
    const country = query.country ?? null;
    const candidatesOf = (name: string) =>
      lookUpsOf({ ...query, q: name }).flatMap(({ kind, key }) =>
        (this.found.get(`${kind}|${key}`) ?? [])
          .filter(
            (entry) => !country || entry.countryCode === country || entry.otherCountryCodes.includes(country),
          )
          .slice(0, CANDIDATES_PER_KIND)
          .map((entry) => candidateOf(entry, kind === 'name' ? 4 : 2, spelling)),
      );
    // "City of Praia", "بلدية توجنين": without the word for its kind, when the whole is no name.
    let candidates = candidatesOf(normalized);
    const bare = withoutKindWords(normalized);
    if (bare !== normalized && !candidates.some((candidate) => candidate.tier === 4))
      candidates = [...candidates, ...candidatesOf(bare)];
    const wanted = new Set<MatchReason>(query.sounds === 'none' ? WHOLE : [...WHOLE, 'transliteration']);
    return rankPlaceCandidates(candidates)
      .filter(({ reason }) => wanted.has(reason))
      .slice(0, query.limit)
      .map(({ candidate, reason }) => {
        const entry = (candidate.row as unknown as { entry: IndexedName }).entry;
        return {
          id: entry.placeId,
          geonamesId: entry.geonamesId,
          name: entry.placeName,
          countryCode: entry.countryCode,
          otherCountryCodes: entry.otherCountryCodes,
          featureCode: entry.featureCode,
          population: entry.population,
          matchedName: entry.name,
          matchReason: reason,
        };
      });
  }
}

/** The places the queries name: one statement for them all. */
export async function readPlaceNames(db: Database, queries: readonly NameQuery[]): Promise<PlaceNameIndex> {
  const index = new PlaceNameIndex();
  await index.readFrom(db, queries);
  return index;
}

function candidateOf(
  entry: IndexedName,
  tier: PlaceCandidate['tier'],
  querySpelling: string,
): PlaceCandidate {
  entry.spelling ??= phoneticSpelling(entry.normalized);
  return {
    row: { entry } as unknown as Record<string, unknown>,
    placeId: entry.placeId,
    tier,
    primary: entry.primary,
    population: entry.population,
    featureCode: entry.featureCode,
    spellingDistance: editDistance(querySpelling, entry.spelling),
    spellingLength: Math.max(querySpelling.length, 1),
    similarity: null,
    touched: false,
  };
}

const keyOf = (lookUp: LookUp) => `${lookUp.kind}|${lookUp.key}`;
const lookUpKey = (lookUp: LookUp) => `${lookUp.kind}|${lookUp.country ?? ''}|${lookUp.key}`;

const byImportance = (a: IndexedName, b: IndexedName) =>
  b.importance - a.importance || (a.placeId < b.placeId ? -1 : a.placeId > b.placeId ? 1 : 0);
