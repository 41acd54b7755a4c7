import { lt } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { auditEvents, orders } from '../db/schema.ts';
import { checkpointWal } from './checkpoint-wal.ts';
import { purgeExpiredPii } from './purge-pii.ts';
import {
  ASSUMED_DELIVERY_AFTER_PURCHASE_MS,
  auditCutoff,
  orderCutoff,
  PII_AFTER_CANCELLATION_MS,
  PII_AFTER_DELIVERY_MS,
} from './retention-rules.ts';

/** What one run deleted: counts only, never what the rows held. */
export interface RetentionCounts {
  recipients: number;
  labels: number;
  orders: number;
  auditEvents: number;
}

/**
 * Deletes everything past its retention as of `asOf` in one transaction, records the counts,
 * and checkpoints the WAL when anything went. Sync runs are not here: the sync prunes its own
 * after 7 days. Orders go with their items, recipients and shipments by FK cascade.
 */
export function runRetention(
  db: Db,
  options: { asOf: Date; recordedAt?: Date; requestId?: string },
): RetentionCounts {
  const { asOf } = options;

  const counts = db.transaction((tx) => {
    const pii = purgeExpiredPii(tx, {
      asOf,
      afterDeliveryMs: PII_AFTER_DELIVERY_MS,
      afterCancellationMs: PII_AFTER_CANCELLATION_MS,
      assumedDeliveryMs: ASSUMED_DELIVERY_AFTER_PURCHASE_MS,
    });

    const expiredOrders = tx
      .delete(orders)
      .where(lt(orders.purchasedAt, orderCutoff(asOf)))
      .run();

    const expiredEvents = tx
      .delete(auditEvents)
      .where(lt(auditEvents.createdAt, auditCutoff(asOf)))
      .run();

    const result = { ...pii, orders: expiredOrders.changes, auditEvents: expiredEvents.changes };

    // One event per run across all tenants, not one per tenant: it is the operator's proof that
    // retention ran, so it must outlive a tenant's deletion, and it names no tenant's data.
    recordAuditEvent(tx, {
      tenantId: null,
      type: 'retention.run',
      details: { asOf: asOf.toISOString(), ...result },
      requestId: options.requestId,
      now: options.recordedAt ?? new Date(),
    });

    return result;
  });

  if (Object.values(counts).some((count) => count > 0)) {
    checkpointWal(db);
  }

  return counts;
}
