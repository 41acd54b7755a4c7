import type { Agent } from 'node:https';
import type { AmazonApp } from '../config.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import { openSealedRefreshToken } from './connections.ts';
import { createRateLimiter } from './rate-limiter.ts';
import type { RetryPolicy } from './spapi-caller.ts';
import { createSpApiClientCache } from './spapi-client-cache.ts';
import type { SyncServices } from './sync-context.ts';

export interface SyncServicesOptions {
  db: Db;
  masterKeys: MasterKeyRing;
  amazonApp: AmazonApp;
  /** `createRemoteAgents(...).amazon`. */
  agent: Agent;
  /** 1 in live mode; the stand-in's time scale in sandbox mode, tests and benches. */
  timeScale?: number;
  /** Per SP-API exchange. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  now?: () => Date;
}

/** One rate limiter and one client cache for the process, shared by every sync. */
export function createSyncServices(options: SyncServicesOptions): SyncServices {
  const { db, masterKeys } = options;
  const timeScale = options.timeScale ?? 1;

  return {
    db,
    timeScale,
    retry: options.retry,
    now: options.now,
    limiter: createRateLimiter({ timeScale }),
    clients: createSpApiClientCache({
      amazonApp: options.amazonApp,
      agent: options.agent,
      timeoutMs: options.timeoutMs,
      openRefreshToken: (connection) => openSealedRefreshToken(db, masterKeys, connection),
    }),
  };
}
