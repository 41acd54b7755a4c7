import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { ShipentegraTokenSchema } from './contract.ts';
import { isShipentegraError } from './shipentegra-errors.ts';
import type { ShipentegraHttp, ShipentegraRequest } from './shipentegra-http.ts';
import { expiryOfShipentegraToken } from './shipentegra-token-validity.ts';

export interface ShipentegraCredentialPair {
  clientId: string;
  clientSecret: string;
}

export interface ShipentegraAccessToken {
  accessToken: string;
  expiresAt: Date;
}

/** `POST /auth/token`. Wrong credentials come back as a `business` ShipentegraError. */
export async function fetchShipentegraToken(
  http: ShipentegraHttp,
  credentials: ShipentegraCredentialPair,
  now: Date,
): Promise<ShipentegraAccessToken> {
  const token = await http.send({
    method: 'POST',
    path: '/auth/token',
    body: { clientId: credentials.clientId, clientSecret: credentials.clientSecret },
    data: ShipentegraTokenSchema,
  });

  return {
    accessToken: token.accessToken,
    expiresAt: expiryOfShipentegraToken(token.accessTokenValidity, now),
  };
}

interface CachedToken extends ShipentegraAccessToken {
  /** Which credentials it was issued for: saving new ones must not reuse the old token. */
  credentialsDigest: string;
}

/**
 * Access tokens per tenant, in memory. Only an optimisation (no refresh endpoint is known, so
 * a lost cache costs one token call), which keeps it safe for several server processes.
 */
export interface ShipentegraTokenCache {
  get(tenantId: string): CachedToken | undefined;
  set(tenantId: string, token: CachedToken): void;
  forget(tenantId: string): void;
}

export function createShipentegraTokenCache(): ShipentegraTokenCache {
  const tokens = new Map<string, CachedToken>();

  return {
    get: (tenantId) => tokens.get(tenantId),
    set: (tenantId, token) => {
      tokens.set(tenantId, token);
    },
    forget: (tenantId) => {
      tokens.delete(tenantId);
    },
  };
}

export interface AuthorizedShipentegra {
  /** A call with the tenant's bearer token; an expired token is replaced once, then retried. */
  send<Data extends z.ZodType>(
    request: Omit<ShipentegraRequest<Data>, 'accessToken'>,
  ): Promise<z.infer<Data>>;
}

export interface AuthorizedShipentegraOptions {
  http: ShipentegraHttp;
  tokens: ShipentegraTokenCache;
  tenantId: string;
  credentials: ShipentegraCredentialPair;
  now?: () => Date;
}

export function createAuthorizedShipentegra(
  options: AuthorizedShipentegraOptions,
): AuthorizedShipentegra {
  const now = options.now ?? (() => new Date());
  const digest = digestOf(options.credentials);

  const tokenFor = async (isStale: boolean): Promise<string> => {
    const cached = options.tokens.get(options.tenantId);
    const isUsable = !isStale && cached?.credentialsDigest === digest && cached.expiresAt > now();

    if (cached && isUsable) {
      return cached.accessToken;
    }

    const fresh = await fetchShipentegraToken(options.http, options.credentials, now());
    options.tokens.set(options.tenantId, { ...fresh, credentialsDigest: digest });

    return fresh.accessToken;
  };

  return {
    async send(request) {
      try {
        return await options.http.send({ ...request, accessToken: await tokenFor(false) });
      } catch (error) {
        // A plain 401 means the token died early; a business 401 is a real refusal.
        if (!isShipentegraError(error, 'unauthenticated')) {
          throw error;
        }

        return options.http.send({ ...request, accessToken: await tokenFor(true) });
      }
    },
  };
}

function digestOf(credentials: ShipentegraCredentialPair): string {
  return createHash('sha256')
    .update(`${credentials.clientId}\u0000${credentials.clientSecret}`)
    .digest('base64url');
}
