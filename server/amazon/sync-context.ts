import type { Db } from '../db/connection.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { createSpApiCaller, type RetryPolicy, type SpApiCaller } from './spapi-caller.ts';
import type { AmazonConnection, SpApiClientCache } from './spapi-client-cache.ts';

/** What one sync run works with: the tenant's connection, its caller and its run row. */
export interface SyncContext {
  db: Db;
  connection: AmazonConnection;
  caller: SpApiCaller;
  runId: string;
  /** Retries the caller made since the last call of this, for the run's counts. */
  takeRetries(): number;
  signal?: AbortSignal;
  now(): Date;
}

/** What a finished sync did. */
export interface SyncTally {
  pages: number;
  records: number;
}

/** The long-lived parts every sync shares: one limiter and one client cache per process. */
export interface SyncServices {
  db: Db;
  clients: SpApiClientCache;
  limiter: RateLimiter;
  /** The limiter's time scale: 1 in live mode, the stand-in's in the sandbox and tests. */
  timeScale: number;
  retry?: RetryPolicy;
  now?: () => Date;
}

export function openSyncContext(
  services: SyncServices,
  run: { connection: AmazonConnection; runId: string; signal?: AbortSignal },
): SyncContext {
  let retries = 0;
  const caller = createSpApiCaller({
    client: services.clients.clientFor(run.connection),
    tenantId: run.connection.tenantId,
    limiter: services.limiter,
    timeScale: services.timeScale,
    retry: services.retry,
    onRetry: () => {
      retries += 1;
    },
  });

  return {
    db: services.db,
    connection: run.connection,
    caller,
    runId: run.runId,
    signal: run.signal,
    now: services.now ?? (() => new Date()),
    takeRetries() {
      const taken = retries;

      retries = 0;

      return taken;
    },
  };
}
