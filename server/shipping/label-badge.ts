import { and, eq, inArray } from 'drizzle-orm';
import type { LabelBadge } from '../../shared/api/orders.ts';
import type { Db } from '../db/connection.ts';
import { type OrderRow, type ShipmentRow, shipments } from '../db/schema.ts';

/** What a badge needs of an order. */
export type BadgeOrder = Pick<OrderRow, 'fulfilledBy' | 'fulfillmentStatus'>;

/** What a badge needs of a shipment: never the sealed label file, which can be large. */
export type BadgeShipment = Pick<
  ShipmentRow,
  'orderId' | 'attempt' | 'state' | 'failureCode' | 'nextAttemptAt' | 'trackingStatus'
>;

/** Statuses in which the seller still owes the buyer a parcel. */
export const OPEN_ORDER_STATUSES = ['UNSHIPPED', 'PARTIALLY_SHIPPED'] as const;

/** Live states before Amazon accepted the tracking. */
export const BOUGHT_STATES = ['quoted', 'ordered', 'labelled'] as const;

/**
 * Live shipments that retry forever but cannot succeed until the seller acts: Amazon revoked
 * our authorisation (only a reconnect helps) or refused the tracking it was sent.
 */
export const SELLER_PROBLEM_CODES = ['AMAZON_NEEDS_REAUTHORIZATION', 'AMAZON_REFUSED_CONFIRMATION'];

/** A parcel the carrier could not deliver or is sending back: the buyer is still waiting. */
export const TROUBLED_TRACKING = ['exception', 'returned'] as const;

const badgeColumns = {
  orderId: shipments.orderId,
  attempt: shipments.attempt,
  state: shipments.state,
  failureCode: shipments.failureCode,
  nextAttemptAt: shipments.nextAttemptAt,
  trackingStatus: shipments.trackingStatus,
};

/**
 * The order list badge. A live shipment speaks for itself; without one, only an order the
 * seller still has to ship gets a badge (`problem` when its last attempt failed). FBA orders
 * are Amazon's, so they never get one.
 */
export function labelBadgeOf(
  order: BadgeOrder,
  latest: BadgeShipment | undefined,
): LabelBadge | null {
  if (order.fulfilledBy !== 'MERCHANT') {
    return null;
  }

  if (latest && latest.state !== 'failed') {
    return liveBadgeOf(latest);
  }

  if (!isOpenStatus(order.fulfillmentStatus)) {
    return null;
  }

  return latest ? 'problem' : 'no_label';
}

/** True when a live shipment stopped helping itself: no retry is planned, or none can work. */
export function isWaitingForSeller(shipment: BadgeShipment): boolean {
  if (isOneOf(shipment.trackingStatus, TROUBLED_TRACKING)) {
    return true;
  }

  if (shipment.failureCode === null) {
    return false;
  }

  return shipment.nextAttemptAt === null || SELLER_PROBLEM_CODES.includes(shipment.failureCode);
}

/**
 * Each order's newest attempt, for a page of orders, in one tenant-scoped query: attempts
 * only grow, so the highest number is the one the label panel shows.
 */
export function loadLatestShipments(
  db: Db,
  tenantId: string,
  orderIds: readonly string[],
): Map<string, BadgeShipment> {
  const latest = new Map<string, BadgeShipment>();

  if (orderIds.length === 0) {
    return latest;
  }

  const rows = db
    .select(badgeColumns)
    .from(shipments)
    .where(and(eq(shipments.tenantId, tenantId), inArray(shipments.orderId, [...orderIds])))
    .all();

  for (const row of rows) {
    const known = latest.get(row.orderId);

    if (!known || known.attempt < row.attempt) {
      latest.set(row.orderId, row);
    }
  }

  return latest;
}

function liveBadgeOf(shipment: BadgeShipment): LabelBadge {
  if (shipment.state === 'delivered') {
    return 'delivered';
  }

  if (isWaitingForSeller(shipment)) {
    return 'problem';
  }

  return shipment.state === 'confirmed' ? 'on_amazon' : 'label_bought';
}

function isOpenStatus(status: string): boolean {
  return isOneOf(status, OPEN_ORDER_STATUSES);
}

function isOneOf<Value extends string>(value: string, list: readonly Value[]): value is Value {
  return (list as readonly string[]).includes(value);
}
