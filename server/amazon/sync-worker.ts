import type { Agent } from 'node:https';
import type { AmazonApp } from '../config.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import type { JobLogger } from '../jobs/job-logger.ts';
import { createJobWorker } from '../jobs/job-worker.ts';
import type { SyncServices } from './sync-context.ts';
import { createSyncJobHandlers } from './sync-jobs.ts';
import {
  createSyncSchedulesHandler,
  reconcileSyncSchedules,
  scheduleSyncReconciliation,
} from './sync-schedules.ts';
import { createSyncServices } from './sync-services.ts';

export interface AmazonSyncOptions {
  db: Db;
  masterKeys: MasterKeyRing;
  amazonApp: AmazonApp;
  /** `createRemoteAgents(...).amazon`. */
  agent: Agent;
  /** 1 in live mode; the stand-in's time scale in sandbox mode. */
  timeScale: number;
  logger: JobLogger;
  /** Syncs run at once in this process; they mostly wait for Amazon's buckets to refill. */
  concurrency?: number;
  /** The process's one limiter and client cache, shared with labels; made here when absent. */
  services?: SyncServices;
}

export interface AmazonSync {
  stop(options?: { graceMs?: number }): Promise<void>;
}

// An initial order sync waits about three minutes per page past Amazon's burst: on a worker of
// its own, with room for many tenants at once, it never holds up housekeeping or labels.
const DEFAULT_CONCURRENCY = 16;
const CLIENT_SWEEP_MS = 60_000;

/**
 * Starts the Amazon syncs of this process: schedules made to match the connections now and
 * every few minutes after, and a job worker for the sync kinds. The scheduler that enqueues
 * due schedules is the server's own.
 */
export function startAmazonSync(options: AmazonSyncOptions): AmazonSync {
  const { db, logger } = options;
  const services = options.services ?? createSyncServices(options);

  reconcileSyncSchedules(db);
  scheduleSyncReconciliation(db);

  const worker = createJobWorker({
    db,
    handlers: [...createSyncJobHandlers(services), createSyncSchedulesHandler(db)],
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    logger: logger.child({ worker: 'amazon-sync' }),
  });

  // A disconnected tenant's client is never used again, but its token would stay in memory.
  const sweep = setInterval(() => services.clients.dropExpired(), CLIENT_SWEEP_MS).unref();

  worker.start();

  return {
    stop(stopOptions) {
      clearInterval(sweep);

      return worker.stop(stopOptions);
    },
  };
}
