import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The server's keys for secrets kept at rest (TOTP shared secrets): AES-256-GCM, each ciphertext
 * stored with the id of the key that made it, so keys can be rotated. The keys live outside the
 * database (an environment variable or a key file), so a copy of the database alone reveals nothing.
 */
export interface SecretKey {
  id: string;
  key: Buffer;
}

export interface Keyring {
  /** The key new secrets are encrypted with. */
  current: SecretKey;
  /** Every key secrets may still be encrypted with, the current one included. */
  keys: ReadonlyMap<string, Buffer>;
  /** Where the keys came from, for messages: the variable, the file, or this process only. */
  source: string;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function keyringOf(keys: readonly SecretKey[], source: string): Keyring {
  if (keys.length === 0) throw new Error(`no secret key in ${source}`);
  return { current: keys[0]!, keys: new Map(keys.map((entry) => [entry.id, entry.key])), source };
}

/** A new random key, with an id that tells when it was made. */
export function newSecretKey(now = new Date()): SecretKey {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return { id: `k${day}-${randomBytes(3).toString('hex')}`, key: randomBytes(KEY_BYTES) };
}

/** A keyring that lasts as long as the process: for tests and an app built without keys. */
export function ephemeralKeyring(): Keyring {
  return keyringOf([newSecretKey()], 'this process only');
}

/** Encrypts a secret; `context` (e.g. whose secret it is) is bound to it and needed to decrypt. */
export function encryptSecret(
  keyring: Keyring,
  plaintext: string,
  context: string,
): { keyId: string; ciphertext: string } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return {
    keyId: keyring.current.id,
    ciphertext: `${iv.toString('base64url')}.${sealed.toString('base64url')}`,
  };
}

/** Decrypts a secret made by encryptSecret; throws when the key is unknown or anything was altered. */
export function decryptSecret(keyring: Keyring, keyId: string, ciphertext: string, context: string): string {
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`secret encrypted with key ${keyId}, which ${keyring.source} does not hold`);
  const [iv, sealed] = ciphertext.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !sealed || iv.length !== IV_BYTES || sealed.length < TAG_BYTES)
    throw new Error('not an encrypted secret');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
}

/**
 * Keys as JUMELAGE_SECRET_KEYS gives them: `id:base64key`, comma-separated, the current one first
 * (older ones after it stay readable until `jumelage keys rotate` has re-encrypted everything).
 */
export function parseSecretKeys(text: string, source: string): SecretKey[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, encoded] = entry.split(':', 2) as [string, string | undefined];
      const key = Buffer.from(encoded ?? '', 'base64');
      if (!KEY_ID.test(id) || key.length !== KEY_BYTES) {
        throw new Error(
          `${source}: each key is id:base64 of 32 random bytes (e.g. k1:$(openssl rand -base64 32)), ids of letters, digits, - and _`,
        );
      }
      return { id, key };
    });
}

interface KeyFile {
  keys: Array<{ id: string; key: string; createdAt?: string }>;
}

export async function readKeyFile(path: string): Promise<SecretKey[]> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as KeyFile;
  return parseSecretKeys(parsed.keys.map((entry) => `${entry.id}:${entry.key}`).join(','), path);
}

/** Writes the key file readable by the server's user only (0600, its folder 0700), atomically. */
export async function writeKeyFile(path: string, keys: readonly SecretKey[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const body: KeyFile = { keys: keys.map((entry) => ({ id: entry.id, key: entry.key.toString('base64') })) };
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

/** Writes a new key file unless one exists (then false), atomically, readable by its user only. */
async function createKeyFile(path: string, keys: readonly SecretKey[]): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const body: KeyFile = { keys: keys.map((entry) => ({ id: entry.id, key: entry.key.toString('base64') })) };
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await chmod(temporary, 0o600);
    // Unlike rename, link never replaces a file another process made meanwhile.
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary);
  }
}

export interface KeySettings {
  /** JUMELAGE_SECRET_KEYS, when given: it wins over the key file. */
  secretKeys?: string;
  /** JUMELAGE_KEY_FILE, or its default beside the data. */
  keyFile: string;
}

/**
 * The keyring from JUMELAGE_SECRET_KEYS or the key file. With neither, and `create`, a new key is
 * generated into the key file and `log` says so, warning that production should supply its own.
 */
export async function loadKeyring(
  settings: KeySettings,
  options: { create: boolean; log?: (message: string) => void },
): Promise<Keyring> {
  if (settings.secretKeys) {
    return keyringOf(parseSecretKeys(settings.secretKeys, 'JUMELAGE_SECRET_KEYS'), 'JUMELAGE_SECRET_KEYS');
  }
  try {
    return keyringOf(await readKeyFile(settings.keyFile), settings.keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !options.create) throw error;
  }
  const key = newSecretKey();
  // Instances started at once on one database must end up with one key: the first file made wins,
  // and the others read it rather than replace it.
  if (!(await createKeyFile(settings.keyFile, [key])))
    return keyringOf(await readKeyFile(settings.keyFile), settings.keyFile);
  options.log?.(
    `Generated a secret key (${key.id}) in ${settings.keyFile}, readable by this user only: two-factor secrets are ` +
      'encrypted with it. Keep it apart from the database and its backups; without it they cannot be read. ' +
      'Production should supply its own key (JUMELAGE_SECRET_KEYS or JUMELAGE_KEY_FILE).',
  );
  return keyringOf([key], settings.keyFile);
}

const processKeyrings = new WeakMap<object, Keyring>();

/**
 * The keyring of an app built without one: made in this process, the same for every app on one
 * database (tests build several), and gone with the process.
 */
export function processKeyringFor(database: object): Keyring {
  let keyring = processKeyrings.get(database);
  if (!keyring) {
    keyring = ephemeralKeyring();
    processKeyrings.set(database, keyring);
  }
  return keyring;
}
