import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type {
  OrderDetail,
  OrderItem,
  OrderList,
  OrderListQuery,
  OrderSummary,
} from '../../shared/api/orders.ts';
import type { Db } from '../db/connection.ts';
import { type OrderItemRow, type OrderRow, orderItems, orders } from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';
import { type BadgeShipment, labelBadgeOf, loadLatestShipments } from '../shipping/label-badge.ts';
import { findLatestShipment } from '../shipping/shipment-store.ts';
import { toShipmentView } from '../shipping/shipment-view.ts';
import {
  decodePageCursor,
  encodePageCursor,
  likePrefix,
  OrderCursorSchema,
} from './page-cursor.ts';

/** The tenant's orders, newest purchase first, filtered and a page at a time. */
export function listOrders(db: Db, tenantId: string, query: OrderListQuery): OrderList {
  const rows = db
    .select()
    .from(orders)
    .where(whereTenant(orders.tenantId, tenantId, ...filtersOf(tenantId, query)))
    .orderBy(desc(orders.purchasedAt), desc(orders.id))
    // One more than asked says whether another page exists.
    .limit(query.limit + 1)
    .all();
  const page = rows.slice(0, query.limit);
  const items = itemsOf(db, tenantId, page);
  const shipmentsByOrder = loadLatestShipments(
    db,
    tenantId,
    page.map((row) => row.id),
  );
  const last = page.at(-1);

  return {
    orders: page.map((row) =>
      toSummary(row, items.get(row.id) ?? [], shipmentsByOrder.get(row.id)),
    ),
    nextCursor:
      rows.length > query.limit && last
        ? encodePageCursor([last.purchasedAt.getTime(), last.id])
        : null,
  };
}

/** One order by its Amazon id; another tenant's order is as missing as one that never was. */
export function getOrderDetail(db: Db, tenantId: string, amazonOrderId: string): OrderDetail {
  const row = foundOrNotFound(
    db
      .select()
      .from(orders)
      .where(whereTenant(orders.tenantId, tenantId, eq(orders.amazonOrderId, amazonOrderId)))
      .get(),
  );
  const items = itemsOf(db, tenantId, [row]).get(row.id) ?? [];
  const shipment = findLatestShipment(db, tenantId, row.id);

  return {
    ...toSummary(row, items, shipment),
    deliverByEarliest: row.deliverByEarliest?.toISOString() ?? null,
    items: items.map(toItem),
    shipment: shipment ? toShipmentView(shipment) : null,
  };
}

function filtersOf(tenantId: string, query: OrderListQuery): (SQL | undefined)[] {
  const cursor = query.cursor ? decodePageCursor(OrderCursorSchema, query.cursor) : undefined;
  const pattern = query.q ? likePrefix(query.q) : undefined;
  return [
    query.status ? eq(orders.fulfillmentStatus, query.status) : undefined,
    query.ids ? inArray(orders.amazonOrderId, query.ids) : undefined,
    pattern
      ? sql`(${orders.amazonOrderId} like ${pattern} escape '\\' or ${orders.id} in ${ordersWithSku(tenantId, pattern)})`
      : undefined,
    cursor ? sql`(${orders.purchasedAt}, ${orders.id}) < (${cursor[0]}, ${cursor[1]})` : undefined,
  ];
}

// A SKU search looks in the tenant's own order lines only.
function ordersWithSku(tenantId: string, pattern: string): SQL {
  return sql`(select ${orderItems.orderId} from ${orderItems} where ${orderItems.tenantId} = ${tenantId} and ${orderItems.sellerSku} like ${pattern} escape '\\')`;
}

function itemsOf(db: Db, tenantId: string, rows: OrderRow[]): Map<string, OrderItemRow[]> {
  const byOrder = new Map<string, OrderItemRow[]>();

  if (rows.length === 0) {
    return byOrder;
  }

  const items = db
    .select()
    .from(orderItems)
    .where(
      and(
        eq(orderItems.tenantId, tenantId),
        inArray(
          orderItems.orderId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .all();

  for (const item of items) {
    byOrder.set(item.orderId, [...(byOrder.get(item.orderId) ?? []), item]);
  }

  return byOrder;
}

function toSummary(
  row: OrderRow,
  items: OrderItemRow[],
  latestShipment: BadgeShipment | undefined,
): OrderSummary {
  const skus = items.flatMap((item) => (item.sellerSku ? [item.sellerSku] : []));

  return {
    orderId: row.amazonOrderId,
    region: row.region,
    marketplaceId: row.marketplaceId,
    status: row.fulfillmentStatus,
    fulfilledBy: row.fulfilledBy,
    serviceLevel: row.serviceLevel,
    isPrime: row.isPrime,
    purchasedAt: row.purchasedAt.toISOString(),
    lastUpdatedAt: row.amazonUpdatedAt.toISOString(),
    shipByLatest: row.shipByLatest?.toISOString() ?? null,
    deliverByLatest: row.deliverByLatest?.toISOString() ?? null,
    total: moneyOf(row.totalAmount, row.currencyCode),
    skus: [...new Set(skus)].sort(),
    unitCount: items.reduce((sum, item) => sum + item.quantityOrdered, 0),
    labelBadge: labelBadgeOf(row, latestShipment),
  };
}

function toItem(item: OrderItemRow): OrderItem {
  return {
    orderItemId: item.amazonOrderItemId,
    asin: item.asin,
    sku: item.sellerSku,
    title: item.title,
    quantityOrdered: item.quantityOrdered,
    quantityShipped: item.quantityShipped,
    unitPrice: moneyOf(item.unitPriceAmount, item.currencyCode),
    subtotal: moneyOf(item.subtotalAmount, item.currencyCode),
  };
}

function moneyOf(amount: string | null, currencyCode: string | null) {
  return amount !== null && currencyCode !== null ? { amount, currencyCode } : null;
}
