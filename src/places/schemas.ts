import { type Static, Type } from 'typebox';
import {
  CitationInput,
  CountryCode,
  Id,
  LocalizedText,
  Nullable,
  named,
  refTo,
  ShortText,
} from '../shared/schemas.ts';

export const MAX_POPULATION = 2_000_000_000;

/** A place of the gazetteer (GeoNames) or one created in Jumelage. */
export const Place = named(
  'Place',
  Type.Object({
    id: Id,
    geonamesId: Nullable(Type.Integer()),
    name: Type.String(),
    names: LocalizedText,
    countryCode: Type.String(),
    otherCountryCodes: Type.Array(Type.String()),
    admin1Code: Nullable(Type.String()),
    featureCode: Nullable(Type.String()),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    population: Type.Integer(),
    elevation: Nullable(Type.Integer({ description: 'Metres above sea level, when known' })),
    timezone: Nullable(Type.String()),
    note: Nullable(Type.String()),
  }),
);

/** Why a place was found (src/places/ranking.ts). */
export const PlaceMatchReason = Type.Union(
  [
    Type.Literal('exact'),
    Type.Literal('alternate_name'),
    Type.Literal('prefix'),
    Type.Literal('transliteration'),
    Type.Literal('fuzzy'),
  ],
  {
    description:
      'Why the place was found: exact (its own name), alternate_name (another of its names, any script), ' +
      'prefix (a name it begins), transliteration (a name with the same sounds in another script or ' +
      'transliteration: تمبوكتو, Tombouctou, Timbuktu), fuzzy (a close spelling, one or two letters off)',
  },
);

/** A place found by a search, with the spelling that matched the query and why. */
export const PlaceMatch = named(
  'PlaceMatch',
  Type.Object({ ...Place.properties, matchedName: Type.String(), matchReason: PlaceMatchReason }),
);

export const PlaceMatches = named('PlaceMatches', Type.Object({ items: Type.Array(refTo(PlaceMatch)) }));

export const PlaceInput = named(
  'PlaceInput',
  Type.Object(
    {
      name: ShortText,
      names: Type.Optional(LocalizedText),
      alternateNames: Type.Optional(Type.Array(ShortText, { maxItems: 100 })),
      countryCode: CountryCode,
      otherCountryCodes: Type.Optional(Type.Array(CountryCode, { maxItems: 5 })),
      latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
      longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
      // No place holds more people than the most populous country: a larger figure is a typing error.
      population: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_POPULATION })),
      // From the shore of the Dead Sea to the highest town of the Andes.
      elevation: Type.Optional(Nullable(Type.Integer({ minimum: -450, maximum: 6000 }))),
      timezone: Type.Optional(Nullable(ShortText)),
      featureCode: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
      note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
      sources: Type.Optional(Type.Array(refTo(CitationInput), { maxItems: 50 })),
    },
    { additionalProperties: false },
  ),
);

export type Place = Static<typeof Place>;
export type PlaceMatch = Static<typeof PlaceMatch>;
/** What a reader needs of a place found to choose among namesakes (the gazetteer's names in memory answer it). */
export type PlaceAnswer = Pick<
  PlaceMatch,
  | 'id'
  | 'geonamesId'
  | 'name'
  | 'countryCode'
  | 'otherCountryCodes'
  | 'featureCode'
  | 'population'
  | 'matchedName'
  | 'matchReason'
>;
export type PlaceInput = Static<typeof PlaceInput>;
