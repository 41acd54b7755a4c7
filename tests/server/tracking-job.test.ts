import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentJobLogger } from '../../server/jobs/job-logger.ts';
import { enqueueJob } from '../../server/jobs/job-queue.ts';
import { getSchedule } from '../../server/jobs/job-schedules.ts';
import { purchaseLabel } from '../../server/shipping/label-purchase.ts';
import {
  createResumeShipmentsHandler,
  scheduleResumeShipments,
} from '../../server/shipping/shipment-resume-job.ts';
import {
  createTrackShipmentsHandler,
  findTrackableShipments,
  scheduleTrackShipments,
  trackShipments,
} from '../../server/shipping/tracking-job.ts';
import { type LabelWorld, startLabelWorld } from '../helpers/label-world.ts';

const HOUR_MS = 60 * 60_000;

let world: LabelWorld;

beforeAll(async () => {
  world = await startLabelWorld();
}, 60_000);

afterAll(() => world.close());

async function buyConfirmedLabel() {
  const order = world.takeOrder();
  const { shipment } = await purchaseLabel(world.deps, {
    tenantId: world.account.tenantId,
    amazonOrderId: order.orderId,
    actor: { userId: world.account.userId, requestId: 'test-tracking-request' },
    idempotencyKey: `tracking-${order.orderId}`,
    request: { serviceName: 'shipentegra-express', isUnknownLabelChecked: false },
  });

  expect(shipment.state).toBe('confirmed');

  return { order, shipment };
}

describe('tracking job (issue #5)', () => {
  it('polls until delivered and replaces the package on Amazon with the last-mile number', async () => {
    const { order, shipment } = await buyConfirmedLabel();

    world.shipentegra.store.advanceTracking(shipment.trackingNumber ?? '', 40 * 24 * HOUR_MS);
    world.advance(4 * HOUR_MS);
    await trackShipments(world.deps);

    const [delivered] = world.shipmentsOf(order.orderId);
    const packages = world.spapi.store.getOrder(order.orderId)?.packages ?? [];

    expect(delivered?.state).toBe('delivered');
    expect(delivered?.trackingStatus).toBe('delivered');
    expect(delivered?.deliveredAt).toBeInstanceOf(Date);
    expect(delivered?.lastMileTrackingNumber).toBeTruthy();
    expect(delivered?.amazonTrackingNumber).toBe(delivered?.lastMileTrackingNumber);
    expect(delivered?.amazonVerifiedAt).not.toBeNull();
    expect(packages.map((entry) => entry.trackingNumber)).toEqual([
      delivered?.lastMileTrackingNumber,
    ]);
    expect(world.labelsSoldFor(order.orderId)).toBe(1);

    const sent = world.amazonRequests.filter(
      (request) =>
        request.operation === 'confirmShipment' && request.path?.orderId === order.orderId,
    );

    // The last-mile update replaces the first package: same reference, the last mile's number.
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((request) => packageReferenceOf(request.body)))).toEqual(
      new Set(['1']),
    );
  });

  it('reads a parcel in transit once per interval and keeps it confirmed', async () => {
    const { order, shipment } = await buyConfirmedLabel();

    world.advance(4 * HOUR_MS);
    await trackShipments(world.deps);

    const [tracked] = world.shipmentsOf(order.orderId);

    expect(tracked?.state).toBe('confirmed');
    expect(tracked?.trackingCheckedAt).not.toBeNull();
    expect(findTrackableShipments(world.deps).map((row) => row.id)).not.toContain(shipment.id);
  });

  it('runs as the job kinds main registers, each schedule set up once', async () => {
    const { order, shipment } = await buyConfirmedLabel();
    const handlers = [
      createResumeShipmentsHandler(world.deps),
      createTrackShipmentsHandler(world.deps),
    ];

    scheduleResumeShipments(world.db);
    scheduleTrackShipments(world.db);
    world.shipentegra.store.advanceTracking(shipment.trackingNumber ?? '', 40 * 24 * HOUR_MS);
    world.advance(4 * HOUR_MS);

    for (const handler of handlers) {
      const job = enqueueJob(world.db, { kind: handler.kind });

      await handler.run({
        job,
        payload: {},
        signal: new AbortController().signal,
        logger: silentJobLogger,
        now: world.deps.now,
        isLeaseHeld: () => true,
      });
    }

    expect(handlers.map((handler) => handler.kind)).toEqual(['labels-resume', 'labels-track']);
    expect(getSchedule(world.db, 'labels-resume')?.intervalMs).toBe(60_000);
    expect(getSchedule(world.db, 'labels-track')?.intervalMs).toBe(30 * 60_000);
    expect(world.shipmentsOf(order.orderId)[0]?.state).toBe('delivered');
  });
});

function packageReferenceOf(body: unknown): string | undefined {
  return (body as { packageDetail?: { packageReferenceId?: string } }).packageDetail
    ?.packageReferenceId;
}
