import { type Static, Type } from 'typebox';
import {
  CitationInput,
  CountryCode,
  Id,
  IsoDate,
  LocalizedText,
  Nullable,
  ShortText,
} from '../shared/schemas.ts';
import { ALL_SUBKINDS, ORGANIZATION_KINDS } from './kinds.ts';

const editableFields = {
  subkind: Type.Optional(Nullable(Type.Enum(ALL_SUBKINDS))),
  name: LocalizedText,
  alternateNames: Type.Optional(Type.Array(ShortText, { maxItems: 100 })),
  acronym: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 30 }))),
  countryCode: Type.Optional(Nullable(CountryCode)),
  placeId: Type.Optional(Nullable(Id)),
  parentId: Type.Optional(Nullable(Id)),
  description: Type.Optional(LocalizedText),
  website: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
  foundedOn: Type.Optional(Nullable(IsoDate)),
};

export const OrganizationInput = Type.Object(
  {
    kind: Type.Enum(ORGANIZATION_KINDS),
    ...editableFields,
    sources: Type.Optional(Type.Array(CitationInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const OrganizationChanges = Type.Object(
  { ...editableFields, name: Type.Optional(LocalizedText) },
  { additionalProperties: false, minProperties: 1 },
);

export type OrganizationInput = Static<typeof OrganizationInput>;
export type OrganizationChanges = Static<typeof OrganizationChanges>;
