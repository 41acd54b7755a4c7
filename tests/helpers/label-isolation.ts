import { eq } from 'drizzle-orm';
import { loadTenantSealer } from '../../server/crypto/load-tenant-sealer.ts';
import { orders, shipments } from '../../server/db/schema.ts';
import { labelFileCellOf } from '../../server/shipping/label-cells.ts';
import type { IsolationWorld } from './isolation-world.ts';
import { insertShipmentRow } from './shipment-rows.ts';

const created = new WeakMap<IsolationWorld, string>();

/** A labelled shipment of alpha's, with a stored label file beta must never get. */
export function alphaShipmentId(world: IsolationWorld): string {
  const existing = created.get(world);

  if (existing) {
    return existing;
  }

  const { db, masterKeys } = world.harness;
  const tenantId = world.alpha.tenantId;
  const order = db.select().from(orders).where(eq(orders.tenantId, tenantId)).get();

  if (!order) {
    throw new Error('alpha has no order to ship');
  }

  // The label file is sealed to its shipment's id, so it goes in once the row has one.
  const { id } = insertShipmentRow(db, order);
  db.update(shipments)
    .set({
      trackingNumber: 'SE-ALPHA-TRACKING-0001',
      labelContentType: 'application/pdf',
      labelFileSealed: loadTenantSealer(db, masterKeys, tenantId).seal(
        labelFileCellOf(id),
        '%PDF-1.4 alpha label',
      ),
    })
    .where(eq(shipments.id, id))
    .run();
  created.set(world, id);

  return id;
}
