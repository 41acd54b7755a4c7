import { randomBytes } from 'node:crypto';
import { rejectWith } from './business-errors.ts';
import { formatShipentegraTime, replySuccess, type StandInReply } from './envelope.ts';
import { readText } from './field-checks.ts';
import type { RouteContext } from './router.ts';
import type { ScaledClock } from './scaled-clock.ts';

/** The three shapes of `accessTokenValidity` the contract has seen; which is real is unknown. */
export type TokenValidityFormat = 'seconds' | 'duration' | 'date';

export interface TokenIssuerOptions {
  clock: ScaledClock;
  validitySeconds: number;
  validityFormat: TokenValidityFormat;
}

export interface TokenIssuer {
  issue(clientId: string): Record<string, string | number>;
  /** The account behind a live `Authorization: Bearer` header, or undefined. */
  authenticate(authorization: string | undefined): string | undefined;
}

export function createTokenIssuer(options: TokenIssuerOptions): TokenIssuer {
  const live = new Map<string, { clientId: string; expiresAtMs: number }>();

  return {
    issue(clientId) {
      // Random, not derived from the account: a guessed token must not open someone's balance.
      const accessToken = randomBytes(32).toString('base64url');
      const expiresAt = new Date(options.clock.now().getTime() + options.validitySeconds * 1000);
      live.set(accessToken, { clientId, expiresAtMs: expiresAt.getTime() });

      return {
        accessToken,
        refreshToken: randomBytes(32).toString('base64url'),
        tokenType: 'bearer',
        accessTokenValidity: formatValidity(options, expiresAt),
      };
    },
    authenticate(authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      const session = match?.[1] ? live.get(match[1]) : undefined;

      if (!session || session.expiresAtMs <= options.clock.now().getTime()) {
        return undefined;
      }

      return session.clientId;
    },
  };
}

/** `POST /v1/auth/token`. Wrong credentials are a business error (401 in the envelope). */
export function handleTokenRequest(context: RouteContext): StandInReply {
  const { world, body } = context;
  const clientId = readText(body, 'clientId');
  const clientSecret = readText(body, 'clientSecret');

  if (!clientId || !clientSecret || !world.accounts.hasCredentials(clientId, clientSecret)) {
    rejectWith('INVALID_CREDENTIALS');
  }

  return replySuccess(world.tokens.issue(clientId), context.now);
}

/**
 * The answer the stand-in sends to an unknown or expired token: Laravel's plain body, with no
 * envelope and no `ERR.` code, which is what tells it apart from a business 401.
 */
export function replyUnauthenticated(): StandInReply {
  return {
    status: 401,
    json: { message: 'Unauthenticated.' },
    headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
  };
}

function formatValidity(options: TokenIssuerOptions, expiresAt: Date): string | number {
  if (options.validityFormat === 'seconds') {
    return options.validitySeconds;
  }

  if (options.validityFormat === 'duration') {
    const hours = Math.floor(options.validitySeconds / 3600);
    const rest = new Date((options.validitySeconds % 3600) * 1000).toISOString().slice(14, 19);

    return `${String(hours).padStart(2, '0')}:${rest}`;
  }

  return formatShipentegraTime(expiresAt);
}
