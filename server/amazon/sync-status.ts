import { and, desc, eq, inArray } from 'drizzle-orm';
import type { SyncKindStatus, SyncStatus } from '../../shared/api/sync.ts';
import type { Db } from '../db/connection.ts';
import { type SyncKind, type SyncRunRow, syncRuns } from '../db/schema.ts';
import { findLiveJob, type Job } from '../jobs/job-queue.ts';
import { getSchedule } from '../jobs/job-schedules.ts';
import type { AmazonConnection } from './spapi-client-cache.ts';
import { isSyncable, listTenantConnections } from './sync-connections.ts';
import { SYNC_KINDS_IN_ORDER, syncJobKey } from './sync-job-keys.ts';

/** What the popup shows: per kind and region, whether it runs, how far, and how it last went. */
export function readSyncStatus(db: Db, tenantId: string): SyncStatus {
  const connections = listTenantConnections(db, tenantId);

  return {
    isAmazonConnected: connections.some(isSyncable),
    syncs: connections.flatMap((connection) =>
      SYNC_KINDS_IN_ORDER.map((kind) => readKindStatus(db, connection, kind)),
    ),
  };
}

function readKindStatus(db: Db, connection: AmazonConnection, kind: SyncKind): SyncKindStatus {
  const { tenantId, region } = connection;
  const key = syncJobKey(kind, tenantId, region);
  const liveJob = findLiveJob(db, key);
  const latest = latestRun(db, connection, kind, ['running', 'succeeded', 'failed']);
  const lastSuccess = latestRun(db, connection, kind, ['succeeded']);
  const lastFinished = latestRun(db, connection, kind, ['succeeded', 'failed']);
  const lastError = latest?.status === 'failed' ? latest : undefined;
  const isRunning = liveJob?.status === 'running' && latest?.status === 'running';

  return {
    kind,
    region,
    state: stateOf(connection, liveJob, isRunning, lastError),
    progress: isRunning && latest ? progressOf(latest) : null,
    lastSuccessAt: lastSuccess?.finishedAt?.toISOString() ?? null,
    lastError: lastError ? errorOf(lastError) : null,
    lastCounts: lastFinished
      ? {
          pagesFetched: lastFinished.pagesFetched,
          recordsUpserted: lastFinished.recordsUpserted,
          retries: lastFinished.retries,
        }
      : null,
    nextRunAt: isSyncable(connection) ? nextRunOf(db, key, liveJob) : null,
  };
}

function stateOf(
  connection: AmazonConnection,
  liveJob: Job | undefined,
  isRunning: boolean,
  lastError: SyncRunRow | undefined,
): SyncKindStatus['state'] {
  if (connection.status === 'needs_reauthorization') {
    return 'needs_reauthorization';
  }

  if (isRunning) {
    return 'running';
  }

  // A queued job after a failure is the retry waiting for its backoff.
  if (lastError) {
    return 'failed';
  }

  return liveJob ? 'queued' : 'idle';
}

function latestRun(
  db: Db,
  connection: AmazonConnection,
  kind: SyncKind,
  statuses: SyncRunRow['status'][],
): SyncRunRow | undefined {
  return db
    .select()
    .from(syncRuns)
    .where(
      and(
        eq(syncRuns.tenantId, connection.tenantId),
        eq(syncRuns.kind, kind),
        eq(syncRuns.region, connection.region),
        inArray(syncRuns.status, statuses),
      ),
    )
    .orderBy(desc(syncRuns.startedAt))
    .limit(1)
    .get();
}

function progressOf(run: SyncRunRow) {
  return {
    pagesFetched: run.pagesFetched,
    recordsUpserted: run.recordsUpserted,
    fraction: run.progress,
  };
}

function errorOf(run: SyncRunRow) {
  return {
    code: run.errorCode ?? 'INTERNAL',
    message: run.errorMessage ?? '',
    at: (run.finishedAt ?? run.updatedAt).toISOString(),
  };
}

function nextRunOf(db: Db, key: string, liveJob: Job | undefined): string | null {
  if (liveJob) {
    return liveJob.runAt.toISOString();
  }

  return getSchedule(db, key)?.nextRunAt.toISOString() ?? null;
}
