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
import { MEMBERSHIP_ACTIONS, MEMBERSHIP_STATUSES } from './membership-lifecycle.ts';
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
    sources: Type.Array(refTo(Citation)),
    allowedActions: AllowedActions,
  }),
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
      sources: Type.Optional(Type.Array(refTo(CitationInput), { maxItems: 50 })),
    },
    { additionalProperties: false },
  ),
);

/** Accepting, declining or ending a membership. */
export const MembershipTransition = named(
  'MembershipTransition',
  Type.Object(
    {
      action: Type.Enum(MEMBERSHIP_ACTIONS),
      /** The day it starts (accept) or ends (end); today when left out. */
      on: Type.Optional(Nullable(IsoDate)),
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
