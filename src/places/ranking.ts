/**
 * How found places are ordered, and why each was found. Plain rules, no I/O.
 *
 * A place's score adds how well it matched (the whole name, a name it begins, the same sounds in
 * another script, a close spelling) to how important it is (its population, on a log scale, and its
 * administrative rank: a capital or the seat of a region over a hamlet of the same name). The match
 * weighs most, but not absolutely: Konya typed "Konia" (same sounds) comes before a hamlet whose
 * name merely begins with "konia". A place's own name counts more than one of its many alternate
 * names (Parakou, باراكو, before Prague's alternate "Prago"); a whole name typed as it is listed
 * before the same sounds (السمارة is Smara, not Asmara). Last, a place the reader's network already
 * touches (one of its members, or a partner of one, is there) comes before its namesakes.
 */

/** Why a place was found, best first. */
export const MATCH_REASONS = ['exact', 'alternate_name', 'prefix', 'transliteration', 'fuzzy'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export interface PlaceCandidate {
  row: Record<string, unknown>;
  placeId: string;
  /** 4 whole name, 3 a name it begins, 2 same skeleton, 1 a close one (a typo, or trigram-similar). */
  tier: 1 | 2 | 3 | 4;
  /** The name matched is the place's own (or one curated in Jumelage), not an alternate one. */
  primary: boolean;
  population: number;
  featureCode: string | null;
  /** Edit distance between the query's and the name's full phonetic spellings. */
  spellingDistance: number;
  spellingLength: number;
  /** Trigram similarity (0 to 1) of a name found as a close spelling by the trigram look-up. */
  similarity?: number | null;
  /** The reader's network already touches the place: a member, or a partner of one, is there. */
  touched?: boolean;
}

const TIER_WEIGHTS: Record<PlaceCandidate['tier'], number> = { 4: 30, 3: 18, 2: 17, 1: 8 };
// A place's own name (or its plain-letter form) weighs more than one of its many alternate names.
const PRIMARY_NAME_WEIGHT = 5;
// A close spelling found by trigrams weighs by its similarity (Ouagadoudou: 0.6 to Ouagadougou).
const TRIGRAM_WEIGHT = 12;
// A place the reader's network already works with weighs as a regional seat does: it settles a
// near tie between places of the same name (their Smara, not another), never a better match.
const TOUCHED_WEIGHT = 3;

/** GeoNames feature codes of capitals and seats of administrative units, and what each adds. */
const ADMINISTRATIVE_RANK: Record<string, number> = {
  PPLC: 4,
  PPLG: 3,
  PPLA: 3,
  PPLA2: 2,
  PPLA3: 1,
  PPLA4: 0.5,
};

/** A place's importance: ln(1 + population), about 6 for a village of 500 and 16 for a megacity, plus its rank. */
export function importance(population: number, featureCode: string | null): number {
  return Math.log1p(Math.max(0, population)) + (ADMINISTRATIVE_RANK[featureCode ?? ''] ?? 0);
}

export function reasonOf(candidate: Pick<PlaceCandidate, 'tier' | 'primary'>): MatchReason {
  switch (candidate.tier) {
    case 4:
      return candidate.primary ? 'exact' : 'alternate_name';
    case 3:
      return 'prefix';
    case 2:
      return 'transliteration';
    default:
      return 'fuzzy';
  }
}

export function scoreOf(candidate: PlaceCandidate): number {
  // Sounds matched loosely weigh less the more of the spelling differs (Lille is not إيلويلو).
  const spellingPenalty =
    candidate.tier <= 2 ? (24 * candidate.spellingDistance) / (candidate.spellingLength + 2) : 0;
  return (
    TIER_WEIGHTS[candidate.tier] +
    (candidate.primary ? PRIMARY_NAME_WEIGHT : 0) +
    TRIGRAM_WEIGHT * (candidate.similarity ?? 0) +
    importance(candidate.population, candidate.featureCode) +
    (candidate.touched ? TOUCHED_WEIGHT : 0) -
    spellingPenalty
  );
}

/** Candidates best first, each place once (by its best match), with the reason it matched. */
export function rankPlaceCandidates(
  candidates: readonly PlaceCandidate[],
): Array<{ candidate: PlaceCandidate; reason: MatchReason; score: number }> {
  const best = new Map<string, { candidate: PlaceCandidate; score: number }>();
  for (const candidate of candidates) {
    const score = scoreOf(candidate);
    const kept = best.get(candidate.placeId);
    if (!kept || score > kept.score || (score === kept.score && candidate.primary && !kept.candidate.primary))
      best.set(candidate.placeId, { candidate, score });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.candidate.placeId.localeCompare(b.candidate.placeId))
    .map(({ candidate, score }) => ({ candidate, score, reason: reasonOf(candidate) }));
}
