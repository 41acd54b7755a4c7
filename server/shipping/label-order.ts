import { eq } from 'drizzle-orm';
import type { SkuProfile } from '../../shared/api/shipping.ts';
import type { Db } from '../db/connection.ts';
import { type OrderItemRow, type OrderRow, orderItems, orders } from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';
import { getShippingSettings } from './shipping-settings.ts';
import { findSkuProfiles } from './sku-profiles.ts';

/** An order with what labelling it needs, all from our own database (no PII). */
export interface LabelOrder {
  order: OrderRow;
  items: OrderItemRow[];
  profiles: Map<string, SkuProfile>;
  settings: ReturnType<typeof getShippingSettings>;
}

/** The tenant's order by its Amazon id; a foreign order is as missing as an unknown one. */
export function loadLabelOrder(db: Db, tenantId: string, amazonOrderId: string): LabelOrder {
  const order = foundOrNotFound(
    db
      .select()
      .from(orders)
      .where(whereTenant(orders.tenantId, tenantId, eq(orders.amazonOrderId, amazonOrderId)))
      .get(),
  );
  const items = db
    .select()
    .from(orderItems)
    .where(whereTenant(orderItems.tenantId, tenantId, eq(orderItems.orderId, order.id)))
    .all();
  const skus = [...new Set(items.flatMap((item) => (item.sellerSku ? [item.sellerSku] : [])))];

  return {
    order,
    items,
    profiles: findSkuProfiles(db, tenantId, skus),
    settings: getShippingSettings(db, tenantId),
  };
}
