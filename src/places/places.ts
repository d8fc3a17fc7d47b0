import { eq, inArray } from 'drizzle-orm';
import { recordChange } from '../audit/audit.ts';
import type { Database } from '../db/client.ts';
import type { ActingAs } from '../shared/actor.ts';
import { NotFoundError, ValidationError } from '../shared/errors.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { distinctNormalizedNames } from '../shared/names.ts';
import { assertCountry, assertLocalizedText } from '../shared/validate.ts';
import { cite } from '../sources/sources.ts';
import { phoneticKey, phoneticSpelling } from './phonetic.ts';
import { importance } from './ranking.ts';
import type { Place, PlaceInput } from './schemas.ts';
import { placeFromRow } from './search.ts';
import { placeNames, places } from './tables.ts';

export type { Place, PlaceInput };

function toPlace(row: typeof places.$inferSelect): Place {
  return placeFromRow({
    id: row.id,
    geonames_id: row.geonamesId,
    name: row.name,
    names: row.names,
    country_code: row.countryCode,
    other_country_codes: row.otherCountryCodes,
    admin1_code: row.admin1Code,
    feature_code: row.featureCode,
    latitude: row.latitude,
    longitude: row.longitude,
    population: row.population,
    elevation: row.elevation,
    timezone: row.timezone,
    note: row.note,
  });
}

export async function getPlace(db: Database, id: string): Promise<Place> {
  const [row] = await db.select().from(places).where(eq(places.id, id));
  if (!row) throw new NotFoundError('place.not_found', { id });
  return toPlace(row);
}

export async function getPlaceByGeonamesId(db: Database, geonamesId: number): Promise<Place | null> {
  const [row] = await db.select().from(places).where(eq(places.geonamesId, geonamesId));
  return row ? toPlace(row) : null;
}

export async function getPlacesByIds(db: Database, ids: string[]): Promise<Map<string, Place>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(places).where(inArray(places.id, ids));
  return new Map(rows.map((row) => [row.id, toPlace(row)]));
}

/** A place GeoNames lacks (a daira of the refugee camps, a rural commune), created with its source. */
export async function createPlace(tx: Database, actingAs: ActingAs, input: PlaceInput): Promise<Place> {
  assertCountry(input.countryCode, '/countryCode');
  for (const [index, code] of (input.otherCountryCodes ?? []).entries())
    assertCountry(code, `/otherCountryCodes/${index}`);
  assertLocalizedText(input.names, '/names', false);
  if (input.name.trim() === '') throw new ValidationError('text.blank', '/name');
  if ((input.latitude == null) !== (input.longitude == null)) {
    throw new ValidationError(
      'place.coordinates_incomplete',
      input.latitude == null ? '/latitude' : '/longitude',
    );
  }
  const [row] = await tx
    .insert(places)
    .values({
      name: input.name,
      names: input.names ?? {},
      countryCode: input.countryCode,
      otherCountryCodes: input.otherCountryCodes ?? [],
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      population: input.population ?? 0,
      elevation: input.elevation ?? null,
      timezone: input.timezone ?? null,
      featureCode: input.featureCode ?? null,
      note: input.note ?? null,
    })
    .returning();
  await indexCuratedNames(tx, row!.id, [
    input.name,
    ...Object.values(input.names ?? {}),
    ...(input.alternateNames ?? []),
  ]);
  for (const [index, citation] of (input.sources ?? []).entries()) {
    await cite(tx, actingAs, 'place', row!.id, citation, `/sources/${index}`);
  }
  const place = toPlace(row!);
  await recordChange(tx, actingAs, {
    action: 'create',
    entityType: 'place',
    entityId: place.id,
    after: place,
  });
  return place;
}

/** Adds display names in given languages to a place (e.g. Porto-Novo: ar بورطو نوفو) and makes them searchable. */
export async function addPlaceNames(
  tx: Database,
  actingAs: ActingAs,
  placeId: string,
  names: LocalizedText,
  alternateNames: string[] = [],
): Promise<Place> {
  assertLocalizedText(names, '/names', false);
  const before = await getPlace(tx, placeId);
  const merged = { ...before.names, ...names };
  const [row] = await tx
    .update(places)
    .set({ names: merged, updatedAt: new Date() })
    .where(eq(places.id, placeId))
    .returning();
  await indexCuratedNames(tx, placeId, [...Object.values(names), ...alternateNames]);
  const after = toPlace(row!);
  await recordChange(tx, actingAs, {
    action: 'update',
    entityType: 'place',
    entityId: placeId,
    before,
    after,
  });
  return after;
}

async function indexCuratedNames(
  tx: Database,
  placeId: string,
  names: Array<string | undefined>,
): Promise<void> {
  const distinct = distinctNormalizedNames(names.filter((name): name is string => Boolean(name)));
  if (distinct.length === 0) return;
  const [place] = await tx
    .select({ population: places.population, featureCode: places.featureCode })
    .from(places)
    .where(eq(places.id, placeId));
  const placeImportance = importance(place?.population ?? 0, place?.featureCode ?? null);
  await tx
    .insert(placeNames)
    .values(
      distinct.map(({ name, normalized }) => ({
        placeId,
        name,
        normalized,
        origin: 'curated',
        phonetic: phoneticKey(normalized),
        phoneticSpelling: phoneticSpelling(normalized),
        importance: placeImportance,
      })),
    )
    .onConflictDoNothing();
}
