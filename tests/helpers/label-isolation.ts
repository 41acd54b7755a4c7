import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { loadTenantSealer } from '../../server/crypto/load-tenant-sealer.ts';
import { orders, shipments } from '../../server/db/schema.ts';
import { labelFileCellOf } from '../../server/shipping/label-cells.ts';
import type { IsolationWorld } from './isolation-world.ts';

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
  const id = randomUUID();
  const now = new Date();

  if (!order) {
    throw new Error('alpha has no order to ship');
  }

  db.insert(shipments)
    .values({
      id,
      tenantId,
      orderId: order.id,
      amazonOrderId: order.amazonOrderId,
      attempt: 1,
      state: 'labelled',
      idempotencyKey: `alpha-${id}`,
      serviceName: 'shipentegra-express',
      package: {
        weightGrams: 300,
        lengthCm: 20,
        widthCm: 15,
        heightCm: 4,
        weightKg: '0.300',
        kgDesi: '0.3000',
        isOverridden: false,
      },
      shipentegraOrderNumber: `${order.amazonOrderId}-1`,
      trackingNumber: 'SE-ALPHA-TRACKING-0001',
      labelContentType: 'application/pdf',
      labelFileSealed: loadTenantSealer(db, masterKeys, tenantId).seal(
        labelFileCellOf(id),
        '%PDF-1.4 alpha label',
      ),
      createdAt: now,
      updatedAt: now,
    })
    .run();
  created.set(world, id);

  return id;
}
