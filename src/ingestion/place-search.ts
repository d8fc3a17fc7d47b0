/**
 * The extractor's place look-up: an article's names read at once (src/places/name-index.ts), asked
 * only for the answers the resolution (resolution.ts) can take: a whole name (the place's own or an
 * alternate one) and, for a name written in another script than Latin, the same sounds.
 */
import type { Database } from '../db/client.ts';
import { type NameQuery, readPlaceNames } from '../places/name-index.ts';
import type { PlaceSearcher } from './extract.ts';

/** How many answers the extractor weighs (resolution.ts) for each name. */
const ANSWERS = 8;

// A name in another script than Latin may be taken for the same sounds (نوفوروسيسك, Novorossiysk).
const OTHER_SCRIPT = /[\u0600-\u06FF\u0400-\u04FF]/;

/**
 * What the extractor asks of a name: the place's whole name, or its sounds from another script.
 * The resolution takes a spelling one letter off only with the country from the context, and
 * otherwise the same spelling: the consonants alone are asked with a country.
 */
export function extractorQuery(query: string, country: string | null): NameQuery {
  return {
    q: query,
    country,
    sounds: !OTHER_SCRIPT.test(query) ? 'none' : country ? 'skeleton' : 'spelled_alike',
  };
}

/** The searcher the extractor runs on a database: the places as they are when an article is read. */
export function placeSearcher(db: Database): PlaceSearcher {
  return async (names) => {
    const index = await readPlaceNames(
      db,
      names.map(({ query, country }) => extractorQuery(query, country)),
    );
    return async (query, country) => {
      const wanted = extractorQuery(query, country);
      // A name the article gave only once another was found ("صور ونوفوروسيسك"): read now.
      if (!index.covers(wanted)) await index.readFrom(db, [wanted]);
      return index.find({ ...wanted, limit: ANSWERS });
    };
  };
}
