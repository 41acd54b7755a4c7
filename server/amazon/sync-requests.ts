import { and, eq, gt } from 'drizzle-orm';
import type { StartSyncResponse, SyncKind } from '../../shared/api/sync.ts';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db/connection.ts';
import { jobs } from '../db/schema.ts';
import { enqueueJob, findLiveJob } from '../jobs/job-queue.ts';
import { isSyncable, listTenantConnections } from './sync-connections.ts';
import { syncJobKey, syncJobKind } from './sync-job-keys.ts';

/**
 * "Sync now": one job per kind and usable connection. A sync of the same kind already queued
 * or running is joined (the job queue's dedupe key), never doubled.
 */
export function requestSyncNow(
  db: Db,
  tenantId: string,
  kinds: readonly SyncKind[],
  now = new Date(),
): StartSyncResponse {
  const connections = listTenantConnections(db, tenantId);
  const usable = connections.filter(isSyncable);

  if (connections.length === 0) {
    throw new AppError('AMAZON_NOT_CONNECTED');
  }

  if (usable.length === 0) {
    throw new AppError('AMAZON_NEEDS_REAUTHORIZATION');
  }

  const syncs = usable.flatMap(({ region }) =>
    kinds.map((kind) => {
      const dedupeKey = syncJobKey(kind, tenantId, region);
      // Only for the answer; the enqueue below is what decides, atomically.
      const isJoined = findLiveJob(db, dedupeKey) !== undefined;

      bringQueuedRetryForward(db, dedupeKey, now);
      enqueueJob(db, {
        kind: syncJobKind(kind),
        payload: { tenantId, region },
        tenantId,
        dedupeKey,
        now,
      });

      return { kind, region, isJoined };
    }),
  );

  return { syncs };
}

// A retry waiting out its backoff would make "sync now" wait with it: the seller asked for now.
function bringQueuedRetryForward(db: Db, dedupeKey: string, now: Date): void {
  db.update(jobs)
    .set({ runAt: now, updatedAt: now })
    .where(and(eq(jobs.dedupeKey, dedupeKey), eq(jobs.status, 'queued'), gt(jobs.runAt, now)))
    .run();
}
