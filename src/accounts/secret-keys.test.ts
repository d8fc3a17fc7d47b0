import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decryptSecret,
  encryptSecret,
  ephemeralKeyring,
  keyringOf,
  loadKeyring,
  newSecretKey,
  parseSecretKeys,
} from './secret-keys.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'jumelage-keys-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('secrets at rest', () => {
  it('are encrypted (AES-256-GCM) under the current key, and decrypt with it and their context only', () => {
    const keyring = ephemeralKeyring();
    const sealed = encryptSecret(keyring, 'JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(sealed.keyId).toBe(keyring.current.id);
    expect(sealed.ciphertext).not.toContain('JBSWY3DPEHPK3PXP');
    expect(encryptSecret(keyring, 'JBSWY3DPEHPK3PXP', 'totp:user-1').ciphertext).not.toBe(sealed.ciphertext);
    expect(decryptSecret(keyring, sealed.keyId, sealed.ciphertext, 'totp:user-1')).toBe('JBSWY3DPEHPK3PXP');
    // Another account's row, another key, or one altered character: nothing comes out.
    expect(() => decryptSecret(keyring, sealed.keyId, sealed.ciphertext, 'totp:user-2')).toThrow();
    expect(() => decryptSecret(ephemeralKeyring(), sealed.keyId, sealed.ciphertext, 'totp:user-1')).toThrow(
      /does not hold/,
    );
    const other = keyringOf([{ id: sealed.keyId, key: newSecretKey().key }], 'a stranger');
    expect(() => decryptSecret(other, sealed.keyId, sealed.ciphertext, 'totp:user-1')).toThrow();
    const last = sealed.ciphertext.at(-2) === 'A' ? 'B' : 'A';
    const altered = `${sealed.ciphertext.slice(0, -2)}${last}${sealed.ciphertext.at(-1)}`;
    expect(() => decryptSecret(keyring, sealed.keyId, altered, 'totp:user-1')).toThrow();
  });

  it('are still read under an older key of the keyring', () => {
    const older = newSecretKey();
    const sealed = encryptSecret(keyringOf([older], 'old'), 'secret', 'c');
    const rotated = keyringOf([newSecretKey(), older], 'rotated');
    expect(decryptSecret(rotated, sealed.keyId, sealed.ciphertext, 'c')).toBe('secret');
    expect(encryptSecret(rotated, 'secret', 'c').keyId).toBe(rotated.current.id);
  });
});

describe('the server’s keys', () => {
  it('come from JUMELAGE_SECRET_KEYS as id:base64, the current one first, and refuse anything else', async () => {
    const a = Buffer.alloc(32, 1).toString('base64');
    const b = Buffer.alloc(32, 2).toString('base64');
    const keyring = await loadKeyring(
      { secretKeys: `new:${a}, old:${b}`, keyFile: join(folder, 'unused.json') },
      { create: true },
    );
    expect(keyring.current.id).toBe('new');
    expect([...keyring.keys.keys()]).toEqual(['new', 'old']);
    for (const bad of ['k1', `k1:${Buffer.alloc(16).toString('base64')}`, `bad id:${a}`]) {
      expect(() => parseSecretKeys(bad, 'JUMELAGE_SECRET_KEYS')).toThrow(/32 random bytes/);
    }
  });

  it('are generated on first start into a file readable by the server’s user only, said in the log, and read again after', async () => {
    const keyFile = join(folder, 'data-keys', 'secret-keys.json');
    const said: string[] = [];
    const first = await loadKeyring({ keyFile }, { create: true, log: (text) => said.push(text) });
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(keyFile);
    expect(said[0]).toMatch(/Production should supply its own key/);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await stat(join(folder, 'data-keys'))).mode & 0o077).toBe(0);
    expect(await readFile(keyFile, 'utf8')).toContain(first.current.id);
    const again = await loadKeyring({ keyFile }, { create: true, log: (text) => said.push(text) });
    expect(again.current.id).toBe(first.current.id);
    expect(again.current.key.equals(first.current.key)).toBe(true);
    expect(said).toHaveLength(1);
    // Where a key must be given (keys rotate with nothing to rotate from), none is made.
    await expect(loadKeyring({ keyFile: join(folder, 'none.json') }, { create: false })).rejects.toThrow();
  });
});
