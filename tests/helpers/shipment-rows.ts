import { randomUUID } from 'node:crypto';
import type { Db } from '../../server/db/connection.ts';
import { type OrderRow, orders, type ShipmentRow, shipments } from '../../server/db/schema.ts';

/** The package of a small labelled parcel, as the label step stores it. */
export const SHIPMENT_PACKAGE = {
  weightGrams: 300,
  lengthCm: 20,
  widthCm: 15,
  heightCm: 4,
  weightKg: '0.300',
  kgDesi: '0.3000',
  isOverridden: false,
};

let orderCounter = 0;

/** A fresh Amazon-shaped order id, unique within the test process. */
export function nextAmazonOrderId(): string {
  orderCounter += 1;

  return `114-${String(orderCounter).padStart(7, '0')}-${String(Date.now() % 10_000_000).padStart(7, '0')}`;
}

/** An order row as the sync stores it: unshipped and merchant-fulfilled unless told. */
export function insertOrderRow(
  db: Db,
  tenantId: string,
  values: Partial<Pick<OrderRow, 'amazonOrderId' | 'fulfillmentStatus' | 'fulfilledBy'>> = {},
): OrderRow {
  const now = new Date();

  return db
    .insert(orders)
    .values({
      id: randomUUID(),
      tenantId,
      region: 'na',
      amazonOrderId: values.amazonOrderId ?? nextAmazonOrderId(),
      marketplaceId: 'ATVPDKIKX0DER',
      fulfillmentStatus: values.fulfillmentStatus ?? 'UNSHIPPED',
      fulfilledBy: values.fulfilledBy ?? 'MERCHANT',
      isPrime: false,
      purchasedAt: now,
      amazonUpdatedAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
}

export type ShipmentRowValues = Partial<
  Pick<
    ShipmentRow,
    | 'attempt'
    | 'state'
    | 'failureCode'
    | 'failureMessage'
    | 'nextAttemptAt'
    | 'trackingStatus'
    | 'amazonConfirmedAt'
    | 'amazonVerifiedAt'
  >
>;

/** A shipment of the order in whatever state a test needs, as the label steps leave it. */
export function insertShipmentRow(
  db: Db,
  order: Pick<OrderRow, 'id' | 'tenantId' | 'amazonOrderId'>,
  values: ShipmentRowValues = {},
): ShipmentRow {
  const id = randomUUID();
  const attempt = values.attempt ?? 1;

  return db
    .insert(shipments)
    .values({
      id,
      tenantId: order.tenantId,
      orderId: order.id,
      amazonOrderId: order.amazonOrderId,
      attempt,
      state: values.state ?? 'labelled',
      idempotencyKey: `key-${id}`,
      serviceName: 'shipentegra-express',
      package: SHIPMENT_PACKAGE,
      shipentegraOrderNumber: `${order.amazonOrderId}-${attempt}`,
      failureCode: values.failureCode ?? null,
      failureMessage: values.failureMessage ?? (values.failureCode ? 'Something to fix.' : null),
      nextAttemptAt: values.nextAttemptAt ?? null,
      trackingStatus: values.trackingStatus ?? 'pending',
      amazonConfirmedAt: values.amazonConfirmedAt ?? null,
      amazonVerifiedAt: values.amazonVerifiedAt ?? null,
      updatedAt: new Date(),
    })
    .returning()
    .get();
}
