import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/errors.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.ts';

describe('password policy', () => {
  it.each([
    ['short', 'Tr0ub4dor&3'],
    ['common', 'password1234'],
    ['a keyboard walk', 'qwertyuiop123'],
    ['the person’s own name', 'fatimasida2025'],
    ['a French word and a year', 'motdepasse2024'],
  ])('refuses a %s password', async (_kind, password) => {
    await expect(assertStrongPassword(password, ['Fatima Sida', 'fatima.sida@amkala.ma'])).rejects.toThrow(
      ValidationError,
    );
  });

  it('accepts a long phrase of unrelated words', async () => {
    await expect(
      assertStrongPassword('copper lantern orbit mosaic', ['Fatima Sida']),
    ).resolves.toBeUndefined();
  });
});

describe('password hashing', () => {
  it('hashes with argon2id and verifies only the same password', async () => {
    const stored = await hashPassword('copper lantern orbit mosaic');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'copper lantern orbit mosaic')).toBe(true);
    expect(await verifyPassword(stored, 'copper lantern orbit mosaik')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
  });
});
