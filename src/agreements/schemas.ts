import { type Static, Type } from 'typebox';
import { VISIBILITIES } from '../accounts/visibility.ts';
import {
  AllowedActions,
  Citation,
  CitationInput,
  CountryCode,
  Id,
  IsoDate,
  LanguageCode,
  LocalizedText,
  Nullable,
  named,
  PageOf,
  PageQuery,
  refTo,
  ShortText,
  Timestamp,
  Withdrawal,
} from '../shared/schemas.ts';
import { CORRECTABLE_PART_FIELDS, CORRECTION_STATUSES } from './correction-rules.ts';
import { HISTORY_NOTES } from './history.ts';
import { AGREEMENT_STATUSES } from './lifecycle.ts';
import {
  AGREEMENT_TYPES,
  APPROVAL_DECISIONS,
  PART_KINDS,
  RENEWAL_TERMS,
  SIGNATORY_ROLES,
  THEMES,
} from './rules.ts';
import { TO_DOS } from './to-do.ts';

/**
 * Every shape agreements are sent and read in, described once: the description validates
 * requests, serializes answers, types the use cases (`Static`) and writes the OpenAPI document,
 * which lists each named shape once under components.schemas.
 */

export const Status = Type.Enum(AGREEMENT_STATUSES);

// ---------------------------------------------------------------- what clients send

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

export const SignatoryInput = named(
  'SignatoryInput',
  Type.Object(
    {
      personId: Id,
      partyOrganizationId: Type.Optional(Nullable(Id)),
      role: Type.Enum(SIGNATORY_ROLES),
      postLabel: Type.Optional(LocalizedText),
    },
    { additionalProperties: false },
  ),
);

export const PartInput = named(
  'PartInput',
  Type.Object(
    {
      kind: Type.Optional(Type.Enum(PART_KINDS)),
      title: Type.Optional(LocalizedText),
      plannedFrom: Type.Optional(Nullable(IsoDate)),
      plannedTo: Type.Optional(Nullable(IsoDate)),
      signedOn: Type.Optional(Nullable(IsoDate)),
      signingPlaceId: Type.Optional(Nullable(Id)),
      signingEventId: Type.Optional(Nullable(Id)),
      extendsTermMonths: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1200 }))),
      signatories: Type.Optional(Type.Array(refTo(SignatoryInput), { maxItems: 50 })),
    },
    { additionalProperties: false },
  ),
);

export const ApprovalInput = named(
  'ApprovalInput',
  Type.Object(
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
  ),
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

export const AgreementInput = named(
  'AgreementInput',
  Type.Object(
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
      parts: Type.Optional(Type.Array(refTo(PartInput), { minItems: 1, maxItems: 50 })),
      approvals: Type.Optional(Type.Array(refTo(ApprovalInput), { maxItems: 50 })),
      sources: Type.Optional(Type.Array(refTo(CitationInput), { maxItems: 50 })),
    },
    { additionalProperties: false },
  ),
);

export const AgreementChanges = named(
  'AgreementChanges',
  Type.Object(
    {
      ...editable,
      type: Type.Optional(editable.type),
      title: Type.Optional(editable.title),
      parties: Type.Optional(editable.parties),
    },
    { additionalProperties: false, minProperties: 1 },
  ),
);

export const PartChanges = named(
  'PartChanges',
  Type.Object(
    {
      title: Type.Optional(LocalizedText),
      plannedFrom: Type.Optional(Nullable(IsoDate)),
      plannedTo: Type.Optional(Nullable(IsoDate)),
      signedOn: Type.Optional(IsoDate),
      signingPlaceId: Type.Optional(Nullable(Id)),
      signingEventId: Type.Optional(Nullable(Id)),
    },
    { additionalProperties: false, minProperties: 1 },
  ),
);

/** A move of an agreement to another status, and why. */
export const AgreementStatusChange = named(
  'AgreementStatusChange',
  Type.Object(
    { to: Status, reason: Type.String({ minLength: 1, maxLength: 2000 }) },
    { additionalProperties: false },
  ),
);

/** From which status on the parties of a country need a supervising authority's approval. */
export const ApprovalPolicyInput = named(
  'ApprovalPolicyInput',
  Type.Object(
    { requiredFrom: Status, description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) },
    { additionalProperties: false },
  ),
);

/**
 * The fields of a document upload, a multipart form the handler streams and checks itself: the
 * schema documents it. Not a named shape: the route's body schema itself must show its binary
 * field, by which the server knows a streamed form (http/input-guard.ts, isStreamedForm).
 */
export const DocumentUpload = Type.Object({
  language: LanguageCode,
  partId: Type.Optional(Id),
  visibility: Type.Optional(Type.Enum(VISIBILITIES)),
  file: Type.Unsafe<unknown>({
    type: 'string',
    format: 'binary',
    description: 'The signed text, as PDF, PNG or JPEG',
  }),
});

/** The filters, order and page of the list of agreements (a query string: not a named shape). */
export const AgreementListQuery = Type.Object(
  {
    country: Type.Optional(CountryCode),
    status: Type.Optional(Status),
    type: Type.Optional(Type.Enum(AGREEMENT_TYPES)),
    theme: Type.Optional(Type.Enum(THEMES)),
    party: Type.Optional(Id),
    network: Type.Optional(Id),
    validatedBy: Type.Optional(
      Type.String({ format: 'uuid', description: 'A network that validated it (its members declared it)' }),
    ),
    signatory: Type.Optional(
      Type.String({ format: 'uuid', description: 'A person who signed a part of it' }),
    ),
    event: Type.Optional(
      Type.String({ format: 'uuid', description: 'An event at which a part of it was signed, or is to be' }),
    ),
    signedFrom: Type.Optional(IsoDate),
    signedTo: Type.Optional(IsoDate),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    sort: Type.Optional(
      Type.Enum(['newest', 'oldest'], {
        description: 'By date of signature; never-signed agreements last',
      }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);

// ---------------------------------------------------------------- what clients read

export const AgreementParty = named(
  'AgreementParty',
  Type.Object({
    position: Type.Integer(),
    organization: Nullable(
      Type.Object({
        id: Id,
        kind: Type.String(),
        subkind: Nullable(Type.String()),
        name: LocalizedText,
        countryCode: Nullable(Type.String()),
        placeId: Nullable(Id),
      }),
    ),
    description: Nullable(LocalizedText),
    countryCode: Nullable(Type.String()),
  }),
);

/** What every list of agreements says of each: what it is, where it stands, between whom. */
const listedFields = {
  id: Id,
  type: Type.Enum(AGREEMENT_TYPES),
  status: Status,
  title: LocalizedText,
  themes: Type.Array(Type.Enum(THEMES)),
  signedOn: Nullable(Type.String({ description: 'Date the first part was signed' })),
  startsOn: Nullable(Type.String()),
  endsOn: Nullable(Type.String()),
  visibility: Type.Enum(VISIBILITIES),
  parties: Type.Array(refTo(AgreementParty)),
};

const summaryFields = { ...listedFields, allowedActions: AllowedActions };

/** An agreement as lists show it: what it is, where it stands, between whom. */
export const AgreementSummary = named('AgreementSummary', Type.Object(summaryFields));

export const AgreementPage = named('AgreementPage', PageOf(refTo(AgreementSummary)));

/** What the workspace's home knows of an agreement: what it is, and what it still needs. */
export const WorkspaceAgreement = named(
  'WorkspaceAgreement',
  Type.Object({
    ...listedFields,
    updatedAt: Type.String({ description: 'When the agreement was last changed' }),
    facts: Type.Object({
      parts: Type.Integer(),
      unsignedParts: Type.Integer(),
      documents: Type.Integer({ description: 'Signed texts not withdrawn' }),
      sources: Type.Integer({ description: 'Citations not withdrawn' }),
    }),
    toDos: Type.Array(Type.Enum(TO_DOS), { description: 'What it still needs, worked out from its facts' }),
  }),
);

export const WorkspaceAgreements = named(
  'WorkspaceAgreements',
  Type.Object({
    items: Type.Array(refTo(WorkspaceAgreement)),
    truncated: Type.Boolean({ description: 'More agreements than the home lists' }),
  }),
);

export const AgreementSignatory = named(
  'AgreementSignatory',
  Type.Object({
    id: Id,
    person: Type.Object({ id: Id, name: Type.String(), names: LocalizedText }),
    partyOrganizationId: Nullable(Id),
    role: Type.String(),
    postLabel: LocalizedText,
  }),
);

export const AgreementPart = named(
  'AgreementPart',
  Type.Object({
    id: Id,
    number: Type.Integer(),
    kind: Type.Enum(PART_KINDS),
    title: LocalizedText,
    plannedFrom: Nullable(Type.String()),
    plannedTo: Nullable(Type.String()),
    signedOn: Nullable(Type.String()),
    signingPlace: Nullable(
      Type.Object({ id: Id, name: Type.String(), names: LocalizedText, countryCode: Type.String() }),
    ),
    signingEventId: Nullable(Id),
    extendsTermMonths: Nullable(Type.Integer()),
    signatories: Type.Array(refTo(AgreementSignatory)),
  }),
);

export const AgreementApproval = named(
  'AgreementApproval',
  Type.Object({
    id: Id,
    agreementId: Id,
    partyOrganizationId: Nullable(Id),
    authorityOrganizationId: Nullable(Id),
    authorityName: Nullable(Type.String()),
    reference: Nullable(Type.String()),
    decidedOn: Nullable(Type.String()),
    decision: Type.Enum(APPROVAL_DECISIONS),
    note: Nullable(Type.String()),
  }),
);

/** A status change as the agreement's history records it. */
export const AgreementTransition = named(
  'AgreementTransition',
  Type.Object({
    id: Type.Integer(),
    fromStatus: Nullable(Status),
    toStatus: Status,
    actor: Type.String(),
    /** As written when it was recorded: a person's own words, or the registry's note in English. */
    reason: Type.String(),
    at: Timestamp,
    /** What happened, as a key the pages translate (history.ts). */
    note: Type.Enum(HISTORY_NOTES),
    /** The part the note is about. */
    partNumber: Nullable(Type.Integer()),
    /** The day it happened, where the record knows it (a signature), rather than the day it was recorded. */
    occurredOn: Nullable(Type.String()),
  }),
);

/** A document's description (its content is downloaded apart). */
export const AgreementDocument = named(
  'AgreementDocument',
  Type.Object({
    id: Id,
    agreementId: Id,
    partId: Nullable(Id),
    language: Type.String(),
    filename: Type.String(),
    contentType: Type.String(),
    sizeBytes: Type.Integer(),
    sha256: Type.String(),
    visibility: Type.Enum(VISIBILITIES),
    uploadedAt: Timestamp,
    withdrawal: Type.Optional(refTo(Withdrawal)),
  }),
);

/** Something a write accepted that deserves a second look (a date far from its source's). */
export const RecordWarning = named(
  'RecordWarning',
  Type.Object({
    code: Type.String(),
    message: Type.String({ description: 'In the reader’s language' }),
    field: Type.String({ description: 'JSON pointer of the field it is about' }),
  }),
);

/** An agreement with everything it holds, as one reader may see it. */
export const AgreementDetail = named(
  'AgreementDetail',
  Type.Object({
    ...summaryFields,
    description: LocalizedText,
    termMonths: Nullable(Type.Integer()),
    renewal: Nullable(Type.String()),
    readers: Type.Object(
      { userIds: Type.Array(Id), bodyIds: Type.Array(Id) },
      { description: 'The named readers of a restricted agreement' },
    ),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: Type.Integer({ description: 'Bumped by every change to the agreement: its ETag, for If-Match' }),
    parts: Type.Array(refTo(AgreementPart)),
    approvals: Type.Array(refTo(AgreementApproval)),
    transitions: Type.Array(refTo(AgreementTransition)),
    documents: Type.Array(refTo(AgreementDocument)),
    sources: Type.Array(refTo(Citation)),
    warnings: Type.Optional(
      Type.Array(refTo(RecordWarning), {
        description: 'On the answer of a write: what it accepted but points out',
      }),
    ),
  }),
);

export const ApprovalPolicy = named(
  'ApprovalPolicy',
  Type.Object({
    countryCode: Type.String(),
    requiredFrom: Status,
    description: Nullable(Type.String()),
  }),
);

export type PartyInput = Static<typeof PartyInput>;
export type SignatoryInput = Static<typeof SignatoryInput>;
export type PartInput = Static<typeof PartInput>;
export type ApprovalInput = Static<typeof ApprovalInput>;
export type AgreementInput = Static<typeof AgreementInput>;
export type AgreementChanges = Static<typeof AgreementChanges>;
export type PartChanges = Static<typeof PartChanges>;
export type AgreementStatusChange = Static<typeof AgreementStatusChange>;
export type ApprovalPolicyInput = Static<typeof ApprovalPolicyInput>;
export type AgreementListQuery = Static<typeof AgreementListQuery>;
export type AgreementParty = Static<typeof AgreementParty>;
export type AgreementSummary = Static<typeof AgreementSummary>;
export type AgreementPage = Static<typeof AgreementPage>;
export type AgreementSignatory = Static<typeof AgreementSignatory>;
export type AgreementPart = Static<typeof AgreementPart>;
export type AgreementApproval = Static<typeof AgreementApproval>;
export type AgreementTransition = Static<typeof AgreementTransition>;
export type AgreementDocument = Static<typeof AgreementDocument>;
export type AgreementDetail = Static<typeof AgreementDetail>;
export type ApprovalPolicy = Static<typeof ApprovalPolicy>;
export type WorkspaceAgreement = Static<typeof WorkspaceAgreement>;
export type WorkspaceAgreements = Static<typeof WorkspaceAgreements>;

// ---------------------------------------------------------------- corrections of signed records

/** A new value for a field of a signed part, and why the recorded one is wrong. */
export const CorrectionInput = named(
  'CorrectionInput',
  Type.Object(
    {
      partId: Id,
      field: Type.Enum(CORRECTABLE_PART_FIELDS),
      value: IsoDate,
      reason: Type.String({ minLength: 1, maxLength: 2000 }),
    },
    { additionalProperties: false },
  ),
);

/** A decision on a correction, with an optional note. */
export const CorrectionDecision = named(
  'CorrectionDecision',
  Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
);

const CorrectionActor = Nullable(
  Type.Object({ id: Id, name: Type.String({ description: 'The account’s display name' }) }),
);

/** A correction as the agreement's history shows it: both values, who proposed and decided, and why. */
export const AgreementCorrection = named(
  'AgreementCorrection',
  Type.Object({
    id: Id,
    agreementId: Id,
    partId: Id,
    partNumber: Type.Integer(),
    field: Type.Enum(CORRECTABLE_PART_FIELDS),
    fromValue: Nullable(Type.String()),
    toValue: Type.String(),
    reason: Type.String(),
    status: Type.Enum(CORRECTION_STATUSES),
    proposedBy: CorrectionActor,
    proposedAt: Timestamp,
    decidedBy: CorrectionActor,
    decidedAt: Nullable(Timestamp),
    decisionNote: Nullable(Type.String()),
    actions: Type.Object(
      {
        decide: Type.Boolean({ description: 'The reader may confirm or reject it' }),
        withdraw: Type.Boolean({ description: 'The reader may withdraw it' }),
      },
      { description: 'What the reader may do with it now' },
    ),
  }),
);

export type RecordWarning = Static<typeof RecordWarning>;
export type CorrectionInput = Static<typeof CorrectionInput>;
export type CorrectionDecision = Static<typeof CorrectionDecision>;
export type AgreementCorrection = Static<typeof AgreementCorrection>;
