import { and, desc, eq, isNull, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { type ShipmentRow, shipments } from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';

/** What a step writes: any column but the identity and ownership ones. */
export type ShipmentPatch = Partial<
  Omit<ShipmentRow, 'id' | 'tenantId' | 'orderId' | 'amazonOrderId' | 'attempt' | 'createdAt'>
>;

/**
 * How long a worker owns a shipment while it runs a step. A crash leaves the claim behind;
 * after this long the resume job takes it over. Longer than any one step's remote calls,
 * Amazon's retries with backoff included.
 */
export const STEP_LEASE_MS = 10 * 60_000;

export function getShipment(db: Db, tenantId: string, shipmentId: string): ShipmentRow {
  return foundOrNotFound(
    db
      .select()
      .from(shipments)
      .where(whereTenant(shipments.tenantId, tenantId, eq(shipments.id, shipmentId)))
      .get(),
  );
}

/** The order's newest attempt, failed or not: what the label panel shows. */
export function findLatestShipment(db: Db, tenantId: string, orderId: string) {
  return db
    .select()
    .from(shipments)
    .where(whereTenant(shipments.tenantId, tenantId, eq(shipments.orderId, orderId)))
    .orderBy(desc(shipments.attempt))
    .get();
}

export function findActiveShipment(db: Db, tenantId: string, orderId: string) {
  return db
    .select()
    .from(shipments)
    .where(
      whereTenant(
        shipments.tenantId,
        tenantId,
        eq(shipments.orderId, orderId),
        ne(shipments.state, 'failed'),
      ),
    )
    .get();
}

export function findShipmentByKey(db: Db, tenantId: string, idempotencyKey: string) {
  return db
    .select()
    .from(shipments)
    .where(whereTenant(shipments.tenantId, tenantId, eq(shipments.idempotencyKey, idempotencyKey)))
    .get();
}

export function updateShipment(
  db: Db,
  shipment: Pick<ShipmentRow, 'id' | 'tenantId'>,
  patch: ShipmentPatch,
  now: Date,
): ShipmentRow {
  return foundOrNotFound(
    db
      .update(shipments)
      .set({ ...patch, updatedAt: now })
      .where(whereTenant(shipments.tenantId, shipment.tenantId, eq(shipments.id, shipment.id)))
      .returning()
      .get(),
  );
}

/**
 * Takes the shipment for one worker: a conditional update, so of a request and the resume job
 * (or two requests) only one runs its steps at a time; a crashed holder's claim expires.
 */
export function claimShipment(
  db: Db,
  shipment: Pick<ShipmentRow, 'id' | 'tenantId'>,
  now: Date,
): ShipmentRow | undefined {
  const expired = new Date(now.getTime() - STEP_LEASE_MS);

  return db
    .update(shipments)
    .set({ stepStartedAt: now, updatedAt: now })
    .where(
      whereTenant(
        shipments.tenantId,
        shipment.tenantId,
        eq(shipments.id, shipment.id),
        or(isNull(shipments.stepStartedAt), lt(shipments.stepStartedAt, expired)),
      ),
    )
    .returning()
    .get();
}

export function renewClaim(db: Db, shipment: Pick<ShipmentRow, 'id' | 'tenantId'>, now: Date) {
  return updateShipment(db, shipment, { stepStartedAt: now }, now);
}

export function releaseShipment(db: Db, shipment: Pick<ShipmentRow, 'id' | 'tenantId'>) {
  db.update(shipments)
    .set({ stepStartedAt: null })
    .where(and(eq(shipments.tenantId, shipment.tenantId), eq(shipments.id, shipment.id)))
    .run();
}
