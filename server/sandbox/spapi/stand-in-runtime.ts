import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInFaults } from './faults.ts';
import type { LwaTokens } from './lwa-tokens.ts';
import type { StandInRequestLog } from './request-log.ts';
import type { StandInClock } from './scaled-clock.ts';
import type { FeedStore } from './store/feed-store.ts';
import type { StandInStore } from './store/stand-in-store.ts';
import type { TokenBuckets } from './token-buckets.ts';

/** Everything the stand-in's request handlers share. */
export interface StandInRuntime {
  appId: string;
  lwa: { clientId: string; clientSecret: string };
  redirectUri: string;
  loginUri?: string;
  clock: StandInClock;
  store: StandInStore;
  feeds: FeedStore;
  tokens: LwaTokens;
  buckets: TokenBuckets;
  faults: StandInFaults;
  log: StandInRequestLog;
  /** Pending `amazon_state` values of the log-in URI flow. */
  loginStates: Map<string, { sellerId: string; expiresAt: number }>;
}

export interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
}

/** Records what the stand-in answered (or that it answered nothing). */
export function recordExchange(
  runtime: StandInRuntime,
  exchange: Exchange,
  operation: string,
  status: number | 'dropped' | 'timeout',
  sellerId?: string,
): void {
  runtime.log.record({
    at: runtime.clock.now().toISOString(),
    method: exchange.request.method ?? 'GET',
    path: exchange.url.pathname,
    host: exchange.request.headers.host ?? '',
    operation,
    ...(sellerId ? { sellerId } : {}),
    status,
  });
}
