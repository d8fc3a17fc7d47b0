import { type Static, Type } from 'typebox';
import { named } from '../../shared/schemas.ts';
import { CurrentPasswordField } from '../schemas.ts';

export const TwoFactorStatus = named(
  'TwoFactorStatus',
  Type.Object({ enabled: Type.Boolean(), required: Type.Boolean(), recoveryCodesLeft: Type.Integer() }),
);
export type TwoFactorStatus = Static<typeof TwoFactorStatus>;

/** The password asked again, alone, before a change to two-factor sign-in. */
export const PasswordConfirmation = named(
  'PasswordConfirmation',
  Type.Object({ password: CurrentPasswordField }, { additionalProperties: false }),
);

/** A new secret for the authenticator app, as a QR code's address and as text to type in. */
export const TwoFactorSetup = named(
  'TwoFactorSetup',
  Type.Object({ secret: Type.String(), otpauthUri: Type.String() }),
);
export type TwoFactorSetup = Static<typeof TwoFactorSetup>;

export const TwoFactorCode = named(
  'TwoFactorCode',
  Type.Object({ code: Type.String({ minLength: 6, maxLength: 12 }) }, { additionalProperties: false }),
);

export const RecoveryCodes = named(
  'RecoveryCodes',
  Type.Object({
    recoveryCodes: Type.Array(Type.String(), {
      description: 'Single-use codes for signing in without the app: shown this once, keep them safe',
    }),
  }),
);
export type RecoveryCodes = Static<typeof RecoveryCodes>;
