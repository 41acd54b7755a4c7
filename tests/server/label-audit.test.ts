import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../server/db/schema.ts';
import { purchaseLabel } from '../../server/shipping/label-purchase.ts';
import { resumeShipments } from '../../server/shipping/shipment-resume-job.ts';
import type { ShipmentAnswer } from '../../shared/api/shipments.ts';
import { type LabelWorld, startLabelWorld } from '../helpers/label-world.ts';

let world: LabelWorld;

beforeAll(async () => {
  world = await startLabelWorld();
}, 60_000);

afterAll(() => world.close());

afterEach(() => world.clearFaults());

/** The buyer's-address reads recorded for an Amazon order. */
function addressReadsOf(amazonOrderId: string) {
  return world.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, world.account.tenantId), eq(auditEvents.type, 'pii.read')))
    .all()
    .filter(
      (event) => event.details.orderId === amazonOrderId && event.details.source === 'amazon',
    );
}

function purchaseEventsOf(shipmentId: string) {
  return world.db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.tenantId, world.account.tenantId),
        eq(auditEvents.type, 'label.purchased'),
      ),
    )
    .all()
    .filter((event) => event.details.shipmentId === shipmentId);
}

describe('who bought a label, in its audit event (issue #5)', () => {
  it('names the seller and the request when the label is bought during the request', async () => {
    const order = world.takeOrder();
    const response = await world.postLabel(order.orderId, `audit-${order.orderId}`);
    const { shipment } = (await response.json()) as ShipmentAnswer;
    const requestId = response.headers.get('X-Request-Id');

    expect(response.status).toBe(201);
    expect(requestId).toBeTruthy();
    expect(purchaseEventsOf(shipment?.id ?? '')).toEqual([
      expect.objectContaining({
        userId: world.account.userId,
        requestId,
        details: expect.objectContaining({ orderId: order.orderId, via: 'request' }),
      }),
    ]);
  });

  it('names the resume job, and no user or request, when the job buys it', async () => {
    const order = world.takeOrder();

    // The process stops once the Shipentegra order exists: the label is left to the job.
    world.services.afterStepPersisted = (step) => {
      if (step === 'create_order') {
        throw new Error('process stopped');
      }
    };

    await expect(
      purchaseLabel(world.deps, {
        tenantId: world.account.tenantId,
        amazonOrderId: order.orderId,
        actor: { userId: world.account.userId, requestId: 'request-before-the-stop' },
        idempotencyKey: `audit-resumed-${order.orderId}`,
        request: { serviceName: 'shipentegra-express', isUnknownLabelChecked: false },
      }),
    ).rejects.toThrow('process stopped');

    const [stopped] = world.shipmentsOf(order.orderId);

    expect(stopped?.state).toBe('ordered');
    expect(purchaseEventsOf(stopped?.id ?? '')).toEqual([]);

    world.services.afterStepPersisted = undefined;
    world.advance(2 * 60 * 60_000);
    await resumeShipments(world.deps);

    expect(world.shipmentsOf(order.orderId)[0]?.trackingNumber).toBeTruthy();
    expect(purchaseEventsOf(stopped?.id ?? '')).toEqual([
      expect.objectContaining({
        userId: null,
        requestId: null,
        details: expect.objectContaining({ orderId: order.orderId, via: 'resume_job' }),
      }),
    ]);
  });
});

describe('who the buyer’s address was read for, in its audit event (issue #5)', () => {
  it('names the seller and the request when the request fetches the address', async () => {
    const order = world.takeOrder();
    const response = await world.postLabel(order.orderId, `address-audit-${order.orderId}`);
    const requestId = response.headers.get('X-Request-Id');

    expect(response.status).toBe(201);
    expect(requestId).toBeTruthy();
    expect(addressReadsOf(order.orderId)).toEqual([
      expect.objectContaining({
        userId: world.account.userId,
        requestId,
        details: expect.objectContaining({ purpose: 'label', via: 'request' }),
      }),
    ]);
  });

  it('names the resume job, and no user or request, when the job fetches it', async () => {
    const order = world.takeOrder();

    // Amazon fails every address read during the request, so the job reads it later.
    world.spapi.faults.add({ kind: 'error', status: 503, operation: 'getOrder' });

    const { shipment } = await purchaseLabel(world.deps, {
      tenantId: world.account.tenantId,
      amazonOrderId: order.orderId,
      actor: { userId: world.account.userId, requestId: 'request-amazon-failed' },
      idempotencyKey: `address-audit-resumed-${order.orderId}`,
      request: { serviceName: 'shipentegra-express', isUnknownLabelChecked: false },
    });

    expect(shipment).toMatchObject({ state: 'quoted', nextAttemptAt: expect.any(Date) });
    expect(addressReadsOf(order.orderId)).toEqual([]);

    world.spapi.faults.clear();
    world.advance(2 * 60 * 60_000);
    await resumeShipments(world.deps);

    expect(world.shipmentsOf(order.orderId)[0]?.trackingNumber).toBeTruthy();
    expect(addressReadsOf(order.orderId)).toEqual([
      expect.objectContaining({
        userId: null,
        requestId: null,
        details: expect.objectContaining({ purpose: 'label', via: 'resume_job' }),
      }),
    ]);
  });
});
