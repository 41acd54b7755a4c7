import { eq } from 'drizzle-orm';
import type {
  LabelProblem,
  PackageOverride,
  ShipmentPackage,
  ShippingSettings,
} from '../../shared/api/shipping.ts';
import type { Db } from '../db/connection.ts';
import {
  type OrderItemRow,
  type OrderRow,
  orderItems,
  orders,
  shipentegraAccounts,
} from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';
import { goodsValueOf, type IossFacts } from './ioss-requirement.ts';
import { checkLabelReadiness } from './label-preconditions.ts';
import { buildPackage, type PackageLine } from './package-builder.ts';
import { getShippingSettings } from './shipping-settings.ts';
import { findSkuProfiles } from './sku-profiles.ts';

/** Everything stored that a label for one order needs, and what a seller must fix first. */
export interface LabelReadiness {
  order: OrderRow;
  items: OrderItemRow[];
  settings: ShippingSettings;
  /** Null while a SKU lacks weight or size and no override covers it. */
  package: ShipmentPackage | null;
  goodsValue: IossFacts['goodsValue'];
  problems: LabelProblem[];
}

/**
 * Reads one order of the tenant (by Amazon order id; another tenant's is NOT_FOUND) with its
 * items, SKU profiles and settings, builds its package and runs every check that needs no
 * buyer data. The quotes route and the label purchase both start here.
 */
export function assessLabelReadiness(
  db: Db,
  tenantId: string,
  amazonOrderId: string,
  override: PackageOverride = {},
): LabelReadiness {
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
  const settings = getShippingSettings(db, tenantId);
  const skus = items.flatMap((item) => (item.sellerSku === null ? [] : [item.sellerSku]));
  const profiles = findSkuProfiles(db, tenantId, [...new Set(skus)]);
  const built = buildPackage(packageLinesOf(items), profiles, override);

  const problems = checkLabelReadiness({
    order,
    items: items.map((item) => ({ sku: item.sellerSku, quantityOrdered: item.quantityOrdered })),
    profiles,
    hasSenderAddress: settings.sender !== null,
    isShipentegraConnected: isShipentegraConnected(db, tenantId),
  });

  return {
    order,
    items,
    settings,
    package: built.package,
    goodsValue: goodsValueOf(items),
    problems: [...problems, ...withoutRepeats(built.problems, problems)],
  };
}

/** The units still to ship: Amazon counts what already left in `quantityShipped`. */
function packageLinesOf(items: readonly OrderItemRow[]): PackageLine[] {
  return items.flatMap((item) => {
    const quantity = item.quantityOrdered - (item.quantityShipped ?? 0);

    return item.sellerSku === null || quantity <= 0 ? [] : [{ sku: item.sellerSku, quantity }];
  });
}

function isShipentegraConnected(db: Db, tenantId: string): boolean {
  const account = db
    .select({ tenantId: shipentegraAccounts.tenantId })
    .from(shipentegraAccounts)
    .where(whereTenant(shipentegraAccounts.tenantId, tenantId))
    .get();

  return account !== undefined;
}

/** The package and the order checks can both notice an order without items: say it once. */
function withoutRepeats(extra: readonly LabelProblem[], seen: readonly LabelProblem[]) {
  return extra.filter((problem) => !seen.some((known) => known.code === problem.code));
}
