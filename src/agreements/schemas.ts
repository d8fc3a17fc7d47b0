import { type Static, Type } from 'typebox';
import { VISIBILITIES } from '../accounts/visibility.ts';
import {
  CitationInput,
  CountryCode,
  Id,
  IsoDate,
  LocalizedText,
  Nullable,
  ShortText,
} from '../shared/schemas.ts';
import { AGREEMENT_STATUSES } from './lifecycle.ts';
import {
  AGREEMENT_TYPES,
  APPROVAL_DECISIONS,
  PART_KINDS,
  RENEWAL_TERMS,
  SIGNATORY_ROLES,
  THEMES,
} from './rules.ts';

/** What clients send to record and change agreements: the one description, for validation, types and OpenAPI. */

export const Status = Type.Enum(AGREEMENT_STATUSES);

export const PartyInput = Type.Object(
  {
    organizationId: Type.Optional(Nullable(Id)),
    description: Type.Optional(Nullable(LocalizedText)),
    countryCode: Type.Optional(Nullable(CountryCode)),
  },
  {
    additionalProperties: false,
    description: 'An organization, or a description of a party a source does not name',
  },
);

export const SignatoryInput = Type.Object(
  {
    personId: Id,
    partyOrganizationId: Type.Optional(Nullable(Id)),
    role: Type.Enum(SIGNATORY_ROLES),
    postLabel: Type.Optional(LocalizedText),
  },
  { additionalProperties: false },
);

export const PartInput = Type.Object(
  {
    kind: Type.Optional(Type.Enum(PART_KINDS)),
    title: Type.Optional(LocalizedText),
    plannedFrom: Type.Optional(Nullable(IsoDate)),
    plannedTo: Type.Optional(Nullable(IsoDate)),
    signedOn: Type.Optional(Nullable(IsoDate)),
    signingPlaceId: Type.Optional(Nullable(Id)),
    signingEventId: Type.Optional(Nullable(Id)),
    extendsTermMonths: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1200 }))),
    signatories: Type.Optional(Type.Array(SignatoryInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const ApprovalInput = Type.Object(
  {
    partyOrganizationId: Type.Optional(Nullable(Id)),
    authorityOrganizationId: Type.Optional(Nullable(Id)),
    authorityName: Type.Optional(Nullable(ShortText)),
    reference: Type.Optional(Nullable(ShortText)),
    decidedOn: Type.Optional(Nullable(IsoDate)),
    decision: Type.Enum(APPROVAL_DECISIONS),
    note: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  },
  { additionalProperties: false },
);

const editable = {
  type: Type.Enum(AGREEMENT_TYPES),
  title: LocalizedText,
  themes: Type.Optional(Type.Array(Type.Enum(THEMES), { uniqueItems: true, maxItems: THEMES.length })),
  description: Type.Optional(LocalizedText),
  termMonths: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1200 }))),
  renewal: Type.Optional(Nullable(Type.Enum(RENEWAL_TERMS))),
  startsOn: Type.Optional(Nullable(IsoDate)),
  endsOn: Type.Optional(Nullable(IsoDate)),
  parties: Type.Array(PartyInput, { minItems: 2, maxItems: 100 }),
  visibility: Type.Optional(
    Type.Enum(VISIBILITIES, {
      description:
        'public (default): anyone; members: signed-in members of a network of a party; restricted: the readers named, ' +
        'the officers of the parties and platform admins',
    }),
  ),
  readers: Type.Optional(
    Type.Object(
      {
        userIds: Type.Optional(Type.Array(Id, { maxItems: 200, uniqueItems: true })),
        bodyIds: Type.Optional(Type.Array(Id, { maxItems: 50, uniqueItems: true })),
      },
      {
        additionalProperties: false,
        description: 'Who reads a restricted agreement: accounts, and bodies whose council members read it',
      },
    ),
  ),
};

export const AgreementInput = Type.Object(
  {
    ...editable,
    status: Type.Optional(
      Type.Enum(AGREEMENT_STATUSES, {
        description:
          'The status to record the agreement in (default `proposed`), under the rules of the transitions that lead there: ' +
          '`signed`, `in_force`, `suspended` and `ended` need every part signed, and each status on the way (approval included) must hold',
      }),
    ),
    statusReason: Type.Optional(ShortText),
    parts: Type.Optional(Type.Array(PartInput, { minItems: 1, maxItems: 50 })),
    approvals: Type.Optional(Type.Array(ApprovalInput, { maxItems: 50 })),
    sources: Type.Optional(Type.Array(CitationInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const AgreementChanges = Type.Object(
  {
    ...editable,
    type: Type.Optional(editable.type),
    title: Type.Optional(editable.title),
    parties: Type.Optional(editable.parties),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PartChanges = Type.Object(
  {
    title: Type.Optional(LocalizedText),
    plannedFrom: Type.Optional(Nullable(IsoDate)),
    plannedTo: Type.Optional(Nullable(IsoDate)),
    signedOn: Type.Optional(IsoDate),
    signingPlaceId: Type.Optional(Nullable(Id)),
    signingEventId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false, minProperties: 1 },
);

export type PartyInput = Static<typeof PartyInput>;
export type SignatoryInput = Static<typeof SignatoryInput>;
export type PartInput = Static<typeof PartInput>;
export type ApprovalInput = Static<typeof ApprovalInput>;
export type AgreementInput = Static<typeof AgreementInput>;
export type AgreementChanges = Static<typeof AgreementChanges>;
export type PartChanges = Static<typeof PartChanges>;
