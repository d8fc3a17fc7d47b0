import { Type } from 'typebox';
import {
  AllowedActions,
  CountryCode,
  Id,
  IsoDate,
  LocalizedText,
  Nullable,
  named,
  PageQuery,
  refTo,
  ShortText,
  Timestamp,
} from '../shared/schemas.ts';
import { LANGUAGES } from './lexicon.ts';
import { AGREEMENT_TYPES, PRESS_STATUSES, type ProposalEvidence } from './proposal-rules.ts';
import { ARTICLE_STATUSES, PROPOSAL_STATUSES } from './review-rules.ts';

const MAX_TEXT = 200_000;

const articleFields = {
  title: Type.Optional(Nullable(ShortText)),
  url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
  publisher: Type.Optional(Nullable(ShortText)),
  published: Type.Optional(
    Nullable(
      Type.String({
        pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
        description:
          'When it was published (YYYY-MM-DD, or YYYY-MM): else read from the page or its dateline',
      }),
    ),
  ),
  language: Type.Optional(
    Nullable(Type.Enum(LANGUAGES, { description: 'The article’s language: else detected from its text' })),
  ),
};

export const PressArticleInput = named(
  'PressArticleInput',
  Type.Object(
    {
      text: Type.String({ minLength: 1, maxLength: MAX_TEXT, description: 'The article as pasted' }),
      ...articleFields,
    },
    { additionalProperties: false },
  ),
);

export const PressArticleUpload = Type.Object({
  file: Type.Unsafe<unknown>({
    type: 'string',
    format: 'binary',
    description: 'An HTML page saved from the web, a PDF with a text layer, or plain text (UTF-8)',
  }),
});

export const SubmittedArticle = named(
  'SubmittedArticle',
  Type.Object({
    sourceId: Id,
    created: Type.Boolean({
      description: 'False when the same text was submitted before: nothing is read again',
    }),
    status: Type.Enum(ARTICLE_STATUSES),
    jobId: Nullable(Id),
  }),
);

const ProposalCounts = Type.Object({
  pending: Type.Integer(),
  accepted: Type.Integer(),
  merged: Type.Integer(),
  rejected: Type.Integer(),
});

const articleSummaryFields = {
  sourceId: Id,
  title: Type.String(),
  url: Nullable(Type.String()),
  publisher: Nullable(Type.String()),
  published: Nullable(Type.String()),
  language: Type.String(),
  format: Type.String(),
  status: Type.Enum(ARTICLE_STATUSES),
  error: Nullable(Type.String()),
  submittedBy: Type.String(),
  createdAt: Timestamp,
  job: Nullable(
    Type.Object({
      id: Id,
      status: Type.String(),
      phase: Nullable(Type.String()),
      done: Type.Integer(),
      total: Type.Integer(),
    }),
  ),
};

export const PressArticleSummary = named(
  'PressArticleSummary',
  Type.Object({ ...articleSummaryFields, proposals: ProposalCounts }),
);

export const PressArticlePage = named(
  'PressArticlePage',
  Type.Object({
    items: Type.Array(refTo(PressArticleSummary)),
    nextCursor: Nullable(Type.String()),
    allowedActions: AllowedActions,
  }),
);

export const PressArticleQuery = Type.Object(
  {
    ...PageQuery,
    pending: Type.Optional(
      Type.Boolean({
        description: 'Only the articles still being read or with proposals waiting for review',
      }),
    ),
  },
  { additionalProperties: false },
);

const DraftParty = Type.Object(
  {
    written: Type.String({ maxLength: 500 }),
    organizationId: Nullable(Id),
    placeId: Nullable(Id),
    newPlace: Nullable(
      Type.Object(
        { name: Type.String({ maxLength: 500 }), countryCode: Nullable(CountryCode) },
        { additionalProperties: false },
      ),
    ),
  },
  {
    additionalProperties: false,
    description: 'One of: an organization, a place of the gazetteer (its local authority), or a new place',
  },
);

export const ProposalDraft = named(
  'PressProposalDraft',
  Type.Object(
    {
      parties: Type.Tuple([DraftParty, DraftParty]),
      type: Type.Enum(AGREEMENT_TYPES),
      status: Type.Enum(PRESS_STATUSES),
      signedOn: Nullable(IsoDate),
      datePartial: Nullable(Type.String({ pattern: '^\\d{2}-\\d{2}$' })),
      placeOfSigning: Nullable(Type.String({ maxLength: 500 })),
      signatories: Type.Array(
        Type.Object(
          {
            name: Type.String({ maxLength: 500 }),
            role: Nullable(Type.String({ maxLength: 500 })),
            party: Nullable(Type.Union([Type.Literal(0), Type.Literal(1)])),
            witness: Type.Boolean(),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    },
    { additionalProperties: false },
  ),
);

const Evidence = Type.Unsafe<ProposalEvidence>({
  type: 'object',
  additionalProperties: true,
  description:
    'The extractor’s reading, kept as read: each field with its value, the passage supporting it (offsets into the text) and a confidence',
});

const Duplicate = Type.Object({
  agreementId: Id,
  title: LocalizedText,
  type: Type.String(),
  status: Type.String(),
  signedOn: Nullable(Type.String()),
});

export const PressProposal = named(
  'PressProposal',
  Type.Object({
    id: Id,
    position: Type.Integer(),
    status: Type.Enum(PROPOSAL_STATUSES),
    evidence: Evidence,
    draft: refTo(ProposalDraft),
    confidence: Type.Integer({ minimum: 0, maximum: 100 }),
    agreementId: Nullable(Id),
    rejectionReason: Nullable(Type.String()),
    reviewedBy: Nullable(Type.String()),
    reviewedAt: Nullable(Timestamp),
    version: Type.Integer(),
    duplicates: Type.Array(Duplicate, {
      description: 'Agreements already recorded between the same parties: the one to merge into, perhaps',
    }),
  }),
);

export const PressArticle = named(
  'PressArticle',
  Type.Object({
    ...articleSummaryFields,
    counts: ProposalCounts,
    text: Type.String(),
    background: Type.Array(
      Type.Object({
        parties: Type.Tuple([Type.String(), Type.String()]),
        passage: Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() }),
      }),
      { description: 'Relationships the article mentions as already existing: never proposed' },
    ),
    proposals: Type.Array(refTo(PressProposal)),
    places: Type.Record(
      Type.String(),
      Type.Object({ name: Type.String(), names: LocalizedText, countryCode: Type.String() }),
    ),
    organizations: Type.Record(
      Type.String(),
      Type.Object({
        name: LocalizedText,
        countryCode: Nullable(Type.String()),
        placeId: Nullable(Type.String()),
      }),
    ),
    allowedActions: AllowedActions,
  }),
);

const Version = Type.Integer({ minimum: 1, description: 'The proposal’s version as the reviewer saw it' });

export const ProposalCorrection = named(
  'PressProposalCorrection',
  Type.Object({ version: Version, draft: refTo(ProposalDraft) }, { additionalProperties: false }),
);

export const ProposalAcceptance = named(
  'PressProposalAcceptance',
  Type.Object(
    {
      version: Version,
      draft: Type.Optional(refTo(ProposalDraft)),
    },
    { additionalProperties: false },
  ),
);

export const ProposalMerge = named(
  'PressProposalMerge',
  Type.Object({ version: Version, agreementId: Id }, { additionalProperties: false }),
);

export const ProposalRejection = named(
  'PressProposalRejection',
  Type.Object({ version: Version, reason: ShortText }, { additionalProperties: false }),
);

export const ProposalDecision = named(
  'PressProposalDecision',
  Type.Object({
    proposalId: Id,
    status: Type.Enum(PROPOSAL_STATUSES),
    agreementId: Nullable(Id),
    version: Type.Integer(),
  }),
);
