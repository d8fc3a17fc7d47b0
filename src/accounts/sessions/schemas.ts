import { type Static, Type } from 'typebox';
import { Id, Nullable, named, refTo, Timestamp } from '../../shared/schemas.ts';
import { EmailField, PasswordField, RoleGrant, User } from '../schemas.ts';

export const SignInInput = named(
  'SignInInput',
  Type.Object(
    {
      email: EmailField,
      password: PasswordField,
      code: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 32,
          description:
            'With two-factor sign-in on: the code from the authenticator app, or a recovery code. ' +
            'Without it such an account gets 401 naming the field `/code`.',
        }),
      ),
    },
    { additionalProperties: false },
  ),
);
export type SignInInput = Static<typeof SignInInput>;

/** The account just signed in (or signed up). */
export const SignedIn = named('SignedIn', Type.Object({ user: refTo(User) }));

/** Who is signed in, and the roles they hold where. */
export const CurrentAccount = named(
  'CurrentAccount',
  Type.Object({ user: refTo(User), roles: Type.Array(refTo(RoleGrant)) }),
);

/** A browser or device signed in to the account. */
export const Session = named(
  'Session',
  Type.Object({
    id: Id,
    createdAt: Timestamp,
    lastSeenAt: Timestamp,
    expiresAt: Timestamp,
    ip: Nullable(Type.String()),
    userAgent: Nullable(Type.String()),
  }),
);
export type Session = Static<typeof Session>;

export const SessionList = named('SessionList', Type.Object({ items: Type.Array(refTo(Session)) }));
