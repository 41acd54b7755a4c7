import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { SyncKind, SyncRunRow } from '../db/schema.ts';
import { syncRuns } from '../db/schema.ts';
import type { JobDatabase } from '../jobs/job-database.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';

const RUN_HISTORY_MS = 7 * 24 * 60 * 60 * 1000;

export interface StartSyncRunInput {
  tenantId: string;
  region: AmazonRegion;
  kind: SyncKind;
  jobId?: string;
  now: Date;
}

/**
 * A new run row. A row of the same sync still marked running belongs to an attempt that died
 * without finishing (a crash, a lost lease): it becomes `interrupted`, and this run resumes its
 * work from the cursor.
 */
export function startSyncRun(db: JobDatabase, input: StartSyncRunInput): SyncRunRow {
  const { tenantId, region, kind, now } = input;
  const isSameSync = and(
    eq(syncRuns.tenantId, tenantId),
    eq(syncRuns.kind, kind),
    eq(syncRuns.region, region),
  );
  const historyStart = new Date(now.getTime() - RUN_HISTORY_MS);

  return db.transaction((tx) => {
    // A run every few minutes adds up; the status only ever reads the latest ones.
    tx.delete(syncRuns)
      .where(and(isSameSync, lt(syncRuns.startedAt, historyStart)))
      .run();
    tx.update(syncRuns)
      .set({ status: 'interrupted', finishedAt: now, updatedAt: now })
      .where(and(isSameSync, eq(syncRuns.status, 'running')))
      .run();

    return tx
      .insert(syncRuns)
      .values({
        id: randomUUID(),
        tenantId,
        region,
        kind,
        jobId: input.jobId ?? null,
        status: 'running',
        startedAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
  });
}

export interface SyncRunProgress {
  pages: number;
  records: number;
  retries: number;
  /** Replaces the stored estimate when given. */
  progress?: number | null;
}

/** Adds a page's counts; call inside the transaction that stores the page. */
export function addSyncRunProgress(
  db: JobDatabase,
  runId: string,
  delta: SyncRunProgress,
  now: Date,
): void {
  db.update(syncRuns)
    .set({
      pagesFetched: sql`${syncRuns.pagesFetched} + ${delta.pages}`,
      recordsUpserted: sql`${syncRuns.recordsUpserted} + ${delta.records}`,
      retries: sql`${syncRuns.retries} + ${delta.retries}`,
      ...(delta.progress === undefined ? {} : { progress: delta.progress }),
      updatedAt: now,
    })
    .where(eq(syncRuns.id, runId))
    .run();
}

export type SyncRunEnding =
  | { status: 'succeeded' }
  | { status: 'interrupted' }
  | { status: 'failed'; errorCode: string; errorMessage: string };

export function finishSyncRun(
  db: JobDatabase,
  runId: string,
  ending: SyncRunEnding,
  now: Date,
): void {
  db.update(syncRuns)
    .set({
      status: ending.status,
      errorCode: ending.status === 'failed' ? ending.errorCode : null,
      errorMessage: ending.status === 'failed' ? ending.errorMessage : null,
      ...(ending.status === 'succeeded' ? { progress: 1 } : {}),
      finishedAt: now,
      updatedAt: now,
    })
    .where(and(eq(syncRuns.id, runId), eq(syncRuns.status, 'running')))
    .run();
}
