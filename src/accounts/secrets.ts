import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets the server hands out once and keeps only a hash of: session cookies, API tokens, links
 * in emails (password reset, invitation, email change) and recovery codes. A stolen copy of the
 * database holds hashes, never a secret that works.
 */

/** A new secret: 256 random bits, URL-safe, after an optional prefix that says what it is. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * What is stored of a secret, and what it is looked up by: its SHA-256. A plain hash is enough for
 * secrets drawn at random (guessing one is as hard as guessing the secret), and a lookup by hash in
 * the database compares hashes, so its timing tells nothing about the secret.
 */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
