import type {
  LabelProblem,
  PackageOverride,
  ShipmentPackage,
  ShippingSettings,
} from '../../shared/api/shipping.ts';
import type { Db } from '../db/connection.ts';
import { type OrderItemRow, type OrderRow, shipentegraAccounts } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';
import { goodsValueOf, type IossFacts } from './ioss-requirement.ts';
import { type LabelOrder, loadLabelOrder } from './label-order.ts';
import { assertNoLabelProblems, checkLabelReadiness } from './label-preconditions.ts';
import { buildPackage, type PackageLine } from './package-builder.ts';

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
  return assessLabelOrder(db, loadLabelOrder(db, tenantId, amazonOrderId), override);
}

/** The same assessment for an order already loaded (the purchase has it in hand). */
export function assessLabelOrder(
  db: Db,
  labelOrder: LabelOrder,
  override: PackageOverride = {},
): LabelReadiness {
  const { order, items, profiles, settings } = labelOrder;
  const tenantId = order.tenantId;
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

/**
 * Everything a seller can fix, checked before any remote call (Amazon's PII included), all at
 * once: one 422 lists every field. Answers the package to buy for.
 */
export function assertLabelReady(
  db: Db,
  labelOrder: LabelOrder,
  override?: PackageOverride,
): ShipmentPackage {
  const readiness = assessLabelOrder(db, labelOrder, override);

  assertNoLabelProblems(readiness.problems);

  return readiness.package as ShipmentPackage;
}

/** The parcel for the order's lines, or LABEL_NOT_READY naming what the seller must add. */
export function packageOrRefusal(labelOrder: LabelOrder, override?: PackageOverride) {
  const built = buildPackage(packageLinesOf(labelOrder.items), labelOrder.profiles, override);

  assertNoLabelProblems(built.problems);

  return built.package as ShipmentPackage;
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
