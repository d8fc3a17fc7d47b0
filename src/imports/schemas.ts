import { type Static, Type } from 'typebox';
import {
  AllowedActions,
  CountryCode,
  Id,
  LocalizedText,
  Nullable,
  named,
  PageQuery,
  refTo,
  ShortText,
  Timestamp,
} from '../shared/schemas.ts';
import { IMPORT_REVIEW_STATUSES } from './review-rules.ts';

/** A place found for a name under review, with why it was offered. */
export const ImportReviewCandidate = named(
  'ImportReviewCandidate',
  Type.Object({
    placeId: Id,
    name: Type.String({
      description: 'The place’s name in the reader’s language when the gazetteer has one',
    }),
    countryCode: Type.String(),
    countryName: Type.String({ description: 'The country in the reader’s language' }),
    population: Type.Integer(),
    featureCode: Nullable(Type.String()),
    seat: Nullable(
      Type.Enum(['capital', 'admin1', 'admin2', 'admin3', 'admin4', 'government'], {
        description: 'The administrative unit the place is the seat of, from its GeoNames feature code',
      }),
    ),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    matchedName: Type.String({ description: 'The place’s spelling that matched the name as written' }),
    match: Type.Enum(['exact', 'shortened', 'close'], {
      description:
        'Why it was offered: its name exactly in the country, a shortened spelling of what was written (qualifier left out), or a close spelling found by the place search',
    }),
    rank: Type.Integer({ description: '1 for the likeliest: seats of higher rank, then the most populous' }),
  }),
);

/** The other side of a pair a name holds back. */
export const HeldPair = Type.Object({
  name: Type.String(),
  country: Type.String({ description: 'As the file wrote it' }),
  countryName: Nullable(Type.String({ description: 'The country recognized, in the reader’s language' })),
  underReview: Type.Boolean({
    description:
      'The partner’s name is itself waiting for a decision: the pair is recorded once both are settled',
  }),
});

export const ImportReview = named(
  'ImportReview',
  Type.Object({
    id: Id,
    name: Type.String({ description: 'The name as the file wrote it' }),
    country: Type.String({ description: 'The country as the file wrote it' }),
    countryCode: Nullable(Type.String()),
    countryName: Nullable(Type.String({ description: 'The country recognized, in the reader’s language' })),
    reason: Type.Enum(['unknown_country', 'not_found', 'ambiguous', 'close_only'], {
      description:
        'Why the import did not settle it: a country it does not know, no place of that name, several places alike, only close spellings',
    }),
    status: Type.Enum([...IMPORT_REVIEW_STATUSES]),
    version: Type.Integer({
      description: 'Send it back with a decision: a decision on an older version is refused (409)',
    }),
    candidates: Type.Array(refTo(ImportReviewCandidate)),
    partners: Type.Array(HeldPair),
    source: Nullable(
      Type.Object({
        id: Id,
        title: Type.String(),
        url: Nullable(Type.String()),
        publisher: Nullable(Type.String()),
      }),
    ),
    place: Nullable(
      Type.Object(
        { id: Id, name: Type.String(), countryCode: Type.String() },
        { description: 'The place chosen' },
      ),
    ),
    resolvedBy: Nullable(Type.String()),
    resolvedAt: Nullable(Timestamp),
    dismissReason: Nullable(Type.String()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    allowedActions: AllowedActions,
  }),
);

export const ImportReviewPage = named(
  'ImportReviewPage',
  Type.Object(
    {
      items: Type.Array(refTo(ImportReview)),
      nextCursor: Nullable(Type.String()),
      total: Type.Integer({ description: 'How many names match the filters, on every page' }),
      allowedActions: Type.Array(Type.String(), {
        description: 'The decisions the reader may take on the open names of this list (resolve, dismiss)',
      }),
    },
    { additionalProperties: false },
  ),
);

export const ImportReviewQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...IMPORT_REVIEW_STATUSES], { description: 'open unless said' })),
    country: Type.Optional(CountryCode),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Part of the name or country as written' }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);

const Version = Type.Integer({ minimum: 1, description: 'The version of the name as the reviewer saw it' });

/** A new place for a name the gazetteer lacks: cited to the list that named it. */
export const ReviewNewPlace = Type.Object(
  {
    name: ShortText,
    names: Type.Optional(LocalizedText),
    countryCode: CountryCode,
    latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
    longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const ImportReviewResolution = named(
  'ImportReviewResolution',
  Type.Object(
    {
      version: Version,
      placeId: Type.Optional(Id),
      newPlace: Type.Optional(ReviewNewPlace),
    },
    {
      additionalProperties: false,
      description:
        'Exactly one of placeId (a place of the gazetteer: one of the candidates, or any other the reviewer knows) and newPlace (made and cited to the list the name came from)',
    },
  ),
);

export const ImportReviewDismissal = named(
  'ImportReviewDismissal',
  Type.Object(
    { version: Version, reason: Type.String({ minLength: 1, maxLength: 2000 }) },
    { additionalProperties: false },
  ),
);

export const ImportReviewOutcome = named(
  'ImportReviewOutcome',
  Type.Object({
    review: refTo(ImportReview),
    organizations: Type.Object({ matched: Type.Integer(), created: Type.Integer() }),
    agreements: Type.Object({ matched: Type.Integer(), created: Type.Integer() }),
    heldPairs: Type.Integer({ description: 'Pairs still held back: their other side waits for a decision' }),
  }),
);

export type ImportReviewQuery = Static<typeof ImportReviewQuery>;
export type ImportReviewView = Static<typeof ImportReview>;
export type ImportReviewCandidateView = Static<typeof ImportReviewCandidate>;
export type ImportReviewResolution = Static<typeof ImportReviewResolution>;
export type ImportReviewDismissal = Static<typeof ImportReviewDismissal>;
export type ImportReviewOutcome = Static<typeof ImportReviewOutcome>;
