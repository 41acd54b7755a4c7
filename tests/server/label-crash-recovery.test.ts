import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';
import { purchaseLabel } from '../../server/shipping/label-purchase.ts';
import { resumeShipments } from '../../server/shipping/shipment-resume-job.ts';
import type { ShipmentStep } from '../../shared/api/shipments.ts';
import { type LabelWorld, startLabelWorld } from '../helpers/label-world.ts';

/**
 * Issue #5's "done when": a stop after each persisted step, and an ambiguous answer at each
 * remote call, end every time with one label bought and Amazon holding one package.
 */
let world: LabelWorld;

beforeAll(async () => {
  world = await startLabelWorld();
}, 60_000);

afterAll(() => world.close());

afterEach(() => world.clearFaults());

async function buyAndSettle(order: StandInOrder) {
  await purchaseLabel(world.deps, {
    tenantId: world.account.tenantId,
    amazonOrderId: order.orderId,
    actor: { userId: world.account.userId, requestId: 'test-recovery-request' },
    idempotencyKey: `recovery-${order.orderId}`,
    request: { serviceName: 'shipentegra-express', isUnknownLabelChecked: false },
  }).catch((error: unknown) => {
    expect(String(error)).toContain('process stopped');
  });
  world.clearFaults();

  for (let round = 0; round < 10; round += 1) {
    world.advance(2 * 60 * 60_000);

    if ((await resumeShipments(world.deps)) === 0) {
      break;
    }
  }

  return world.shipmentsOf(order.orderId);
}

function expectOneLabelConfirmedOnce(order: StandInOrder) {
  const [shipment, ...others] = world.shipmentsOf(order.orderId);
  const packages = world.spapi.store.getOrder(order.orderId)?.packages ?? [];

  expect(others).toEqual([]);
  expect([shipment?.failureCode, shipment?.failureMessage]).toEqual([null, null]);
  expect(shipment?.state).toBe('confirmed');
  expect(shipment?.amazonVerifiedAt).not.toBeNull();
  expect(world.labelsSoldFor(order.orderId)).toBe(1);
  expect(packages.map((entry) => entry.trackingNumber)).toEqual([shipment?.trackingNumber]);
}

const STEPS: ShipmentStep[] = [
  'create_order',
  'buy_label',
  'fetch_label_file',
  'confirm_on_amazon',
  'verify_on_amazon',
];

describe('stopping the process after each step (issue #5)', () => {
  it.each(STEPS)('after %s, resuming ends with one label confirmed once', async (stopAfter) => {
    const order = world.takeOrder();

    world.services.afterStepPersisted = (step) => {
      if (step === stopAfter) {
        throw new Error('process stopped');
      }
    };

    await buyAndSettle(order);
    expectOneLabelConfirmedOnce(order);
  });
});

describe('an ambiguous answer at each remote call (issue #5)', () => {
  const shipentegraCalls: Array<[string, string | RegExp, 'GET' | 'POST']> = [
    ['quote', '/v1/tools/calculate/all', 'POST'],
    ['order creation', '/v1/orders/manual', 'POST'],
    ['order items', /\/v1\/orders\/manual\/\d+/, 'GET'],
    ['label file', '/files/labels', 'GET'],
  ];

  it.each(shipentegraCalls)(
    'Shipentegra %s: one label, confirmed once',
    async (_name, path, method) => {
      const order = world.takeOrder();

      world.shipentegra.faults.dropAfterProcessing({ path, method, times: 1 });

      await buyAndSettle(order);
      expectOneLabelConfirmedOnce(order);
    },
  );

  it.each(['getOrder', 'orders-v0:confirmShipment'])(
    'Amazon %s: one label, confirmed once',
    async (operation) => {
      const order = world.takeOrder();

      // Twice: the caller's own retry must run out too.
      world.spapi.faults.add({ kind: 'drop-after-processing', operation, times: 2 });

      await buyAndSettle(order);
      expectOneLabelConfirmedOnce(order);
    },
  );

  it('Shipentegra label purchase: one label, never a second, the seller told to check', async () => {
    const order = world.takeOrder();

    world.shipentegra.faults.dropAfterProcessing({ path: /\/v1\/logistics\/labels/, times: 1 });

    const [shipment] = await buyAndSettle(order);

    expect(shipment?.state).toBe('failed');
    expect(shipment?.failureCode).toBe('LABEL_OUTCOME_UNKNOWN');
    expect(shipment?.failureMessage).toContain('Shipentegra panel');
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
  });
});
