import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * Two-factor sign-in rules: time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds, as
 * every authenticator app reads them) and single-use recovery codes. No I/O here.
 */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side absorbs a phone clock a little off, and a code typed as it rolls over. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

function totp(secret: string, label = 'Jumelage'): TOTP {
  return new TOTP({
    issuer: 'Jumelage',
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new shared secret (160 bits, as RFC 4226 recommends), in base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from a QR code. */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The code an authenticator shows at this time (tests and the CLI use it; the server only checks). */
export function totpCode(secret: string, at = new Date()): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

/**
 * The time step a code belongs to, when it is right and newer than the last accepted one; null
 * otherwise. Refusing a step already used stops a code seen over a shoulder from being replayed.
 */
export function acceptTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  at = new Date(),
): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: at.getTime(), window: WINDOW });
  if (delta === null) return null;
  const step = Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

// No 0/O, 1/I/L: codes are read off paper and typed by hand.
const RECOVERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Fresh recovery codes, shown once, as `XXXXX-XXXXX` (about 49 bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

/** A recovery code as typed (any case, spaces or dashes) in the form it is stored under. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[0-9A-Z]{10}$/.test(normalizeRecoveryCode(code));
}
