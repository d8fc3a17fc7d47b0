/**
 * Which of the place search's answers an article's name is taken to mean. Plain rules, no I/O:
 * the search (src/places/search.ts) finds and ranks the places; this says when its best answer is
 * sure enough to propose, and otherwise leaves the name as a proposal for a new place.
 *
 * - A whole name (the place's own, or one of its alternate names) is taken; among several, the
 *   place's own name before an alternate one (Smara is the Moroccan town, though "Smara" is also
 *   an alternate name of Samara), then the most populous (a press article names the known place).
 * - The same sounds in another script (نوفوروسيسك الروسية → Novorossiysk) are taken when the
 *   spellings agree letter for letter, or differ by one, and the country is known from the context;
 *   without it only a capital or a city of a million (دكار → Dakar): an Arabic consonant skeleton
 *   matches many small places (أمكالة is not Machala). A Latin name is never taken for another
 *   spelling (Xela is not Kassel).
 * - A refugee-camp wilaya is a place of the camps' country, never the city of the same name.
 */
import { editDistance, phoneticSpelling } from '../places/phonetic.ts';
import type { PlaceAnswer } from '../places/schemas.ts';
import { normalizeName } from '../shared/names.ts';
import { ARABIC_LETTER } from './text.ts';

export interface ResolvedPlace {
  placeId: string;
  geonamesId: number | null;
  name: string;
  countryCode: string;
  matchReason: PlaceAnswer['matchReason'];
  matchedName: string;
  confidence: number;
}

const script = (text: string) =>
  ARABIC_LETTER.test(text) ? 'arabic' : /[\u0400-\u04FF]/.test(text) ? 'cyrillic' : 'latin';

/** The place a name means among the search's answers, or null (then it is proposed as a new place). */
export function choosePlace(
  query: string,
  matches: readonly PlaceAnswer[],
  context: { country: string | null; camp: boolean },
): ResolvedPlace | null {
  const spelling = phoneticSpelling(normalizeName(query));
  const accepted = matches
    .map((match, rank) => {
      if (
        context.country &&
        match.countryCode !== context.country &&
        !match.otherCountryCodes.includes(context.country)
      )
        return null;
      if (match.matchReason === 'exact' || match.matchReason === 'alternate_name')
        return {
          match,
          rank,
          quality: match.matchReason === 'exact' ? 2 : 1,
          confidence: context.country ? 0.95 : 0.85,
        };
      // Sounds bridge scripts from the article's: a Latin name is not another Latin or an Arabic one.
      if (
        match.matchReason !== 'transliteration' ||
        script(query) === 'latin' ||
        script(query) === script(match.matchedName)
      )
        return null;
      const distance = editDistance(spelling, phoneticSpelling(normalizeName(match.matchedName)));
      // Without the country from the context, only a well-known city is named by its sounds alone.
      const known = match.featureCode === 'PPLC' || match.population >= 1_000_000;
      if ((distance === 0 && (context.country || known)) || (distance === 1 && context.country))
        return { match, rank, quality: 0, confidence: distance === 0 ? 0.8 : 0.6 };
      return null;
    })
    .filter((entry) => entry !== null);
  if (accepted.length === 0) return null;
  const best = accepted.sort(
    // Whole names alike: the most populous; sounds alike: the search's own order (it weighs the spelling).
    (a, b) =>
      b.quality - a.quality ||
      (a.quality > 0 ? b.match.population - a.match.population : 0) ||
      a.rank - b.rank,
  )[0]!;
  // Several places answer the name equally well: still proposed, with less confidence.
  const rivals = accepted.filter(
    (entry) => entry.quality === best.quality && entry.match.id !== best.match.id,
  ).length;
  return {
    placeId: best.match.id,
    geonamesId: best.match.geonamesId,
    name: best.match.name,
    countryCode: best.match.countryCode,
    matchReason: best.match.matchReason,
    matchedName: best.match.matchedName,
    confidence: Math.max(0.3, best.confidence - (rivals > 0 ? 0.2 : 0)),
  };
}
