import { type Static, Type } from 'typebox';
import { Id, named, Timestamp } from '../shared/schemas.ts';
import { SCOPED_ROLES } from './policy.ts';

/** Shapes every part of accounts shares: the account itself, a role held somewhere, an email field. */

/** The fields of an account as its owner and platform admins see it (never its secrets). */
export const userFields = {
  id: Id,
  email: Type.String(),
  displayName: Type.String(),
  language: Type.String(),
  isPlatformAdmin: Type.Boolean(),
  twoFactorEnabled: Type.Boolean(),
  twoFactorRequired: Type.Boolean({
    description: 'A platform admin without two-factor sign-in: admin rights wait until it is on',
  }),
  createdAt: Timestamp,
};

export const User = named('User', Type.Object(userFields));
export type User = Static<typeof User>;

/** A role held in a scope (a network, a body, an organization, or a fund call for a reviewer). */
export const RoleGrant = named(
  'RoleGrant',
  Type.Object({ role: Type.Enum([...SCOPED_ROLES]), scopeId: Id }, { additionalProperties: false }),
);
export type RoleGrant = Static<typeof RoleGrant>;

/** An email address as a request gives it: the rules it must meet are checked by `email-address.ts`. */
export const EmailField = Type.String({ minLength: 3, maxLength: 320 });

/** A password as a request gives it: its strength is checked by `passwords/passwords.ts`. */
export const PasswordField = Type.String({ minLength: 1, maxLength: 256 });

/** The password asked again before a change to how the person signs in. */
export const CurrentPasswordField = Type.String({
  minLength: 1,
  maxLength: 256,
  description: 'The current password, again',
});

/** A token from a link in an email (password reset, invitation, email change). */
export const LinkToken = Type.String({ minLength: 10, maxLength: 200 });

/** A message for the person, in their language: what happens next (an email is on its way). */
export const AccountNotice = named('AccountNotice', Type.Object({ message: Type.String() }));
