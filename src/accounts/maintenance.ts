import type { Database } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { fillEmailSkeletons } from './accounts.ts';
import {
  type Keyring,
  type KeySettings,
  keyringOf,
  loadKeyring,
  newSecretKey,
  readKeyFile,
  type SecretKey,
  writeKeyFile,
} from './secret-keys.ts';
import { keyIdsInUse, sealAllSecrets } from './two-factor/settings.ts';

/**
 * Brings accounts stored by an older version up to date, at start: the skeletons of their email
 * addresses filled in, and TOTP secrets still in clear (or under an older key) encrypted with the
 * current key. Nothing is lost: a secret in clear is encrypted, never dropped.
 */
export async function prepareAccounts(
  db: Database,
  keyring: Keyring,
): Promise<{ skeletonsFilled: number; secretsSealed: number }> {
  const skeletonsFilled = await fillEmailSkeletons(db);
  const { accounts } = await inTransaction(db, (tx) =>
    sealAllSecrets(tx, { actor: 'system:start' }, keyring, 'in clear'),
  );
  return { skeletonsFilled, secretsSealed: accounts };
}

export interface Rotation {
  keyId: string;
  accounts: number;
  /** Keys no secret uses any more: dropped from the key file, or to remove from JUMELAGE_SECRET_KEYS. */
  retired: string[];
  source: string;
}

/**
 * Re-encrypts every secret with a new key. With a key file, a new key is made and put first in the
 * file, every secret is re-encrypted with it, then the old keys are dropped from the file. With
 * JUMELAGE_SECRET_KEYS, the operator puts the new key first there; its older keys are then retired.
 */
export async function rotateKeys(db: Database, settings: KeySettings): Promise<Rotation> {
  let keyring: Keyring;
  let old: SecretKey[] = [];
  if (settings.secretKeys) {
    keyring = await loadKeyring(settings, { create: false });
  } else {
    try {
      old = await readKeyFile(settings.keyFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const fresh = newSecretKey();
    // The new key is written beside the old ones first: a failure in between loses nothing.
    await writeKeyFile(settings.keyFile, [fresh, ...old]);
    keyring = keyringOf([fresh, ...old], settings.keyFile);
  }
  const { accounts } = await inTransaction(db, (tx) =>
    sealAllSecrets(tx, { actor: 'cli' }, keyring, 'not under the current key'),
  );
  const inUse = new Set(await keyIdsInUse(db));
  const retired = [...keyring.keys.keys()].filter((id) => id !== keyring.current.id && !inUse.has(id));
  if (!settings.secretKeys) {
    await writeKeyFile(
      settings.keyFile,
      [keyring.current, ...old].filter((key) => !retired.includes(key.id)),
    );
  }
  return { keyId: keyring.current.id, accounts, retired, source: keyring.source };
}
