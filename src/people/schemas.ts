import { type Static, Type } from 'typebox';
import { CitationInput, Id, IsoDate, LocalizedText, Nullable, ShortText } from '../shared/schemas.ts';
import { ROLES } from './people.ts';

const personFields = {
  name: ShortText,
  names: Type.Optional(LocalizedText),
  alternateNames: Type.Optional(Type.Array(ShortText, { maxItems: 50 })),
  gender: Type.Optional(Nullable(Type.Enum(['female', 'male', 'other']))),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
  phone: Type.Optional(Nullable(Type.String({ pattern: '^\\+?[0-9 ().-]{4,30}$' }))),
};

export const PersonInput = Type.Object(
  { ...personFields, sources: Type.Optional(Type.Array(CitationInput, { maxItems: 50 })) },
  { additionalProperties: false },
);
export const PersonChanges = Type.Object(
  { ...personFields, name: Type.Optional(ShortText) },
  { additionalProperties: false, minProperties: 1 },
);

export const PostInput = Type.Object(
  { organizationId: Id, role: Type.Enum(ROLES), label: Type.Optional(LocalizedText) },
  { additionalProperties: false },
);

export const MembershipInput = Type.Object(
  {
    organizationId: Id,
    personId: Type.Optional(Nullable(Id)),
    memberOrganizationId: Type.Optional(Nullable(Id)),
    postId: Type.Optional(Nullable(Id)),
    role: Type.Enum(ROLES),
    label: Type.Optional(LocalizedText),
    startDate: Type.Optional(Nullable(IsoDate)),
    endDate: Type.Optional(Nullable(IsoDate)),
    sources: Type.Optional(Type.Array(CitationInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export type PersonInput = Static<typeof PersonInput>;
export type PersonChanges = Static<typeof PersonChanges>;
export type PostInput = Static<typeof PostInput>;
export type MembershipInput = Static<typeof MembershipInput>;
