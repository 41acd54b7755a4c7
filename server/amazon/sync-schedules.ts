import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { amazonConnections, jobSchedules } from '../db/schema.ts';
import { defineJobHandler } from '../jobs/job-handlers.ts';
import { removeSchedule, upsertSchedule } from '../jobs/job-schedules.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';
import { isSyncable } from './sync-connections.ts';
import { SYNC_KINDS_IN_ORDER, syncJobKey, syncJobKind } from './sync-job-keys.ts';

const MINUTE_MS = 60_000;

/**
 * searchOrders refills about one call in three minutes, so an order sync every five minutes
 * (usually one page) leaves the bucket room for backfills; listings change less often.
 */
export const SYNC_INTERVALS_MS = { orders: 5 * MINUTE_MS, inventory: 30 * MINUTE_MS } as const;

export const SYNC_SCHEDULES_JOB_KIND = 'sync-schedules';
const RECONCILE_INTERVAL_MS = 10 * MINUTE_MS;

/** Recurring syncs of every kind for one connection; the first runs at once when new. */
export function scheduleSyncs(db: Db, tenantId: string, region: AmazonRegion, now = new Date()) {
  for (const kind of SYNC_KINDS_IN_ORDER) {
    upsertSchedule(db, {
      name: syncJobKey(kind, tenantId, region),
      kind: syncJobKind(kind),
      payload: { tenantId, region },
      tenantId,
      intervalMs: SYNC_INTERVALS_MS[kind],
      now,
    });
  }
}

/** Stops the recurring syncs, e.g. on disconnect or when Amazon refused the authorisation. */
export function disableSyncSchedules(db: Db, tenantId: string, region: AmazonRegion) {
  for (const kind of SYNC_KINDS_IN_ORDER) {
    removeSchedule(db, syncJobKey(kind, tenantId, region));
  }
}

/**
 * Makes the schedules match the connections: one set per usable connection, none for the rest.
 * Runs at start and every few minutes, so no code path that changes a connection can leave
 * a sync running for it, or missing.
 */
export function reconcileSyncSchedules(
  db: Db,
  now = new Date(),
): { scheduled: number; removed: number } {
  const connections = db.select().from(amazonConnections).all();
  const usable = connections.filter(isSyncable);
  const wanted = new Set(
    usable.flatMap((connection) =>
      SYNC_KINDS_IN_ORDER.map((kind) => syncJobKey(kind, connection.tenantId, connection.region)),
    ),
  );
  const existing = db
    .select({ name: jobSchedules.name })
    .from(jobSchedules)
    .where(inArray(jobSchedules.kind, SYNC_KINDS_IN_ORDER.map(syncJobKind)))
    .all();
  const stale = existing.filter((schedule) => !wanted.has(schedule.name));

  for (const connection of usable) {
    scheduleSyncs(db, connection.tenantId, connection.region, now);
  }

  for (const schedule of stale) {
    removeSchedule(db, schedule.name);
  }

  return { scheduled: usable.length, removed: stale.length };
}

export function createSyncSchedulesHandler(db: Db) {
  return defineJobHandler({
    kind: SYNC_SCHEDULES_JOB_KIND,
    payloadSchema: z.object({}),
    async run({ now, logger }) {
      const outcome = reconcileSyncSchedules(db, now());

      logger.info(outcome, 'sync schedules reconciled');
    },
  });
}

/** The recurring reconciliation; call once at start, after migrations. */
export function scheduleSyncReconciliation(db: Db): void {
  upsertSchedule(db, {
    name: SYNC_SCHEDULES_JOB_KIND,
    kind: SYNC_SCHEDULES_JOB_KIND,
    intervalMs: RECONCILE_INTERVAL_MS,
  });
}
