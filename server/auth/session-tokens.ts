import { createHash, randomBytes } from 'node:crypto';

/** A bearer token: 256 random bits, base64url, shown to the client once. */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only the SHA-256 of a token is stored. A fast hash is enough here: the token has 256 bits
 * of entropy, so there is nothing to brute-force, unlike a password.
 */
export function hashSessionToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
