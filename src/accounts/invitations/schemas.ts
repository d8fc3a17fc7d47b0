import { type Static, Type } from 'typebox';
import { UI_LANGUAGES } from '../../shared/languages.ts';
import { Id, Nullable, named, refTo, Timestamp } from '../../shared/schemas.ts';
import { EmailField, LinkToken, PasswordField, RoleGrant } from '../schemas.ts';

const Language = Type.Enum([...UI_LANGUAGES]);

export const Invitation = named(
  'Invitation',
  Type.Object({
    id: Id,
    email: Type.String(),
    displayName: Nullable(Type.String()),
    language: Type.String(),
    grants: Type.Array(refTo(RoleGrant)),
    platformAdmin: Type.Boolean(),
    invitedBy: Id,
    createdAt: Timestamp,
    expiresAt: Timestamp,
    acceptedAt: Type.Union([Timestamp, Type.Null()]),
    revokedAt: Type.Union([Timestamp, Type.Null()]),
  }),
);
export type Invitation = Static<typeof Invitation>;

export const InvitationInput = named(
  'InvitationInput',
  Type.Object(
    {
      email: EmailField,
      displayName: Type.Optional(Type.String({ maxLength: 200 })),
      language: Language,
      grants: Type.Array(refTo(RoleGrant), { maxItems: 20 }),
      platformAdmin: Type.Optional(Type.Boolean()),
    },
    { additionalProperties: false },
  ),
);
export type InvitationInput = Static<typeof InvitationInput>;

/** One invitation: the one just sent, or the one a sign-up link stands for. */
export const InvitationAnswer = named('InvitationAnswer', Type.Object({ invitation: refTo(Invitation) }));

export const InvitationList = named('InvitationList', Type.Object({ items: Type.Array(refTo(Invitation)) }));

export const InvitationLookup = named(
  'InvitationLookup',
  Type.Object({ token: LinkToken }, { additionalProperties: false }),
);

export const SignUpInput = named(
  'SignUpInput',
  Type.Object(
    {
      token: LinkToken,
      displayName: Type.String({ minLength: 1, maxLength: 200 }),
      password: PasswordField,
      language: Type.Optional(Language),
    },
    { additionalProperties: false },
  ),
);
export type SignUpInput = Static<typeof SignUpInput>;
