import { z } from 'zod';
import type { SyncKind } from '../db/schema.ts';
import { defineJobHandler, type JobContext, type JobHandler } from '../jobs/job-handlers.ts';
import { markNeedsReauthorization } from './connections.ts';
import { syncInventory } from './inventory-sync.ts';
import { type OrderSyncOptions, syncOrders } from './order-sync.ts';
import { findSyncableConnection } from './sync-connections.ts';
import {
  openSyncContext,
  type SyncContext,
  type SyncServices,
  type SyncTally,
} from './sync-context.ts';
import { describeSyncFailure, toJobError } from './sync-errors.ts';
import { syncJobKind } from './sync-job-keys.ts';
import { finishSyncRun, startSyncRun } from './sync-runs.ts';
import { disableSyncSchedules } from './sync-schedules.ts';

export const SyncJobPayloadSchema = z.object({
  tenantId: z.string().min(1),
  region: z.enum(['na', 'eu', 'fe']),
});
export type SyncJobPayload = z.infer<typeof SyncJobPayloadSchema>;

export interface SyncJobDeps extends SyncServices {
  orderSync?: OrderSyncOptions;
}

type RunSync = (context: SyncContext) => Promise<SyncTally>;

/** The handlers for the `sync-orders` and `sync-inventory` jobs. */
export function createSyncJobHandlers(deps: SyncJobDeps): JobHandler<SyncJobPayload>[] {
  const handlerFor = (kind: SyncKind, sync: RunSync) =>
    defineJobHandler({
      kind: syncJobKind(kind),
      payloadSchema: SyncJobPayloadSchema,
      run: (job) => runSyncJob(deps, kind, job, sync),
    });

  return [
    handlerFor('orders', (context) => syncOrders(context, deps.orderSync)),
    handlerFor('inventory', syncInventory),
  ];
}

async function runSyncJob(
  deps: SyncJobDeps,
  kind: SyncKind,
  job: JobContext<SyncJobPayload>,
  sync: RunSync,
): Promise<void> {
  const { tenantId, region } = job.payload;
  const connection = findSyncableConnection(deps.db, tenantId, region);

  // Disconnected, or waiting for the seller to re-authorise: nothing to do, and the status
  // route says why. The schedule reconciliation stops these jobs from coming back.
  if (!connection) {
    job.logger.info({ tenantId, region, kind }, 'sync skipped: no usable Amazon connection');
    return;
  }

  const run = startSyncRun(deps.db, { tenantId, region, kind, jobId: job.job.id, now: job.now() });

  try {
    const tally = await sync(
      openSyncContext(deps, { connection, runId: run.id, signal: job.signal }),
    );

    finishSyncRun(deps.db, run.id, { status: 'succeeded' }, job.now());
    job.logger.info({ tenantId, region, kind, ...tally }, 'sync finished');
  } catch (error) {
    throw recordFailure(deps, { kind, job, runId: run.id, error });
  }
}

interface FailedRun {
  kind: SyncKind;
  job: JobContext<SyncJobPayload>;
  runId: string;
  error: unknown;
}

function recordFailure(deps: SyncJobDeps, { kind, job, runId, error }: FailedRun): unknown {
  const { tenantId, region } = job.payload;

  // Stopped from outside (shutdown, lost lease): the cursor holds every stored page, so the
  // next attempt resumes; this is no failure of the sync.
  if (job.signal.aborted) {
    finishSyncRun(deps.db, runId, { status: 'interrupted' }, job.now());
    return error;
  }

  const failure = describeSyncFailure(error);

  if (failure.needsReauthorization) {
    markNeedsReauthorization(deps.db, tenantId, region, { now: job.now() });
    deps.clients.forget(tenantId, region);
    disableSyncSchedules(deps.db, tenantId, region);
  }

  finishSyncRun(
    deps.db,
    runId,
    { status: 'failed', errorCode: failure.code, errorMessage: failure.message },
    job.now(),
  );
  job.logger.warn({ tenantId, region, kind, errorCode: failure.code }, 'sync failed');

  return toJobError(failure, error);
}
