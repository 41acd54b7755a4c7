import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { orders } from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';
import { checkpointWal } from './checkpoint-wal.ts';
import { erasePii, type PiiPurgeCounts } from './purge-pii.ts';

export interface OrderPiiPurge {
  tenantId: string;
  userId: string;
  /** Amazon's order id, as the seller sees it. */
  amazonOrderId: string;
  requestId: string;
  now: Date;
}

/**
 * A buyer's erasure request, forwarded by the seller: one order's recipient and label go now,
 * not when retention would take them. The order itself stays (ids, amounts, SKUs are not PII).
 * A foreign or unknown order is NOT_FOUND; an order already without PII purges nothing.
 */
export function purgeOrderPii(db: Db, request: OrderPiiPurge): PiiPurgeCounts {
  const counts = db.transaction((tx) => {
    const order = tx
      .select({ id: orders.id })
      .from(orders)
      .where(
        whereTenant(
          orders.tenantId,
          request.tenantId,
          eq(orders.amazonOrderId, request.amazonOrderId),
        ),
      )
      .get();

    const { id } = foundOrNotFound(order);
    const erased = erasePii(tx, sql`select ${id}`, request.now);

    recordAuditEvent(tx, {
      tenantId: request.tenantId,
      userId: request.userId,
      type: 'pii.deleted',
      details: { orderId: request.amazonOrderId, reason: 'seller_request', ...erased },
      requestId: request.requestId,
      now: request.now,
    });

    return erased;
  });

  checkpointWal(db);

  return counts;
}
