import {
  and,
  eq,
  exists,
  inArray,
  isNotNull,
  isNull,
  ne,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { LabelSummary } from '../../shared/api/shipments.ts';
import type { Db } from '../db/connection.ts';
import { orders, shipments } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';
import {
  BOUGHT_STATES,
  OPEN_ORDER_STATUSES,
  SELLER_PROBLEM_CODES,
  TROUBLED_TRACKING,
} from './label-badge.ts';

/**
 * The popup's to-do counts, by the same rules as the order list badges (label-badge.ts), in
 * two counting queries scoped to the tenant: one over its open orders, one over its live
 * shipments. `needsAttention` counts the orders a `problem` badge marks; an open order whose
 * last attempt failed is also without a label, so it counts in `unshippedWithoutLabel` too.
 */
export function summarizeLabels(db: Db, tenantId: string): LabelSummary {
  const open = countOpenOrders(db, tenantId);
  const live = countLiveShipments(db, tenantId);

  return {
    unshippedWithoutLabel: open.withoutLabel,
    awaitingAmazon: live.awaitingAmazon,
    needsAttention: open.lastAttemptFailed + live.waitingForSeller,
  };
}

// Merchant-fulfilled orders still to ship that have no live shipment, and how many of them
// had an attempt that failed (a failed attempt is always the last one once nothing is live).
function countOpenOrders(db: Db, tenantId: string) {
  const row = db
    .select({
      withoutLabel: sql<number>`count(*)`.mapWith(Number),
      lastAttemptFailed: countWhere(
        exists(shipmentsOfOrder(db, tenantId, eq(shipments.state, 'failed'))),
      ),
    })
    .from(orders)
    .where(
      whereTenant(
        orders.tenantId,
        tenantId,
        eq(orders.fulfilledBy, 'MERCHANT'),
        inArray(orders.fulfillmentStatus, [...OPEN_ORDER_STATUSES]),
        notExists(shipmentsOfOrder(db, tenantId, ne(shipments.state, 'failed'))),
      ),
    )
    .get();

  return { withoutLabel: row?.withoutLabel ?? 0, lastAttemptFailed: row?.lastAttemptFailed ?? 0 };
}

// Live, undelivered shipments of merchant-fulfilled orders: those stuck until the seller acts,
// and the rest of those Amazon has not accepted the tracking of yet.
function countLiveShipments(db: Db, tenantId: string) {
  const waiting = waitingForSeller();
  const row = db
    .select({
      waitingForSeller: countWhere(waiting),
      awaitingAmazon: countWhere(
        and(inArray(shipments.state, [...BOUGHT_STATES]), sql`not (${waiting})`) as SQL,
      ),
    })
    .from(shipments)
    .innerJoin(orders, and(eq(orders.tenantId, tenantId), eq(orders.id, shipments.orderId)))
    .where(
      whereTenant(
        shipments.tenantId,
        tenantId,
        inArray(shipments.state, [...BOUGHT_STATES, 'confirmed']),
        eq(orders.fulfilledBy, 'MERCHANT'),
      ),
    )
    .get();

  return { waitingForSeller: row?.waitingForSeller ?? 0, awaitingAmazon: row?.awaitingAmazon ?? 0 };
}

/** `isWaitingForSeller` of label-badge.ts, as SQL over the shipments table. */
function waitingForSeller(): SQL {
  return or(
    inArray(shipments.trackingStatus, [...TROUBLED_TRACKING]),
    and(
      isNotNull(shipments.failureCode),
      or(isNull(shipments.nextAttemptAt), inArray(shipments.failureCode, SELLER_PROBLEM_CODES)),
    ),
  ) as SQL;
}

function shipmentsOfOrder(db: Db, tenantId: string, condition: SQL) {
  return db
    .select({ one: sql`1` })
    .from(shipments)
    .where(whereTenant(shipments.tenantId, tenantId, eq(shipments.orderId, orders.id), condition));
}

function countWhere(condition: SQL) {
  return sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);
}
