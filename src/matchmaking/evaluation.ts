import {
  type Authority,
  buildMatchIndex,
  countryPairFrequency,
  type MatchIndex,
  type MatchWeights,
  mostTwinned,
  suggestPartners,
} from './recommender.ts';

/*
 * Matchmaking measured on real links: hide a share of the links of well-twinned authorities, rank
 * candidates for each from what remains, and count how many hidden partners come back in the top
 * 10 and 50 — for the recommender and for two baselines. Pure and seeded: the same links and seed
 * hide the same links.
 */

/** A small seeded generator (mulberry32): reproducible shuffles without I/O. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HoldOut {
  kept: Array<[string, string]>;
  hidden: Array<[string, string]>;
  /** The authorities evaluated (at least `minPartners` partners before hiding, one hidden), and their hidden partners. */
  hiddenOf: Map<string, Set<string>>;
}

/** Unordered distinct pairs, in a stable order (each pair as [smaller, larger]). */
export function distinctLinks(links: Iterable<readonly [string, string]>): Array<[string, string]> {
  const seen = new Map<string, [string, string]>();
  for (const [a, b] of links) {
    if (a === b) continue;
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    seen.set(`${pair[0]}\u0000${pair[1]}`, pair);
  }
  return [...seen.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, pair]) => pair);
}

/**
 * Hides `fraction` of the links that touch an authority with at least `minPartners` partners,
 * chosen by a seeded shuffle.
 */
export function holdOut(
  links: Iterable<readonly [string, string]>,
  options: { fraction?: number; minPartners?: number; seed?: number } = {},
): HoldOut {
  const fraction = options.fraction ?? 0.1;
  const minPartners = options.minPartners ?? 3;
  const pairs = distinctLinks(links);
  const degree = new Map<string, number>();
  for (const [a, b] of pairs) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  const eligible = (id: string) => (degree.get(id) ?? 0) >= minPartners;
  const candidates = pairs
    .map((pair, position) => ({ pair, position }))
    .filter(({ pair }) => eligible(pair[0]) || eligible(pair[1]));
  const random = seededRandom(options.seed ?? 1);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const hiddenPositions = new Set(
    candidates.slice(0, Math.round(candidates.length * fraction)).map(({ position }) => position),
  );
  const kept: Array<[string, string]> = [];
  const hidden: Array<[string, string]> = [];
  const hiddenOf = new Map<string, Set<string>>();
  const hide = (city: string, partner: string) => {
    if (!eligible(city)) return;
    const set = hiddenOf.get(city) ?? new Set<string>();
    set.add(partner);
    hiddenOf.set(city, set);
  };
  pairs.forEach((pair, position) => {
    if (!hiddenPositions.has(position)) {
      kept.push(pair);
      return;
    }
    hidden.push(pair);
    hide(pair[0], pair[1]);
    hide(pair[1], pair[0]);
  });
  return { kept, hidden, hiddenOf };
}

export interface Recall {
  'recall@10': number;
  'recall@50': number;
}

export interface EvaluationResult {
  cities: number;
  hidden: number;
  recommender: Recall;
  baselines: { most_twinned: Recall; country_pairs: Recall };
}

type Ranker = (index: MatchIndex, subjectId: string, limit: number) => string[];

function recallOf(
  index: MatchIndex,
  hiddenOf: ReadonlyMap<string, ReadonlySet<string>>,
  rank: Ranker,
): Recall {
  let total = 0;
  let at10 = 0;
  let at50 = 0;
  for (const [city, partners] of hiddenOf) {
    const ranked = rank(index, city, 50);
    total += partners.size;
    ranked.forEach((id, position) => {
      if (!partners.has(id)) return;
      at50++;
      if (position < 10) at10++;
    });
  }
  const round = (value: number) => Math.round(value * 10000) / 10000;
  return { 'recall@10': total ? round(at10 / total) : 0, 'recall@50': total ? round(at50 / total) : 0 };
}

/** Recall of the hidden partners (over every hidden partner of every evaluated city), for the recommender and both baselines. */
export function evaluate(
  authorities: readonly Authority[],
  links: Iterable<readonly [string, string]>,
  options: { fraction?: number; minPartners?: number; seed?: number; weights?: MatchWeights } = {},
): EvaluationResult {
  const split = holdOut(links, options);
  const index = buildMatchIndex(authorities, split.kept);
  const recommender: Ranker = (idx, city, limit) =>
    suggestPartners(idx, city, {
      limit,
      withoutReasons: true,
      ...(options.weights ? { weights: options.weights } : {}),
    }).map((suggestion) => suggestion.id);
  return {
    cities: split.hiddenOf.size,
    hidden: split.hidden.length,
    recommender: recallOf(index, split.hiddenOf, recommender),
    baselines: {
      most_twinned: recallOf(index, split.hiddenOf, mostTwinned),
      country_pairs: recallOf(index, split.hiddenOf, countryPairFrequency),
    },
  };
}
