import { type Static, Type } from 'typebox';
import { CitationInput, CountryCode, LocalizedText, Nullable, ShortText } from '../shared/schemas.ts';

export const MAX_POPULATION = 2_000_000_000;

export const PlaceInput = Type.Object(
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
    timezone: Type.Optional(Nullable(ShortText)),
    featureCode: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    sources: Type.Optional(Type.Array(CitationInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export type PlaceInput = Static<typeof PlaceInput>;
