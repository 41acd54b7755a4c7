import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StandInClock } from './scaled-clock.ts';

export const ACCESS_TOKEN_SECONDS = 3600;
const AUTHORIZATION_CODE_MS = 5 * 60 * 1000;

export type AccessTokenState = { sellerId: string } | 'expired' | 'unknown';
export type CodeRedemption = { sellerId: string } | 'invalid';

export interface LwaTokens {
  mintRefreshToken(sellerId: string): string;
  /** The seller a refresh token stands for, unless it is forged or revoked. */
  sellerOfRefreshToken(token: string): string | undefined;
  revokeRefreshToken(token: string): void;
  issueAuthorizationCode(sellerId: string, redirectUri: string): string;
  /** Single use, within five minutes of Amazon time, for the redirect URI it was issued to. */
  redeemAuthorizationCode(code: string, redirectUri: string | undefined): CodeRedemption;
  issueAccessToken(sellerId: string): string;
  checkAccessToken(token: string): AccessTokenState;
}

interface PendingCode {
  sellerId: string;
  redirectUri: string;
  expiresAt: number;
}

/**
 * Refresh tokens are signed rather than stored: sandbox mode keeps the sealed token in its
 * database across restarts, and a token minted by an earlier run of the same seed and app
 * must still work. Access tokens and codes live in memory and die with the process.
 */
export function createLwaTokens(seed: number, clientId: string, clock: StandInClock): LwaTokens {
  const key = createHash('sha256').update(`kayistra-stand-in|${seed}|${clientId}`).digest();
  const revoked = new Set<string>();
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, { sellerId: string; expiresAt: number }>();
  const sign = (payload: string) =>
    createHmac('sha256', key).update(payload).digest('base64url').slice(0, 32);

  return {
    mintRefreshToken(sellerId) {
      const payload = `${sellerId}.${randomBytes(9).toString('base64url')}`;
      return `Atzr|IwEB${Buffer.from(`${payload}.${sign(payload)}`).toString('base64url')}`;
    },

    sellerOfRefreshToken(token) {
      const decoded = Buffer.from(token.replace(/^Atzr\|IwEB/, ''), 'base64url').toString();
      const [sellerId, nonce, signature] = decoded.split('.');

      if (!sellerId || !nonce || !signature || revoked.has(token)) {
        return undefined;
      }

      // Constant-time, as a real token check must be: the stand-in is test code, not a toy.
      const expected = Buffer.from(sign(`${sellerId}.${nonce}`));
      const given = Buffer.from(signature);
      const isValid = expected.length === given.length && timingSafeEqual(expected, given);

      return isValid ? sellerId : undefined;
    },

    revokeRefreshToken: (token) => {
      revoked.add(token);
    },

    issueAuthorizationCode(sellerId, redirectUri) {
      const code = `AN${randomBytes(15).toString('base64url').replace(/[-_]/g, 'x')}`;
      codes.set(code, {
        sellerId,
        redirectUri,
        expiresAt: clock.amazonMs() + AUTHORIZATION_CODE_MS,
      });

      return code;
    },

    redeemAuthorizationCode(code, redirectUri) {
      const pending = codes.get(code);
      codes.delete(code);

      const isLive = pending !== undefined && pending.expiresAt > clock.amazonMs();
      const isSameRedirect = redirectUri === undefined || redirectUri === pending?.redirectUri;

      return pending && isLive && isSameRedirect ? { sellerId: pending.sellerId } : 'invalid';
    },

    issueAccessToken(sellerId) {
      const token = `Atza|IwEB${randomBytes(48).toString('base64url')}`;
      const expiresAt = clock.amazonMs() + ACCESS_TOKEN_SECONDS * 1000;

      accessTokens.set(token, { sellerId, expiresAt });
      return token;
    },

    checkAccessToken(token) {
      const entry = accessTokens.get(token);

      if (!entry) {
        return 'unknown';
      }

      return entry.expiresAt > clock.amazonMs() ? { sellerId: entry.sellerId } : 'expired';
    },
  };
}
