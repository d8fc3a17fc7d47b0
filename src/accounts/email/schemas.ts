import { Type } from 'typebox';
import { named } from '../../shared/schemas.ts';
import { CurrentPasswordField, EmailField, LinkToken } from '../schemas.ts';

export const EmailChangeInput = named(
  'EmailChangeInput',
  Type.Object({ password: CurrentPasswordField, newEmail: EmailField }, { additionalProperties: false }),
);

export const EmailChangeConfirmation = named(
  'EmailChangeConfirmation',
  Type.Object({ token: LinkToken }, { additionalProperties: false }),
);

/** The account's address once the change is confirmed. */
export const ConfirmedEmail = named('ConfirmedEmail', Type.Object({ email: Type.String() }));
