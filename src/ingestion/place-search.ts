/**
 * The extractor's place look-up: the project's place search on a database, asking only for the
 * answers the resolution (resolution.ts) can take, and remembering them for the searcher's lifetime.
 *
 * The resolution takes a whole name (the place's own or an alternate one) and, for a name written
 * in another script than Latin, the same sounds. Asked for these alone, the search answers most of
 * the strings an article proposes ("Festival Internacional del Volcán", a person's name) with one
 * statement of index probes, and a town named whole without its slow close-spelling look-ups.
 */
import type { Database } from '../db/client.ts';
import type { MatchReason } from '../places/ranking.ts';
import type { PlaceMatch } from '../places/schemas.ts';
import { searchPlaces } from '../places/search.ts';
import type { PlaceSearcher } from './extract.ts';

/** How many answers of the search the extractor weighs (resolution.ts) for each name. */
const ANSWERS = 8;
// A batch of articles repeats its places (the same partner city in every article of a visit); the
// bound keeps a long batch's memory flat.
const REMEMBERED = 2000;

// A name in another script than Latin may be taken for the same sounds (نوفوروسيسك, Novorossiysk).
const OTHER_SCRIPT = /[\u0600-\u06FF\u0400-\u04FF]/;
const WHOLE: readonly MatchReason[] = ['exact', 'alternate_name'];
const WHOLE_OR_SOUNDS: readonly MatchReason[] = [...WHOLE, 'transliteration'];

/**
 * The searcher the extractor runs for one batch of articles. Its memory of answers lives as long
 * as the searcher: a new batch (a new searcher) sees the places added since.
 */
export function placeSearcher(db: Database): PlaceSearcher {
  const remembered = new Map<string, Promise<PlaceMatch[]>>();
  const answer = async (query: string, country: string | null): Promise<PlaceMatch[]> => {
    const reasons = OTHER_SCRIPT.test(query) ? WHOLE_OR_SOUNDS : WHOLE;
    return searchPlaces(db, { q: query, country: country ?? undefined, limit: ANSWERS, reasons });
  };
  return (query, country) => {
    const key = `${country ?? ''}|${query}`;
    let found = remembered.get(key);
    if (found) {
      // Most recently used last: the first key is the one to forget.
      remembered.delete(key);
    } else {
      found = answer(query, country);
      // A failed look-up is not remembered: the next article asks again.
      found.catch(() => remembered.delete(key));
    }
    remembered.set(key, found);
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
    return found;
  };
}
