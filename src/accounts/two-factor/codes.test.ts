import { describe, expect, it } from 'vitest';
import {
  acceptTotp,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  totpCode,
  totpUri,
} from './codes.ts';

// RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890", in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('time-based one-time codes', () => {
  it('match the RFC 6238 test vectors (last six digits)', () => {
    expect(totpCode(RFC_SECRET, new Date(59 * 1000))).toBe('287082');
    expect(totpCode(RFC_SECRET, new Date(1111111109 * 1000))).toBe('081804');
    expect(totpCode(RFC_SECRET, new Date(2000000000 * 1000))).toBe('279037');
  });

  it('accept the current code and a neighbour step, and refuse older or wrong ones', () => {
    const at = new Date(1111111109 * 1000);
    const step = Math.floor(at.getTime() / 30000);
    expect(acceptTotp(RFC_SECRET, '081804', null, at)).toBe(step);
    expect(acceptTotp(RFC_SECRET, '081 804', null, at)).toBe(step);
    expect(acceptTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() - 30000)), null, at)).toBe(
      step - 1,
    );
    expect(acceptTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(at.getTime() - 90000)), null, at)).toBeNull();
    expect(acceptTotp(RFC_SECRET, '000000', null, at)).toBeNull();
    expect(acceptTotp(RFC_SECRET, 'abcdef', null, at)).toBeNull();
  });

  it('refuse a code whose time step was used already (no replay)', () => {
    const at = new Date(1111111109 * 1000);
    const step = acceptTotp(RFC_SECRET, '081804', null, at)!;
    expect(acceptTotp(RFC_SECRET, '081804', step, at)).toBeNull();
    const next = new Date(at.getTime() + 30000);
    expect(acceptTotp(RFC_SECRET, totpCode(RFC_SECRET, next), step, next)).toBe(step + 1);
  });

  it('make 160-bit secrets and otpauth addresses authenticator apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'maire@smara.example'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Jumelage');
    expect(decodeURIComponent(uri.pathname)).toContain('maire@smara.example');
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes without look-alike characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it('are read however they are typed', () => {
    expect(normalizeRecoveryCode(' abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(looksLikeRecoveryCode('abcde fghjk')).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
