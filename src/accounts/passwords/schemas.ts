import { type Static, Type } from 'typebox';
import { named } from '../../shared/schemas.ts';
import { CurrentPasswordField, EmailField, LinkToken, PasswordField } from '../schemas.ts';

export const PasswordResetRequest = named(
  'PasswordResetRequest',
  Type.Object({ email: EmailField }, { additionalProperties: false }),
);

export const PasswordResetInput = named(
  'PasswordResetInput',
  Type.Object({ token: LinkToken, password: PasswordField }, { additionalProperties: false }),
);
export type PasswordResetInput = Static<typeof PasswordResetInput>;

export const PasswordChangeInput = named(
  'PasswordChangeInput',
  Type.Object(
    {
      currentPassword: CurrentPasswordField,
      newPassword: PasswordField,
      keepApiTokens: Type.Optional(
        Type.Boolean({
          default: false,
          description: 'Keep my API tokens working; by default they are all revoked with the change',
        }),
      ),
    },
    { additionalProperties: false },
  ),
);
