/** The extractor's place look-up: the project's place search on a database. */
import type { Database } from '../db/client.ts';
import { searchPlaces } from '../places/search.ts';
import type { PlaceSearcher } from './extract.ts';

/** How many answers of the search the extractor weighs (resolution.ts) for each name. */
const ANSWERS = 8;

export function placeSearcher(db: Database): PlaceSearcher {
  return (query, country) => searchPlaces(db, { q: query, country: country ?? undefined, limit: ANSWERS });
}
