import { type Static, Type } from 'typebox';
import {
  AllowedActions,
  Citation,
  CitationInput,
  CountryCode,
  Id,
  IsoDate,
  LocalizedText,
  Nullable,
  named,
  PageOf,
  PageQuery,
  refTo,
  ShortText,
} from '../shared/schemas.ts';
import { ALL_SUBKINDS, ORGANIZATION_KINDS } from './kinds.ts';

/** An organization as lists show it. */
export const Organization = named(
  'Organization',
  Type.Object({
    id: Id,
    kind: Type.Enum(ORGANIZATION_KINDS),
    subkind: Nullable(Type.String()),
    name: LocalizedText,
    alternateNames: Type.Array(Type.String()),
    acronym: Nullable(Type.String()),
    countryCode: Nullable(Type.String()),
    placeId: Nullable(Id),
    parentId: Nullable(Id),
    description: LocalizedText,
    website: Nullable(Type.String()),
    foundedOn: Nullable(Type.String()),
  }),
);

/** One organization as read by its id: with its sources and its version. */
export const OrganizationDetail = named(
  'OrganizationDetail',
  Type.Object({
    ...Organization.properties,
    sources: Type.Array(refTo(Citation)),
    version: Type.Integer({
      description: 'Bumped by every change to the organization: its ETag, for If-Match',
    }),
    allowedActions: AllowedActions,
  }),
);

/** An organization in a list: with what the reader may do with it, as on its own page. */
export const OrganizationListItem = named(
  'OrganizationListItem',
  Type.Object({ ...Organization.properties, allowedActions: AllowedActions }),
);

export const OrganizationPage = named('OrganizationPage', PageOf(refTo(OrganizationListItem)));

/** The filters of the list of organizations (a query string: its fields are parameters, never named). */
export const OrganizationQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    kind: Type.Optional(Type.Enum(ORGANIZATION_KINDS)),
    country: Type.Optional(CountryCode),
    /** Members of this network (organization memberships in force). */
    network: Type.Optional(Id),
    parent: Type.Optional(Id),
    ...PageQuery,
  },
  { additionalProperties: false },
);

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

export const OrganizationInput = named(
  'OrganizationInput',
  Type.Object(
    {
      kind: Type.Enum(ORGANIZATION_KINDS),
      ...editableFields,
      sources: Type.Optional(Type.Array(refTo(CitationInput), { maxItems: 50 })),
    },
    { additionalProperties: false },
  ),
);

export const OrganizationChanges = named(
  'OrganizationChanges',
  Type.Object(
    { ...editableFields, name: Type.Optional(LocalizedText) },
    { additionalProperties: false, minProperties: 1 },
  ),
);

export type Organization = Static<typeof Organization>;
export type OrganizationDetail = Static<typeof OrganizationDetail>;
export type OrganizationPage = Static<typeof OrganizationPage>;
export type OrganizationListItem = Static<typeof OrganizationListItem>;
export type OrganizationQuery = Static<typeof OrganizationQuery>;
export type OrganizationInput = Static<typeof OrganizationInput>;
export type OrganizationChanges = Static<typeof OrganizationChanges>;
