/** A gazetteer place found for a name as written. */
export interface PlaceCandidate {
  placeId: string;
  name: string;
  countryCode: string;
  population: number;
  featureCode: string | null;
  /** The spelling of the place that matched. */
  matchedName: string;
  /** How it matched: the name exactly (in the country), a shortened spelling, or a close one (search). */
  match: 'exact' | 'shortened' | 'close';
}

export type ReviewReason = 'unknown_country' | 'not_found' | 'ambiguous' | 'close_only';

export type Decision =
  | { resolved: true; candidate: PlaceCandidate; why: 'only' | 'seat' | 'most_populous' }
  | { resolved: false; reason: ReviewReason; candidates: PlaceCandidate[] };

/** How important a place is as a seat: a capital, then the seats of administrative units by level, then other places. */
export function seatRank(featureCode: string | null): number {
  switch (featureCode) {
    case 'PPLC':
      return 6;
    case 'PPLA':
      return 5;
    case 'PPLA2':
      return 4;
    case 'PPLA3':
      return 3;
    case 'PPLA4':
    case 'PPLA5':
      return 2;
    case 'PPLG':
      return 2;
    default:
      return 1;
  }
}

/** How many times more inhabitants the largest same-name place must have than the next, to be taken alone. */
export const POPULATION_DOMINANCE = 5;
/** …and at least this many: below it, the gazetteer's figures are too rough to tell two villages apart. */
export const DOMINANT_POPULATION = 5000;

function rankOrder(a: PlaceCandidate, b: PlaceCandidate): number {
  return seatRank(b.featureCode) - seatRank(a.featureCode) || b.population - a.population;
}

/**
 * Whether the places found for a name in its country settle it. One place of that name: it. Several:
 * the one that is a seat of a higher rank than all the others and at least as populous, or the one
 * with five times the inhabitants of the next (and 5,000 or more). Anything else — no country, no
 * place, several alike, only close spellings — goes to review with its candidates, never chosen.
 */
export function decide(countryKnown: boolean, candidates: PlaceCandidate[]): Decision {
  const ranked = [...candidates].sort(rankOrder);
  if (!countryKnown) return { resolved: false, reason: 'unknown_country', candidates: ranked };
  const matched = ranked.filter((candidate) => candidate.match !== 'close');
  if (matched.length === 0)
    return { resolved: false, reason: ranked.length ? 'close_only' : 'not_found', candidates: ranked };
  if (matched.length === 1) return { resolved: true, candidate: matched[0]!, why: 'only' };
  const [first, second] = [matched[0]!, matched[1]!];
  const othersLargest = Math.max(...matched.slice(1).map((candidate) => candidate.population));
  if (seatRank(first.featureCode) > seatRank(second.featureCode) && first.population >= othersLargest)
    return { resolved: true, candidate: first, why: 'seat' };
  const byPopulation = [...matched].sort((a, b) => b.population - a.population);
  const [largest, next] = [byPopulation[0]!, byPopulation[1]!];
  if (
    largest.population >= DOMINANT_POPULATION &&
    largest.population >= POPULATION_DOMINANCE * next.population
  )
    return { resolved: true, candidate: largest, why: 'most_populous' };
  return { resolved: false, reason: 'ambiguous', candidates: ranked };
}
