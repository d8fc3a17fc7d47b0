import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as french from '@zxcvbn-ts/language-fr';
import { ValidationError } from '../../shared/errors.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's score runs 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

// Ranking the dictionaries takes a second and 15 MB: done when a first password is checked, not at
// every start of the server.
let strength: ZxcvbnFactory | undefined;
function passwordStrength(): ZxcvbnFactory {
  strength ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return strength;
}

/**
 * Refuses a password that is short, or common or guessable (dictionary words, keyboard walks,
 * dates, the person's own name or address), naming the field.
 */
export function assertStrongPassword(password: string, personal: string[], field = '/password'): void {
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
  const result = passwordStrength().check(password, known);
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
