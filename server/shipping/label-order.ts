import { eq } from 'drizzle-orm';
import type { PackageOverride, ShipmentPackage, SkuProfile } from '../../shared/api/shipping.ts';
import type { Db } from '../db/connection.ts';
import {
  type OrderItemRow,
  type OrderRow,
  orderItems,
  orders,
  shipentegraAccounts,
} from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';
import { assertNoLabelProblems, checkLabelReadiness } from './label-preconditions.ts';
import { buildPackage } from './package-builder.ts';
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

/** The parcel for the order's lines, or LABEL_NOT_READY naming what the seller must add. */
export function packageOrRefusal(labelOrder: LabelOrder, override?: PackageOverride) {
  const built = buildPackage(linesOf(labelOrder), labelOrder.profiles, override);

  assertNoLabelProblems(built.problems);

  return built.package as ShipmentPackage;
}

/**
 * Everything a seller can fix, checked before any remote call (Amazon's PII included), all at
 * once: one 422 lists every field. Answers the package to buy for.
 */
export function assertLabelReady(
  db: Db,
  labelOrder: LabelOrder,
  override?: PackageOverride,
): ShipmentPackage {
  const { order, items, profiles, settings } = labelOrder;
  const hasAccount = db
    .select({ tenantId: shipentegraAccounts.tenantId })
    .from(shipentegraAccounts)
    .where(whereTenant(shipentegraAccounts.tenantId, order.tenantId))
    .get();
  const problems = checkLabelReadiness({
    order,
    items: items.map((item) => ({ sku: item.sellerSku, quantityOrdered: item.quantityOrdered })),
    profiles,
    hasSenderAddress: settings.sender !== null,
    isShipentegraConnected: hasAccount !== undefined,
  });

  const built = buildPackage(linesOf(labelOrder), profiles, override);

  assertNoLabelProblems([...problems, ...built.problems]);

  return built.package as ShipmentPackage;
}

function linesOf({ items }: LabelOrder) {
  return items.flatMap((item) =>
    item.sellerSku ? [{ sku: item.sellerSku, quantity: item.quantityOrdered }] : [],
  );
}
