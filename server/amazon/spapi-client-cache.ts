import type { Agent } from 'node:https';
import { AppError } from '../../shared/errors.ts';
import type { AmazonApp } from '../config.ts';
import type { amazonConnections } from '../db/schema.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';
import { createSellingPartnerClient, type SellingPartnerClient } from './selling-partner-client.ts';

export type AmazonConnection = typeof amazonConnections.$inferSelect;

export interface SpApiClientCacheOptions {
  amazonApp: AmazonApp;
  /** From `createRemoteAgents`: the real hosts, or the configured stand-in and sandbox. */
  agent: Agent;
  /** Opens the connection's sealed refresh token; the plaintext then lives only in a client. */
  openRefreshToken(connection: AmazonConnection): string;
  /** Per exchange; the stand-in's `timeout` fault needs tests to wait less than 30 s. */
  timeoutMs?: number;
  /** How long an opened token stays in memory before it is opened again. */
  ttlMs?: number;
  now?: () => number;
}

export interface SpApiClientCache {
  /** The tenant's client for the connection's region; the connection must be connected. */
  clientFor(connection: AmazonConnection): SellingPartnerClient;
  /** Drops the client, e.g. on disconnect or when Amazon refused its refresh token. */
  forget(tenantId: string, region: AmazonRegion): void;
  /** Drops clients past their time, with the refresh tokens they hold; call now and then. */
  dropExpired(): void;
}

interface CachedClient {
  client: SellingPartnerClient;
  /** The sealed token it was opened from: a reconnect seals a new one and misses the cache. */
  sealedToken: string;
  expiresAt: number;
}

const DEFAULT_TTL_MS = 10 * 60_000;

/**
 * One `amazon-sp-api` client per tenant and region, kept briefly: the client caches Amazon's
 * access token, so reuse saves a token exchange per call, while the short life bounds how long
 * a refresh token sits decrypted in memory. Callers pass the connection row they just read, so
 * a disconnect or needs-reauthorisation in any process stops the client's use at once.
 */
export function createSpApiClientCache(options: SpApiClientCacheOptions): SpApiClientCache {
  const cache = new Map<string, CachedClient>();
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const keyOf = (tenantId: string, region: string) => `${tenantId}|${region}`;

  return {
    clientFor(connection) {
      const sealedToken = usableSealedToken(connection);
      const key = keyOf(connection.tenantId, connection.region);

      dropExpiredClients(cache, now());

      const cached = cache.get(key);

      if (cached?.sealedToken === sealedToken) {
        return cached.client;
      }

      const client = createSellingPartnerClient({
        region: connection.region,
        refreshToken: options.openRefreshToken(connection),
        amazonApp: options.amazonApp,
        agent: options.agent,
        timeoutMs: options.timeoutMs,
      });

      cache.set(key, { client, sealedToken, expiresAt: now() + ttlMs });

      return client;
    },

    forget(tenantId, region) {
      cache.delete(keyOf(tenantId, region));
    },

    dropExpired: () => dropExpiredClients(cache, now()),
  };
}

// Expired clients would keep their decrypted token in memory until replaced.
function dropExpiredClients(cache: Map<string, CachedClient>, at: number): void {
  for (const [key, cached] of cache) {
    if (cached.expiresAt <= at) {
      cache.delete(key);
    }
  }
}

function usableSealedToken(connection: AmazonConnection): string {
  if (connection.status === 'needs_reauthorization') {
    throw new AppError('AMAZON_NEEDS_REAUTHORIZATION');
  }

  if (!connection.refreshTokenSealed) {
    throw new AppError('AMAZON_NOT_CONNECTED');
  }

  return connection.refreshTokenSealed;
}
