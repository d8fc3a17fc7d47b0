import { inArray, sql } from 'drizzle-orm';
import type { Principal } from '../accounts/policy.ts';
import type { Reader } from '../accounts/visibility.ts';
import { listAgreements } from '../agreements/reading.ts';
import type { Database } from '../db/client.ts';
import { events } from '../events/tables.ts';
import { listOrganizations } from '../organizations/organizations.ts';
import { organizations } from '../organizations/tables.ts';
import { listPeople } from '../people/people.ts';
import { searchPlaces } from '../places/search.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { normalizeName } from '../shared/names.ts';
import { matchQuality, rankSuggestions } from './ranking.ts';
import type { PortalSearchResults, Suggestion } from './schemas.ts';

/** How many events one search suggests. */
const EVENT_RESULTS = 4;

/**
 * Events whose title holds the query, or held at one of `placeIds`. Events are few (ceremonies,
 * symposiums) and public; their titles are matched as PostgreSQL folds them (case, accents).
 */
/** Organizations suggested for the places found. */
const LOCATED_RESULTS = 6;

async function searchEvents(db: Database, q: string, placeIds: string[]) {
  const normalized = normalizeName(q);
  if (!normalized) return [];
  const atPlaces = placeIds.length ? sql` OR ${inArray(events.placeId, placeIds)}` : sql``;
  return (
    db
      .select({
        id: events.id,
        title: events.title,
        startDate: events.startDate,
        placeId: events.placeId,
      })
      .from(events)
      // The title's texts, not its JSON: the language keys ("fr", "en") would match every event.
      .where(
        sql`(EXISTS (SELECT 1 FROM jsonb_each_text(${events.title}) AS text_of(language, value)
        WHERE lower(unaccent(text_of.value)) LIKE ${`%${normalized}%`})${atPlaces})`,
      )
      .orderBy(sql`${events.startDate} DESC NULLS LAST`, events.id)
      .limit(EVENT_RESULTS)
  );
}

/**
 * One search over every kind of record, as the reader may see them: each kind's own search finds a
 * few, then one list of suggestions ranks them all by how well their names match (ranking.ts). A
 * place is suggested as the organization located there (its own page in the registry), and opens
 * the events held there too.
 */
export async function searchEverything(
  db: Database,
  q: string,
  reader: Reader,
  /** Who searches, for the places their network already touches. */
  principal: Principal | null = null,
): Promise<PortalSearchResults> {
  const organizationPage = await listOrganizations(db, { q, limit: 6 });
  const placeMatches = await searchPlaces(db, { q, limit: 5, reader: principal });
  const peoplePage = await listPeople(db, { q, limit: 4 });
  const agreementPage = await listAgreements(db, { q, limit: 5 }, reader);
  const placeIds = placeMatches.map((place) => place.id);
  const eventRows = await searchEvents(db, q, placeIds);
  const located = placeIds.length
    ? await db
        .select({
          id: organizations.id,
          kind: organizations.kind,
          name: organizations.name,
          countryCode: organizations.countryCode,
          placeId: organizations.placeId,
        })
        .from(organizations)
        .where(inArray(organizations.placeId, placeIds))
        .orderBy(organizations.id)
        // A great city may hold hundreds: a few suggestions, as for every other kind.
        .limit(LOCATED_RESULTS)
    : [];

  const texts = (text: LocalizedText) => Object.values(text);
  const placeQuality = new Map(
    placeMatches.map((place) => [
      place.id,
      matchQuality(q, [place.matchedName, place.name, ...texts(place.names)]),
    ]),
  );
  const placeReason = (placeId: string): Suggestion['place'] => {
    const place = placeMatches.find((match) => match.id === placeId);
    return place ? { matchedName: place.matchedName, matchReason: place.matchReason } : null;
  };
  const suggestions: Suggestion[] = [
    ...organizationPage.items.map((organization): Suggestion => {
      const byName = matchQuality(q, [
        ...texts(organization.name),
        ...organization.alternateNames,
        organization.acronym,
      ]);
      // Found by a name only close to what was typed, and its place found too: it says how its place matched.
      const byPlace =
        byName === 'fuzzy' && organization.placeId && placeQuality.has(organization.placeId)
          ? organization.placeId
          : null;
      return {
        kind: organization.kind === 'network' ? 'network' : 'organization',
        id: organization.id,
        name: organization.name,
        countryCode: organization.countryCode,
        date: null,
        place: byPlace ? placeReason(byPlace) : null,
        match: byPlace ? placeQuality.get(byPlace)! : byName,
      };
    }),
    ...peoplePage.items.map(
      (person): Suggestion => ({
        kind: 'person',
        id: person.id,
        // A person's name as recorded is their name in Latin script, in French as in English.
        name: { fr: person.name, en: person.name, ...person.names },
        countryCode: null,
        date: null,
        place: null,
        match: matchQuality(q, [person.name, ...texts(person.names), ...person.alternateNames]),
      }),
    ),
    ...eventRows.map((event): Suggestion => {
      const byTitle = matchQuality(q, texts(event.title));
      const byPlace = event.placeId ? placeQuality.get(event.placeId) : undefined;
      return {
        kind: 'event',
        id: event.id,
        name: event.title,
        countryCode: null,
        date: event.startDate,
        // Found by its place, it matches as well as its place does.
        match: byPlace && byTitle === 'fuzzy' ? byPlace : byTitle,
        place: byPlace && byTitle === 'fuzzy' && event.placeId ? placeReason(event.placeId) : null,
      };
    }),
    ...agreementPage.items.map(
      (agreement): Suggestion => ({
        kind: 'agreement',
        id: agreement.id,
        name: agreement.title,
        countryCode: null,
        date: agreement.signedOn,
        place: null,
        match: matchQuality(q, [
          ...texts(agreement.title),
          ...agreement.parties.flatMap((party) => (party.organization ? texts(party.organization.name) : [])),
        ]),
      }),
    ),
    ...located.map(
      (organization): Suggestion => ({
        kind: organization.kind === 'network' ? 'network' : 'organization',
        id: organization.id,
        name: organization.name,
        countryCode: organization.countryCode,
        date: null,
        match: placeQuality.get(organization.placeId!) ?? 'fuzzy',
        place: placeReason(organization.placeId!),
      }),
    ),
  ];

  return {
    suggestions: rankSuggestions(suggestions),
    organizations: organizationPage.items.map((organization) => ({
      id: organization.id,
      kind: organization.kind,
      name: organization.name,
      countryCode: organization.countryCode,
    })),
    places: placeMatches.map((place) => ({
      id: place.id,
      name: place.name,
      names: place.names,
      countryCode: place.countryCode,
      matchedName: place.matchedName,
      matchReason: place.matchReason,
    })),
    people: peoplePage.items.map((person) => ({ id: person.id, name: person.name, names: person.names })),
    events: eventRows.map((event) => ({ id: event.id, title: event.title, startDate: event.startDate })),
    agreements: agreementPage.items.map((agreement) => ({
      id: agreement.id,
      title: agreement.title,
      status: agreement.status,
      signedOn: agreement.signedOn,
    })),
  };
}
