import { hash, verify } from '@node-rs/argon2';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { ValidationError } from '../../shared/errors.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's score runs 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

// The dictionaries are loaded and ranked when a first password is checked, not at every start of
// the server: a second, and 30 MB that a server whose readers never set a password does not hold.
let strength: Promise<ZxcvbnFactory> | undefined;
function passwordStrength(): Promise<ZxcvbnFactory> {
  strength ??= (async () => {
    const [{ ZxcvbnFactory }, common, english, french] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-fr'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary, ...french.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
  })().catch((error: unknown) => {
    strength = undefined;
    throw error;
  });
  return strength;
}

/**
 * Refuses a password that is short, or common or guessable (dictionary words, keyboard walks,
 * dates, the person's own name or address), naming the field.
 */
export async function assertStrongPassword(
  password: string,
  personal: string[],
  field = '/password',
): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError('password.too_short', { min: MIN_PASSWORD_LENGTH }, field);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new ValidationError('password.too_long', { max: MAX_PASSWORD_LENGTH }, field);
  }
  // The person's name and address, whole, word by word and run together, count as known words.
  const known = personal.flatMap((text) => {
    const words = text
      .toLowerCase()
      .split(/[\s@._-]+/)
      .filter(Boolean);
    return [text.toLowerCase(), words.join(''), ...words];
  });
  const result = (await passwordStrength()).check(password, known);
  if (result.score < MIN_SCORE) {
    throw new ValidationError('password.too_guessable', field);
  }
}

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 iterations, 1 lane). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
