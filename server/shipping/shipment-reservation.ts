import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ShipmentPackage } from '../../shared/api/shipping.ts';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db/connection.ts';
import { type ShipmentRow, shipments } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';
import { deriveShipentegraOrderNumber } from '../shipentegra/orders.ts';
import { findShipmentByKey } from './shipment-store.ts';

export interface ShipmentReservationInput {
  tenantId: string;
  order: { id: string; amazonOrderId: string };
  idempotencyKey: string;
  service: { name: string; displayName: string | null; type: string | null };
  cost: { amount: string; currency: string } | null;
  /**
   * The checked package, computed only when a new shipment is inserted: a repeated key or a
   * live shipment is answered even after the order changed (shipped, say) since it was bought.
   */
  package: () => ShipmentPackage;
  /** The seller looked in Shipentegra's panel after a label whose answer was lost. */
  isUnknownLabelChecked: boolean;
  now: Date;
}

export type ShipmentReservation =
  | { outcome: 'created' | 'same_key'; shipment: ShipmentRow }
  | { outcome: 'other_active'; shipment: ShipmentRow };

export const LABEL_OUTCOME_UNKNOWN = 'LABEL_OUTCOME_UNKNOWN';

/**
 * The row that makes a label purchase exactly-once. One immediate transaction decides: a key
 * seen before returns its shipment, a live shipment of the order wins over a new key, and the
 * partial unique index catches whatever races past both (another process).
 */
export function reserveShipment(db: Db, input: ShipmentReservationInput): ShipmentReservation {
  try {
    return db.transaction((tx) => reserveIn(tx as unknown as Db, input), {
      behavior: 'immediate',
    });
  } catch (error) {
    if (!isUniqueViolation(error)) {
      throw error;
    }

    return reserveIn(db, input);
  }
}

function reserveIn(db: Db, input: ShipmentReservationInput): ShipmentReservation {
  const all = db
    .select()
    .from(shipments)
    .where(whereTenant(shipments.tenantId, input.tenantId, eq(shipments.orderId, input.order.id)))
    .all();
  const sameKey = findShipmentByKey(db, input.tenantId, input.idempotencyKey);

  if (sameKey) {
    if (sameKey.orderId !== input.order.id) {
      throw new AppError('CONFLICT', {
        message: 'This Idempotency-Key was used for another order.',
      });
    }

    return { outcome: 'same_key', shipment: sameKey };
  }

  const active = all.find((shipment) => shipment.state !== 'failed');

  if (active) {
    return { outcome: 'other_active', shipment: active };
  }

  assertNoUnknownLabel(all, input.isUnknownLabelChecked);

  return { outcome: 'created', shipment: insertShipment(db, input, all) };
}

// A failed shipment whose label answer was lost may have been paid for: the partial index no
// longer blocks the order, so this check does, until the seller confirms they looked.
function assertNoUnknownLabel(previous: readonly ShipmentRow[], isChecked: boolean) {
  const latest = previous.toSorted((a, b) => b.attempt - a.attempt)[0];

  if (latest?.failureCode === LABEL_OUTCOME_UNKNOWN && !isChecked) {
    throw new AppError('CONFLICT', {
      message:
        'A label may already have been bought for this order. Check your Shipentegra panel, then buy again confirming you checked.',
    });
  }
}

function insertShipment(db: Db, input: ShipmentReservationInput, previous: ShipmentRow[]) {
  const parcel = input.package();
  const attempt = Math.max(0, ...previous.map((shipment) => shipment.attempt)) + 1;
  const numberAttempt = Math.max(0, ...previous.map(numberAttemptOf)) + 1;

  return db
    .insert(shipments)
    .values({
      id: randomUUID(),
      tenantId: input.tenantId,
      orderId: input.order.id,
      amazonOrderId: input.order.amazonOrderId,
      attempt,
      state: 'quoted',
      idempotencyKey: input.idempotencyKey,
      serviceName: input.service.name,
      serviceDisplayName: input.service.displayName,
      serviceType: input.service.type,
      costAmount: input.cost?.amount ?? null,
      costCurrency: input.cost?.currency ?? null,
      package: parcel,
      shipentegraOrderNumber: deriveShipentegraOrderNumber(
        input.order.amazonOrderId,
        numberAttempt,
      ),
      // One fixed reference per shipment: resending it replaces the package on Amazon.
      packageReferenceId: String(attempt),
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning()
    .get();
}

/** The attempt part of `<amazonOrderId>-<n>`, which keeps growing across shipments. */
export function numberAttemptOf(shipment: Pick<ShipmentRow, 'shipentegraOrderNumber'>): number {
  const match = /-(\d+)$/.exec(shipment.shipentegraOrderNumber);

  return match?.[1] ? Number(match[1]) : 0;
}

function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { cause?: unknown } | null)?.cause];

  return candidates.some(
    (candidate) => (candidate as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE',
  );
}
