import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/connection.ts';
import { orderItems, orders } from '../../server/db/schema.ts';
import type { SpApiStandIn } from '../../server/sandbox/spapi/spapi-stand-in.ts';

/** The facts of an order both sides must agree on, in one comparable shape. */
export interface ComparableOrder {
  orderId: string;
  status: string;
  fulfilledBy: string;
  updatedAt: string;
  items: string[];
}

export function standInOrders(standIn: SpApiStandIn, sellerId: string): ComparableOrder[] {
  return standIn.store
    .listOrders(sellerId)
    .map((order) => ({
      orderId: order.orderId,
      status: order.fulfillmentStatus,
      fulfilledBy: order.fulfilledBy,
      updatedAt: new Date(order.lastUpdatedTime).toISOString(),
      items: order.items
        .map((item) => `${item.orderItemId} ${item.sellerSku} ${item.quantityOrdered}`)
        .sort(),
    }))
    .sort((left, right) => left.orderId.localeCompare(right.orderId));
}

/** Every stored order of the tenant, duplicates included (the comparison would show them). */
export function storedOrders(db: Db, tenantId: string): ComparableOrder[] {
  const rows = db
    .select()
    .from(orders)
    .where(eq(orders.tenantId, tenantId))
    .orderBy(asc(orders.amazonOrderId))
    .all();
  const items = db.select().from(orderItems).where(eq(orderItems.tenantId, tenantId)).all();

  return rows.map((row) => ({
    orderId: row.amazonOrderId,
    status: row.fulfillmentStatus,
    fulfilledBy: row.fulfilledBy,
    updatedAt: row.amazonUpdatedAt.toISOString(),
    items: items
      .filter((item) => item.orderId === row.id)
      .map((item) => `${item.amazonOrderItemId} ${item.sellerSku} ${item.quantityOrdered}`)
      .sort(),
  }));
}
