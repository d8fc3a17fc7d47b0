import {
  type ClimateZone,
  climateZone,
  languagesOf,
  type PopulationBand,
  populationBand,
  type Region,
  regionOf,
} from './profile.ts';

/*
 * Partner suggestions for a local authority: every other authority is scored on how alike the two
 * are (population, climate, region, languages, themes of their agreements, networks) and on the
 * twinning graph (partners they share; how often their two countries twin; how much the candidate
 * twins at all). Each suggestion says why, as reason codes with their values. Pure: the graph and
 * the authorities are handed in (matchmaking.ts reads them, the evaluation builds them from links).
 */

/** A local authority as matchmaking knows it. */
export interface Authority {
  id: string;
  countryCode: string | null;
  population?: number | null;
  latitude?: number | null;
  elevation?: number | null;
  /** Themes of its agreements, one entry per agreement and theme. */
  themes?: readonly string[];
  /** Networks it belongs to. */
  networks?: readonly string[];
  /** Languages it works in; its country's official languages when not given. */
  languages?: readonly string[];
}

export const REASON_CODES = [
  'partners_in_common',
  'country_ties',
  'same_population_band',
  'similar_population',
  'same_climate',
  'same_region',
  'shared_languages',
  'shared_themes',
  'shared_networks',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Why a candidate is suggested: a code, its value (a count, a band, a zone, a region, a country)
 * and the items it names (the common partners' ids, languages, themes, networks' ids).
 */
export interface Reason {
  code: ReasonCode;
  value: string | number;
  items: string[];
}

export interface Suggestion {
  id: string;
  score: number;
  reasons: Reason[];
}

export interface MatchFilters {
  countryCode?: string;
  region?: Region;
  band?: PopulationBand;
  theme?: string;
}

/** How much each signal weighs; tuned on real twinning links (scripts/eval-match.ts). */
export interface MatchWeights {
  commonPartners: number;
  countryAffinity: number;
  popularity: number;
  populationSimilarity: number;
  sameClimate: number;
  sameRegion: number;
  sharedLanguages: number;
  sharedThemes: number;
  sharedNetworks: number;
}

export const DEFAULT_WEIGHTS: MatchWeights = {
  commonPartners: 8,
  countryAffinity: 1,
  popularity: 0.6,
  populationSimilarity: 2,
  sameClimate: 0.5,
  sameRegion: 0.2,
  sharedLanguages: 0.3,
  sharedThemes: 0.5,
  sharedNetworks: 1,
};

interface Prepared {
  id: string;
  /** Its place in the index's order, and its country's in the index's countries. */
  position: number;
  countryIndex: number;
  country: string;
  logPopulation: number | null;
  band: PopulationBand | null;
  zone: ClimateZone | null;
  region: Region | null;
  languages: ReadonlySet<string>;
  /** The languages sorted and joined: authorities of one country share it. */
  languageKey: string;
  themes: ReadonlySet<string>;
  networks: ReadonlySet<string>;
}

/** The authorities and the graph, prepared once for many suggestions. */
export interface MatchIndex {
  authorities: ReadonlyMap<string, Prepared>;
  order: readonly Prepared[];
  countries: readonly string[];
  /** log(1 + number of partners), by position. */
  logDegree: Float64Array;
  partners: ReadonlyMap<string, ReadonlySet<string>>;
  /** Links between two countries, both ways: pairs.get(a).get(b). */
  countryPairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Link ends per country. */
  countryEnds: ReadonlyMap<string, number>;
  totalEnds: number;
}

const NO_COUNTRY = '';

function prepare(
  authority: Authority,
  position: number,
  countryIndex: (country: string) => number,
): Prepared {
  const population = authority.population ?? 0;
  const languages = authority.languages?.length ? authority.languages : languagesOf(authority.countryCode);
  const country = authority.countryCode?.toUpperCase() ?? NO_COUNTRY;
  return {
    id: authority.id,
    position,
    countryIndex: countryIndex(country),
    country,
    logPopulation: population > 0 ? Math.log10(population) : null,
    band: populationBand(population),
    zone: climateZone(authority.latitude, authority.elevation),
    region: regionOf(authority.countryCode),
    languages: new Set(languages),
    languageKey: [...new Set(languages)].sort().join(' '),
    themes: new Set(authority.themes ?? []),
    networks: new Set(authority.networks ?? []),
  };
}

/** Prepares authorities and their links (unordered pairs; repeats and self-links are ignored). */
export function buildMatchIndex(
  authorities: Iterable<Authority>,
  links: Iterable<readonly [string, string]>,
): MatchIndex {
  const prepared = new Map<string, Prepared>();
  const countries: string[] = [];
  const countryPositions = new Map<string, number>();
  const countryIndex = (country: string) => {
    let found = countryPositions.get(country);
    if (found === undefined) {
      found = countries.push(country) - 1;
      countryPositions.set(country, found);
    }
    return found;
  };
  for (const authority of authorities) {
    if (!prepared.has(authority.id))
      prepared.set(authority.id, prepare(authority, prepared.size, countryIndex));
  }
  const partners = new Map<string, Set<string>>();
  const countryPairs = new Map<string, Map<string, number>>();
  const countryEnds = new Map<string, number>();
  let totalEnds = 0;
  const addPair = (a: string, b: string) => {
    let row = countryPairs.get(a);
    if (!row) {
      row = new Map();
      countryPairs.set(a, row);
    }
    row.set(b, (row.get(b) ?? 0) + 1);
  };
  for (const [a, b] of links) {
    if (a === b || !prepared.has(a) || !prepared.has(b)) continue;
    const ofA = partners.get(a) ?? new Set<string>();
    if (ofA.has(b)) continue;
    ofA.add(b);
    partners.set(a, ofA);
    const ofB = partners.get(b) ?? new Set<string>();
    ofB.add(a);
    partners.set(b, ofB);
    const ca = prepared.get(a)!.country;
    const cb = prepared.get(b)!.country;
    addPair(ca, cb);
    if (ca !== cb) addPair(cb, ca);
    countryEnds.set(ca, (countryEnds.get(ca) ?? 0) + 1);
    countryEnds.set(cb, (countryEnds.get(cb) ?? 0) + 1);
    totalEnds += 2;
  }
  const order = [...prepared.values()];
  const logDegree = new Float64Array(order.length);
  for (const authority of order)
    logDegree[authority.position] = Math.log(1 + (partners.get(authority.id)?.size ?? 0));
  return {
    authorities: prepared,
    order,
    countries,
    logDegree,
    partners,
    countryPairs,
    countryEnds,
    totalEnds,
  };
}

const EMPTY: ReadonlySet<string> = new Set();

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const shared: string[] = [];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) shared.push(item);
  return shared.sort();
}

function passes(candidate: Prepared, filters: MatchFilters): boolean {
  if (filters.countryCode && candidate.country !== filters.countryCode.toUpperCase()) return false;
  if (filters.region && candidate.region !== filters.region) return false;
  if (filters.band && candidate.band !== filters.band) return false;
  if (filters.theme && !candidate.themes.has(filters.theme)) return false;
  return true;
}

export interface SuggestOptions {
  limit?: number;
  filters?: MatchFilters;
  weights?: MatchWeights;
  /** Leave out the reasons (the evaluation ranks thousands of cities and reads none). */
  withoutReasons?: boolean;
}

/**
 * The best partners for `subjectId` among the index's authorities, best first: never itself nor a
 * partner it already has. Ties keep the index's order, so the same data gives the same list.
 */
export function suggestPartners(
  index: MatchIndex,
  subjectId: string,
  options: SuggestOptions = {},
): Suggestion[] {
  const subject = index.authorities.get(subjectId);
  if (!subject) return [];
  const limit = options.limit ?? 20;
  const filters = options.filters ?? {};
  const w = options.weights ?? DEFAULT_WEIGHTS;
  const own = index.partners.get(subjectId) ?? EMPTY;

  // Partners of partners, each common partner counted less the more partners it has (Adamic–Adar).
  const order = index.order;
  const common = new Float64Array(order.length);
  for (const partner of own) {
    const theirs = index.partners.get(partner);
    if (!theirs || theirs.size < 2) continue;
    const weight = 1 / Math.log(1 + theirs.size);
    for (const candidate of theirs) common[index.authorities.get(candidate)!.position]! += weight;
  }

  // How often the subject's country twins with each other country, smoothed towards how much each
  // country twins at all, so a country with few links still ranks its likely partners.
  const pairs = index.countryPairs.get(subject.country);
  const subjectEnds = index.countryEnds.get(subject.country) ?? 0;
  const smoothing = 5;
  const countryAffinity = new Float64Array(index.countries.length);
  index.countries.forEach((country, position) => {
    const prior = ((index.countryEnds.get(country) ?? 0) + 1) / (index.totalEnds + 1);
    countryAffinity[position] = Math.log(
      ((pairs?.get(country) ?? 0) + smoothing * prior) / (subjectEnds + smoothing),
    );
  });
  const speaksLike = new Map<string, boolean>();
  const filtered = Object.values(filters).some(Boolean);

  const excluded = excludedFor(index, subject);
  const best = new TopK<Prepared>(limit);
  for (let position = 0; position < order.length; position++) {
    const candidate = order[position]!;
    if (excluded[position] || (filtered && !passes(candidate, filters))) continue;
    let score =
      w.commonPartners * common[position]! +
      w.countryAffinity * countryAffinity[candidate.countryIndex]! +
      w.popularity * index.logDegree[position]!;
    if (subject.logPopulation !== null && candidate.logPopulation !== null) {
      score +=
        w.populationSimilarity *
        (1 - Math.min(1, Math.abs(subject.logPopulation - candidate.logPopulation) / 2));
    }
    if (subject.zone && subject.zone === candidate.zone) score += w.sameClimate;
    if (subject.region && subject.region === candidate.region) score += w.sameRegion;
    if (w.sharedLanguages) {
      let shared = speaksLike.get(candidate.languageKey);
      if (shared === undefined) {
        shared = hasCommon(subject.languages, candidate.languages);
        speaksLike.set(candidate.languageKey, shared);
      }
      if (shared) score += w.sharedLanguages;
    }
    if (subject.themes.size && candidate.themes.size) {
      score += w.sharedThemes * jaccard(subject.themes, candidate.themes);
    }
    if (subject.networks.size && candidate.networks.size) {
      score += w.sharedNetworks * intersectionSize(subject.networks, candidate.networks);
    }
    best.offer(candidate, score);
  }
  return best.items().map(({ item: candidate, score }) => ({
    id: candidate.id,
    score: Math.round(score * 1000) / 1000,
    reasons: options.withoutReasons ? [] : reasonsFor(index, subject, candidate, own),
  }));
}

/**
 * The `size` best items offered, by score then by the order they were offered in: a sorted window,
 * so ranking thousands of candidates does not sort them all.
 */
class TopK<T> {
  private readonly kept: Array<{ item: T; score: number }> = [];
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }

  offer(item: T, score: number): void {
    const kept = this.kept;
    if (this.size <= 0) return;
    if (kept.length === this.size && score <= kept[kept.length - 1]!.score) return;
    // After every equal score: among equals, the first offered stays first.
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (kept[middle]!.score >= score) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, { item, score });
    if (kept.length > this.size) kept.pop();
  }

  items(): ReadonlyArray<{ item: T; score: number }> {
    return this.kept;
  }
}

function hasCommon(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const item of a) if (b.has(item)) count++;
  return count;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = intersectionSize(a, b);
  return shared / (a.size + b.size - shared);
}

/** The reasons a candidate is suggested, strongest kinds first; only what holds is said. */
function reasonsFor(
  index: MatchIndex,
  subject: Prepared,
  candidate: Prepared,
  own: ReadonlySet<string>,
): Reason[] {
  const reasons: Reason[] = [];
  const theirs = index.partners.get(candidate.id) ?? EMPTY;
  const shared = intersection(own, theirs);
  if (shared.length)
    reasons.push({ code: 'partners_in_common', value: shared.length, items: shared.slice(0, 5) });
  const shareNetworks = intersection(subject.networks, candidate.networks);
  if (shareNetworks.length)
    reasons.push({ code: 'shared_networks', value: shareNetworks.length, items: shareNetworks });
  const ties = index.countryPairs.get(subject.country)?.get(candidate.country) ?? 0;
  if (ties > 0 && candidate.country !== NO_COUNTRY) {
    reasons.push({ code: 'country_ties', value: ties, items: [candidate.country] });
  }
  const themes = intersection(subject.themes, candidate.themes);
  if (themes.length) reasons.push({ code: 'shared_themes', value: themes.length, items: themes });
  if (subject.band && subject.band === candidate.band) {
    reasons.push({ code: 'same_population_band', value: subject.band, items: [] });
  } else if (
    subject.logPopulation !== null &&
    candidate.logPopulation !== null &&
    Math.abs(subject.logPopulation - candidate.logPopulation) < 0.5
  ) {
    reasons.push({ code: 'similar_population', value: candidate.band ?? '', items: [] });
  }
  if (subject.zone && subject.zone === candidate.zone)
    reasons.push({ code: 'same_climate', value: subject.zone, items: [] });
  if (subject.region && subject.region === candidate.region) {
    reasons.push({ code: 'same_region', value: subject.region, items: [] });
  }
  const languages = intersection(subject.languages, candidate.languages);
  if (languages.length) reasons.push({ code: 'shared_languages', value: languages.length, items: languages });
  return reasons;
}

/** The positions a ranking leaves out for `subject`: itself and its partners. */
function excludedFor(index: MatchIndex, subject: Prepared): Uint8Array {
  const excluded = new Uint8Array(index.order.length);
  excluded[subject.position] = 1;
  for (const partner of index.partners.get(subject.id) ?? EMPTY)
    excluded[index.authorities.get(partner)!.position] = 1;
  return excluded;
}

/** Baseline: the most-twinned authorities, whoever asks. */
export function mostTwinned(index: MatchIndex, subjectId: string, limit: number): string[] {
  const subject = index.authorities.get(subjectId);
  if (!subject) return [];
  const excluded = excludedFor(index, subject);
  const best = new TopK<string>(limit);
  index.order.forEach((candidate, position) => {
    if (!excluded[position]) best.offer(candidate.id, index.logDegree[position]!);
  });
  return best.items().map(({ item }) => item);
}

/** Baseline: authorities of the countries the subject's country twins with most, most-twinned first within one. */
export function countryPairFrequency(index: MatchIndex, subjectId: string, limit: number): string[] {
  const subject = index.authorities.get(subjectId);
  if (!subject) return [];
  const excluded = excludedFor(index, subject);
  const pairs = index.countryPairs.get(subject.country);
  const frequency = index.countries.map((country) => pairs?.get(country) ?? 0);
  const best = new TopK<string>(limit);
  index.order.forEach((candidate, position) => {
    // The pair's frequency first; the candidate's own partners (log, below 20) only between equals.
    if (!excluded[position])
      best.offer(candidate.id, frequency[candidate.countryIndex]! * 100 + index.logDegree[position]!);
  });
  return best.items().map(({ item }) => item);
}
