import { type Static, Type } from 'typebox';
import {
  AllowedActions,
  Citation,
  CitationInput,
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
import { FEE_PERIODS, MEMBERSHIP_ACTIONS, MEMBERSHIP_STATUSES } from './membership-lifecycle.ts';
import { ROLES } from './roles.ts';

/** A person as lists show them; email and phone only for readers who may see them. */
export const Person = named(
  'Person',
  Type.Object({
    id: Id,
    name: Type.String(),
    names: LocalizedText,
    alternateNames: Type.Array(Type.String()),
    gender: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
  }),
);

/** A position in an organization (Popolo Post): mayor of Banjul, wali of Auserd. */
export const Post = named(
  'Post',
  Type.Object({ id: Id, organizationId: Id, role: Type.String(), label: LocalizedText }),
);

/** A membership fee: an amount in minor units (cents, centimes) of an ISO 4217 currency, due each period. */
export const MembershipFee = named(
  'MembershipFee',
  Type.Object(
    {
      amountMinor: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
      currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code' }),
      period: Type.Enum(FEE_PERIODS),
    },
    { additionalProperties: false },
  ),
);

/** A person, or an organization, belonging to an organization, from a date to a date, with its sources. */
export const Membership = named(
  'Membership',
  Type.Object({
    id: Id,
    organizationId: Id,
    personId: Nullable(Id),
    memberOrganizationId: Nullable(Id),
    postId: Nullable(Id),
    role: Type.String(),
    label: LocalizedText,
    status: Type.Enum(MEMBERSHIP_STATUSES, {
      description: 'applied / invited: waiting for the other side; only an active membership counts',
    }),
    startDate: Nullable(Type.String()),
    endDate: Nullable(Type.String()),
    fee: Nullable(refTo(MembershipFee)),
    sources: Type.Array(refTo(Citation)),
    allowedActions: AllowedActions,
  }),
);

/** One step of a membership's history, with the decision that took it, if one did. */
export const MembershipStep = named(
  'MembershipStep',
  Type.Object({
    fromStatus: Nullable(Type.Enum(MEMBERSHIP_STATUSES)),
    toStatus: Type.Enum(MEMBERSHIP_STATUSES),
    action: Type.Enum(['create', ...MEMBERSHIP_ACTIONS]),
    effectiveOn: Type.String(),
    decisionId: Nullable(Id),
    /** The meeting whose decision it was, to link to it. */
    meetingId: Nullable(Id),
    reason: Nullable(Type.String({ description: 'Shown to those acting for either side only' })),
    at: Type.String(),
  }),
);

/** Dues for one period, and whether they were paid. */
export const MembershipDues = named(
  'MembershipDues',
  Type.Object({
    period: Type.String(),
    amountMinor: Type.Integer(),
    currency: Type.String(),
    paidOn: Nullable(Type.String()),
  }),
);

/** A membership read by its id: with its history, and its dues for those acting for either side. */
export const MembershipDetail = named(
  'MembershipDetail',
  Type.Object({
    ...Membership.properties,
    history: Type.Array(refTo(MembershipStep)),
    /** Null for readers acting for neither side. */
    dues: Nullable(Type.Array(refTo(MembershipDues))),
  }),
);

const DuesPeriod = Type.String({
  pattern: '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$',
  description: '2026 (yearly), 2026-Q1 (quarterly), 2026-03 (monthly)',
});

export const DuesInput = named(
  'DuesInput',
  Type.Object(
    {
      period: DuesPeriod,
      amountMinor: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
      currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
    },
    { additionalProperties: false },
  ),
);

export const DuesPaymentInput = named(
  'DuesPaymentInput',
  Type.Object({ paidOn: IsoDate }, { additionalProperties: false }),
);

export const MembershipChanges = named(
  'MembershipChanges',
  Type.Object({ fee: Nullable(refTo(MembershipFee)) }, { additionalProperties: false, minProperties: 1 }),
);

/** An event a person took part in, and in which role. */
export const PersonEvent = named(
  'PersonEvent',
  Type.Object({
    id: Id,
    kind: Type.String(),
    title: LocalizedText,
    status: Type.String(),
    startDate: Nullable(Type.String()),
    endDate: Nullable(Type.String()),
    role: Type.String(),
  }),
);

/**
 * One person as read by their id: with memberships (posts held), the organizations they name,
 * the events the person took part in, sources and version.
 */
export const PersonDetail = named(
  'PersonDetail',
  Type.Object({
    ...Person.properties,
    memberships: Type.Array(refTo(Membership)),
    organizations: Type.Array(
      Type.Object({ id: Id, kind: Type.String(), name: LocalizedText, countryCode: Nullable(Type.String()) }),
      { description: 'The organizations of the memberships, to name them' },
    ),
    events: Type.Array(refTo(PersonEvent), { description: 'Events taken part in, the latest first' }),
    sources: Type.Array(refTo(Citation)),
    version: Type.Integer({ description: 'Bumped by every change to the person: its ETag, for If-Match' }),
    allowedActions: AllowedActions,
  }),
);

/** A person in a list: with what the reader may do with them, as on their own page. */
export const PersonListItem = named(
  'PersonListItem',
  Type.Object({ ...Person.properties, allowedActions: AllowedActions }),
);

export const PersonPage = named('PersonPage', PageOf(refTo(PersonListItem)));

/** The filters of the list of people (a query string: its fields are parameters, never named). */
export const PersonListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    organization: Type.Optional(Id),
    ...PageQuery,
  },
  { additionalProperties: false },
);

const personFields = {
  name: ShortText,
  names: Type.Optional(LocalizedText),
  alternateNames: Type.Optional(Type.Array(ShortText, { maxItems: 50 })),
  gender: Type.Optional(Nullable(Type.Enum(['female', 'male', 'other']))),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
  phone: Type.Optional(Nullable(Type.String({ pattern: '^\\+?[0-9 ().-]{4,30}$' }))),
};

export const PersonInput = named(
  'PersonInput',
  Type.Object(
    { ...personFields, sources: Type.Optional(Type.Array(refTo(CitationInput), { maxItems: 50 })) },
    { additionalProperties: false },
  ),
);
export const PersonChanges = named(
  'PersonChanges',
  Type.Object(
    { ...personFields, name: Type.Optional(ShortText) },
    { additionalProperties: false, minProperties: 1 },
  ),
);

export const PostInput = named(
  'PostInput',
  Type.Object(
    { organizationId: Id, role: Type.Enum(ROLES), label: Type.Optional(LocalizedText) },
    { additionalProperties: false },
  ),
);

export const MembershipInput = named(
  'MembershipInput',
  Type.Object(
    {
      organizationId: Id,
      personId: Type.Optional(Nullable(Id)),
      memberOrganizationId: Type.Optional(Nullable(Id)),
      postId: Type.Optional(Nullable(Id)),
      role: Type.Enum(ROLES),
      label: Type.Optional(LocalizedText),
      startDate: Type.Optional(Nullable(IsoDate)),
      endDate: Type.Optional(Nullable(IsoDate)),
      fee: Type.Optional(Nullable(refTo(MembershipFee))),
      sources: Type.Optional(Type.Array(refTo(CitationInput), { maxItems: 50 })),
    },
    { additionalProperties: false },
  ),
);

/** A step of a membership: accepting, declining, suspending, reinstating, leaving, excluding, ending. */
export const MembershipTransition = named(
  'MembershipTransition',
  Type.Object(
    {
      action: Type.Enum(MEMBERSHIP_ACTIONS),
      /** The day it starts (accept) or ends (end); today when left out. */
      on: Type.Optional(Nullable(IsoDate)),
      effectiveOn: Type.Optional(
        Nullable({ ...IsoDate, description: 'The day the step takes effect (as `on`); today when left out' }),
      ),
      reason: Type.Optional(
        Nullable(Type.String({ maxLength: 2000, description: 'Why: needed to suspend or exclude' })),
      ),
      decisionId: Type.Optional(
        Nullable({
          ...Id,
          description:
            'The decision taking this step; needed for the network’s word on a member when its rules give it to a body',
        }),
      ),
    },
    { additionalProperties: false },
  ),
);

export type Person = Static<typeof Person>;
export type PersonDetail = Static<typeof PersonDetail>;
export type PersonEvent = Static<typeof PersonEvent>;
export type PersonPage = Static<typeof PersonPage>;
export type PersonListItem = Static<typeof PersonListItem>;
export type Post = Static<typeof Post>;
export type Membership = Static<typeof Membership>;
export type PersonInput = Static<typeof PersonInput>;
export type PersonChanges = Static<typeof PersonChanges>;
export type PostInput = Static<typeof PostInput>;
export type MembershipInput = Static<typeof MembershipInput>;
export type MembershipTransition = Static<typeof MembershipTransition>;
export type MembershipDetail = Static<typeof MembershipDetail>;
export type MembershipChanges = Static<typeof MembershipChanges>;
export type DuesInput = Static<typeof DuesInput>;
