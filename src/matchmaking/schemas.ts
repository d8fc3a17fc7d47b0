import { type Static, Type } from 'typebox';
import { THEMES } from '../agreements/rules.ts';
import {
  CountryCode,
  Id,
  IsoDate,
  LanguageCode,
  LocalizedText,
  Nullable,
  named,
  refTo,
  Timestamp,
} from '../shared/schemas.ts';
import {
  PARTNER_REQUEST_KINDS,
  PARTNER_REQUEST_STATUSES,
  PARTNER_REQUEST_VISIBILITIES,
} from './board-rules.ts';
import { POPULATION_BANDS, REGIONS } from './profile.ts';
import { REASON_CODES } from './recommender.ts';

/** An organization as a suggestion or a request names it. */
export const OrganizationRef = named(
  'OrganizationRef',
  Type.Object({ id: Id, name: LocalizedText, countryCode: Nullable(Type.String()) }),
);

export const SuggestionReason = named(
  'SuggestionReason',
  Type.Object({
    code: Type.Enum(REASON_CODES),
    value: Type.Union([Type.String(), Type.Number()], {
      description: 'A count, a population band, a climate zone or a region code, as the code says',
    }),
    items: Type.Array(Type.String(), {
      description:
        'What the reason names: organization ids (common partners, networks), country, language or theme codes',
    }),
    text: Type.String({ description: 'The reason as a sentence in the reader’s language' }),
  }),
);

export const PartnerSuggestion = named(
  'PartnerSuggestion',
  Type.Object({
    organization: refTo(OrganizationRef),
    score: Type.Number(),
    populationBand: Nullable(Type.Enum(POPULATION_BANDS)),
    reasons: Type.Array(refTo(SuggestionReason)),
  }),
);

export const PartnerSuggestions = named(
  'PartnerSuggestions',
  Type.Object({
    items: Type.Array(refTo(PartnerSuggestion)),
    /** The organizations the reasons name (common partners, networks), by id. */
    named: Type.Array(refTo(OrganizationRef)),
  }),
);

export const SuggestionQuery = Type.Object(
  {
    country: Type.Optional(CountryCode),
    region: Type.Optional(Type.Enum(REGIONS)),
    size: Type.Optional(Type.Enum(POPULATION_BANDS)),
    theme: Type.Optional(Type.Enum(THEMES)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type SuggestionQuery = Static<typeof SuggestionQuery>;

export const PartnerRequestInput = named(
  'PartnerRequestInput',
  Type.Object(
    {
      organizationId: Id,
      kind: Type.Enum(PARTNER_REQUEST_KINDS),
      title: Type.String({ minLength: 1, maxLength: 200 }),
      description: Type.Optional(Type.String({ maxLength: 5000 })),
      themes: Type.Optional(Type.Array(Type.Enum(THEMES), { maxItems: 19, uniqueItems: true })),
      regions: Type.Optional(Type.Array(Type.Enum(REGIONS), { maxItems: 7, uniqueItems: true })),
      languages: Type.Optional(Type.Array(LanguageCode, { maxItems: 10, uniqueItems: true })),
      until: Type.Optional(Nullable(IsoDate)),
      visibility: Type.Optional(Type.Enum(PARTNER_REQUEST_VISIBILITIES)),
    },
    { additionalProperties: false },
  ),
);
export type PartnerRequestInput = Static<typeof PartnerRequestInput>;

export const PartnerRequestAnswerInput = named(
  'PartnerRequestAnswerInput',
  Type.Object(
    { organizationId: Id, message: Type.String({ minLength: 1, maxLength: 5000 }) },
    { additionalProperties: false },
  ),
);
export type PartnerRequestAnswerInput = Static<typeof PartnerRequestAnswerInput>;

export const PartnerRequestMove = named(
  'PartnerRequestMove',
  Type.Object(
    { to: Type.Enum(PARTNER_REQUEST_STATUSES), reason: Type.Optional(Type.String({ maxLength: 1000 })) },
    { additionalProperties: false },
  ),
);
export type PartnerRequestMove = Static<typeof PartnerRequestMove>;

export const PartnerRequestAnswer = named(
  'PartnerRequestAnswer',
  Type.Object({ id: Id, organization: refTo(OrganizationRef), message: Type.String(), createdAt: Timestamp }),
);

export const PartnerRequest = named(
  'PartnerRequest',
  Type.Object({
    id: Id,
    organization: refTo(OrganizationRef),
    kind: Type.Enum(PARTNER_REQUEST_KINDS),
    status: Type.Enum(PARTNER_REQUEST_STATUSES),
    visibility: Type.Enum(PARTNER_REQUEST_VISIBILITIES),
    title: Type.String(),
    description: Type.String(),
    themes: Type.Array(Type.String()),
    regions: Type.Array(Type.String()),
    languages: Type.Array(Type.String()),
    until: Nullable(Type.String()),
    createdAt: Timestamp,
    version: Type.Integer(),
    /** The answers the reader may read: all of them for those who act for the request, their own for the others. */
    answers: Type.Array(refTo(PartnerRequestAnswer)),
    allowedActions: Type.Array(Type.String(), {
      description:
        'What the reader may do now: answer, and the statuses it may move the request to (close, open, withdraw)',
    }),
  }),
);
export type PartnerRequest = Static<typeof PartnerRequest>;

export const PartnerRequestList = named(
  'PartnerRequestList',
  Type.Object({ items: Type.Array(refTo(PartnerRequest)) }),
);

export const PartnerRequestQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(PARTNER_REQUEST_STATUSES)),
    kind: Type.Optional(Type.Enum(PARTNER_REQUEST_KINDS)),
    theme: Type.Optional(Type.Enum(THEMES)),
    organization: Type.Optional(Id),
    network: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type PartnerRequestQuery = Static<typeof PartnerRequestQuery>;
