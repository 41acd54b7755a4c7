import { and, asc, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import { z } from 'zod';
import { type ShipmentRow, shipments } from '../db/schema.ts';
import type { JobDatabase } from '../jobs/job-database.ts';
import { defineJobHandler } from '../jobs/job-handlers.ts';
import type { JobLogger } from '../jobs/job-logger.ts';
import { upsertSchedule } from '../jobs/job-schedules.ts';
import type { LabelDeps } from './label-services.ts';
import { advanceShipment } from './label-workflow.ts';
import { STEP_LEASE_MS } from './shipment-store.ts';

export const RESUME_SHIPMENTS_JOB = 'labels-resume';

const BATCH_SIZE = 50;

/**
 * Shipments a crash or a remote outage left halfway: due for their next try, and not held by
 * a live worker. A confirmed shipment still waits for Amazon to show its tracking; one whose
 * reads ran out (no next try, a problem recorded) is left for the seller to see.
 */
export function findResumableShipments(deps: Pick<LabelDeps, 'db' | 'now'>): ShipmentRow[] {
  const now = deps.now();
  const leaseExpired = new Date(now.getTime() - STEP_LEASE_MS);

  return deps.db
    .select()
    .from(shipments)
    .where(
      and(
        or(
          inArray(shipments.state, ['quoted', 'ordered', 'labelled']),
          and(
            isNull(shipments.amazonVerifiedAt),
            inArray(shipments.state, ['confirmed']),
            or(isNotNull(shipments.nextAttemptAt), isNull(shipments.failureCode)),
          ),
        ),
        or(isNull(shipments.nextAttemptAt), lte(shipments.nextAttemptAt, now)),
        or(isNull(shipments.stepStartedAt), lt(shipments.stepStartedAt, leaseExpired)),
      ),
    )
    .orderBy(asc(shipments.updatedAt))
    .limit(BATCH_SIZE)
    .all();
}

/** Carries each resumable shipment on from its last persisted step; never buys a second label. */
export async function resumeShipments(
  deps: LabelDeps,
  options: { signal?: AbortSignal; logger?: Pick<JobLogger, 'warn'> } = {},
): Promise<number> {
  const due = findResumableShipments(deps);

  for (const shipment of due) {
    if (options.signal?.aborted) {
      break;
    }

    // One broken shipment (its order deleted, say) must not hold up the others.
    await advanceShipment(deps, shipment, { via: 'resume_job' }).catch((error: unknown) => {
      options.logger?.warn({ shipmentId: shipment.id, err: error }, 'shipment not resumed');
    });
  }

  return due.length;
}

export function createResumeShipmentsHandler(deps: LabelDeps) {
  return defineJobHandler({
    kind: RESUME_SHIPMENTS_JOB,
    payloadSchema: z.object({}),
    async run({ signal, logger }) {
      const count = await resumeShipments(deps, { signal, logger });

      logger.info({ count }, 'resumed shipments');
    },
  });
}

/** Every minute: short enough that a bought label reaches Amazon soon after an outage. */
export function scheduleResumeShipments(db: JobDatabase): void {
  upsertSchedule(db, {
    name: RESUME_SHIPMENTS_JOB,
    kind: RESUME_SHIPMENTS_JOB,
    intervalMs: 60_000,
  });
}
