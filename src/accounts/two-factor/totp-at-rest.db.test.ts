import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectData } from '../../../test/helpers/api-client.ts';
import { setUpTestApp, TEST_PASSWORD } from '../../../test/helpers/app.ts';
import { selectRows } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type App, buildApp } from '../../http/app.ts';
import { createUser } from '../accounts.ts';
import { emailSkeleton } from '../email-address.ts';
import { prepareAccounts, rotateKeys } from '../maintenance.ts';
import {
  type Keyring,
  keyringOf,
  loadKeyring,
  newSecretKey,
  processKeyringFor,
  readKeyFile,
  writeKeyFile,
} from '../secret-keys.ts';
import { users } from '../tables.ts';
import { newTotpSecret, totpCode } from './codes.ts';

const ctx = setUpTestApp();
let folder: string;
let keyFile: string;
let keyring: Keyring;
let app: App;
const apps: App[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'jumelage-totp-'));
  keyFile = join(folder, 'data-keys', 'secret-keys.json');
  // The key the test fixtures' accounts were enrolled with, kept in a key file as the server would.
  await writeKeyFile(keyFile, [processKeyringFor(ctx.database).current]);
  keyring = await loadKeyring({ keyFile }, { create: false });
  app = await appWith(keyring);
});

afterAll(async () => {
  for (const each of apps) await each.close();
  await rm(folder, { recursive: true, force: true });
});

async function appWith(keys: Keyring) {
  const built = await buildApp({ database: ctx.database, secretKeys: keys });
  apps.push(built);
  return built;
}

async function newAccount(email: string) {
  await inTransaction(ctx.database.db, (tx) =>
    createUser(tx, { actor: 'test' }, { email, displayName: 'Awa', password: TEST_PASSWORD }),
  );
}

const signIn = (on: App, email: string, code?: string) =>
  on.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: TEST_PASSWORD, code } });

/** The next time step's code, so the code that turned it on is not refused as replayed. */
const nextStep = (secret: string) => totpCode(secret, new Date(Date.now() + 30_000));

async function storedRow(email: string) {
  const [row] = await ctx.database.db.select().from(users).where(eq(users.email, email));
  return row!;
}

async function enrol(on: App, email: string): Promise<string> {
  const signedIn = await signIn(on, email);
  const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
  const api = apiClient(on, { cookie });
  const { secret } = await expectData(
    api.POST('/api/auth/two-factor/setup', { body: { password: TEST_PASSWORD } }),
    200,
  );
  const pending = await storedRow(email);
  expect(pending.totpPendingSecret).not.toContain(secret);
  expect(pending.totpKeyId).toBe(keyring.current.id);
  await expectData(api.POST('/api/auth/two-factor/enable', { body: { code: totpCode(secret) } }), 200);
  return secret;
}

describe('TOTP secrets at rest', () => {
  it('are stored encrypted with the key’s id beside them; a database without the key reveals nothing', async () => {
    const email = 'awa@totp.example';
    await newAccount(email);
    const secret = await enrol(app, email);
    const row = await storedRow(email);
    expect(row.totpSecret).not.toBeNull();
    expect(row.totpSecret).not.toContain(secret);
    expect(row.totpPendingSecret).toBeNull();
    expect(row.totpKeyId).toBe(keyring.current.id);
    // Nothing in the database holds the secret, in any column of any table.
    const [dump] = await selectRows<{ text: string }>(
      ctx.database.db,
      sql`SELECT string_agg(u::text, ' ') AS text FROM users u`,
    );
    expect(dump!.text).not.toContain(secret);

    // The same database served with another key (a copy taken without the key file): no code works.
    const stranger = await appWith(
      keyringOf([{ id: keyring.current.id, key: newSecretKey().key }], 'elsewhere'),
    );
    expect((await signIn(stranger, email, nextStep(secret))).statusCode).toBeGreaterThanOrEqual(400);
    const noKey = await appWith(keyringOf([newSecretKey()], 'elsewhere'));
    expect((await signIn(noKey, email, nextStep(secret))).statusCode).toBeGreaterThanOrEqual(400);
    expect((await signIn(app, email, nextStep(secret))).statusCode).toBe(200);
  });

  it('stored in clear by an older version are encrypted at start, or at their next use, and keep working', async () => {
    const atStart = 'clear-start@totp.example';
    const atUse = 'clear-use@totp.example';
    const secrets: Record<string, string> = {};
    for (const email of [atStart, atUse]) {
      await newAccount(email);
      secrets[email] = newTotpSecret();
      await ctx.database.db
        .update(users)
        .set({ totpSecret: secrets[email], totpKeyId: null, totpEnabledAt: new Date() })
        .where(eq(users.email, email));
    }
    // At use: the sign-in that reads it seals it.
    expect((await signIn(app, atUse, totpCode(secrets[atUse]!))).statusCode).toBe(200);
    const used = await storedRow(atUse);
    expect(used.totpKeyId).toBe(keyring.current.id);
    expect(used.totpSecret).not.toBe(secrets[atUse]);

    // At start: every one left in clear, and the skeletons of old addresses.
    await ctx.database.db.update(users).set({ emailSkeleton: null }).where(eq(users.email, atStart));
    const prepared = await prepareAccounts(ctx.database.db, keyring);
    expect(prepared).toEqual({ skeletonsFilled: 1, secretsSealed: 1 });
    const sealed = await storedRow(atStart);
    expect(sealed.totpKeyId).toBe(keyring.current.id);
    expect(sealed.totpSecret).not.toBe(secrets[atStart]);
    expect(sealed.emailSkeleton).toBe(emailSkeleton(atStart));
    expect((await signIn(app, atStart, totpCode(secrets[atStart]!))).statusCode).toBe(200);
    expect(await prepareAccounts(ctx.database.db, keyring)).toEqual({ skeletonsFilled: 0, secretsSealed: 0 });
  });

  it('are re-encrypted with a new key by keys rotate, which then drops the old key from the file', async () => {
    const email = 'rotate@totp.example';
    await newAccount(email);
    const secret = await enrol(app, email);
    const before = keyring.current.id;
    const rotation = await rotateKeys(ctx.database.db, { keyFile });
    expect(rotation.keyId).not.toBe(before);
    expect(rotation.accounts).toBeGreaterThanOrEqual(1);
    expect(rotation.retired).toEqual([before]);
    const onFile = await readKeyFile(keyFile);
    expect(onFile.map((key) => key.id)).toEqual([rotation.keyId]);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(await readFile(keyFile, 'utf8')).not.toContain(keyring.current.key.toString('base64'));
    const [{ ids }] = (await selectRows<{ ids: string }>(
      ctx.database.db,
      sql`SELECT string_agg(DISTINCT totp_key_id, ',') AS ids FROM users WHERE totp_key_id IS NOT NULL`,
    )) as [{ ids: string }];
    expect(ids).toBe(rotation.keyId);

    // The old keyring reads nothing any more; the new one, everything.
    expect((await signIn(app, email, nextStep(secret))).statusCode).toBeGreaterThanOrEqual(400);
    const rotated = await appWith(await loadKeyring({ keyFile }, { create: false }));
    expect((await signIn(rotated, email, nextStep(secret))).statusCode).toBe(200);
  });
});
