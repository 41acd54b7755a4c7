import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, orderRecipients } from '../../server/db/schema.ts';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { validateSpApiRequest } from '../../server/sandbox/spapi/request-validator.ts';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';
import { purchaseLabel } from '../../server/shipping/label-purchase.ts';
import { resumeShipments } from '../../server/shipping/shipment-resume-job.ts';
import { type LabelWorld, startLabelWorld } from '../helpers/label-world.ts';

let world: LabelWorld;

beforeAll(async () => {
  world = await startLabelWorld();
}, 60_000);

afterAll(() => world.close());

afterEach(() => world.clearFaults());

function buy(order: StandInOrder, key: string, extra: { isUnknownLabelChecked?: boolean } = {}) {
  return purchaseLabel(world.deps, {
    tenantId: world.account.tenantId,
    amazonOrderId: order.orderId,
    actor: { userId: world.account.userId, requestId: 'test-workflow-request' },
    idempotencyKey: key,
    request: {
      serviceName: 'shipentegra-express',
      isUnknownLabelChecked: extra.isUnknownLabelChecked ?? false,
    },
  });
}

describe('label state machine (issue #5)', () => {
  it('buys one label and ends confirmed, with Amazon showing the tracking', async () => {
    const order = world.takeOrder();
    const { outcome, shipment } = await buy(order, `key-${order.orderId}`);
    const onAmazon = world.spapi.store.getOrder(order.orderId)?.packages ?? [];

    expect(outcome).toBe('created');
    expect(shipment.state).toBe('confirmed');
    expect(shipment.amazonVerifiedAt).not.toBeNull();
    expect(shipment.labelFileSealed).not.toBeNull();
    expect(shipment.costAmount).toMatch(/^\d+\.\d{2,}$/);
    expect(onAmazon.map((entry) => entry.trackingNumber)).toEqual([shipment.trackingNumber]);
    expect(confirmationProblemsFor(order.orderId)).toEqual([[]]);
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
    expect(world.db.select().from(orderRecipients).all().length).toBeGreaterThan(0);

    const types = world.db
      .select()
      .from(auditEvents)
      .all()
      .map((event) => event.type);

    expect(types).toEqual(expect.arrayContaining(['pii.read', 'label.purchased']));
  });
});

describe('exactly once (issue #5)', () => {
  it('joins two concurrent clicks with one key into one shipment and one label', async () => {
    const order = world.takeOrder();
    const [first, second] = await Promise.all([buy(order, 'same-key-1'), buy(order, 'same-key-1')]);
    await resumeUntilSettled();

    expect(first.shipment.id).toBe(second.shipment.id);
    expect([first.outcome, second.outcome].sort()).toEqual(['created', 'same_key']);
    expect(world.shipmentsOf(order.orderId)).toHaveLength(1);
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
    expect(world.shipmentsOf(order.orderId)[0]?.state).toBe('confirmed');
  });

  it('lets one of twenty concurrent keys win and hands the others its shipment', async () => {
    const order = world.takeOrder();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => buy(order, `racing-key-${index}`)),
    );
    const winners = results.filter((result) => result.outcome === 'created');

    await resumeUntilSettled();

    expect(winners).toHaveLength(1);
    expect(new Set(results.map((result) => result.shipment.id)).size).toBe(1);
    expect(world.shipmentsOf(order.orderId)).toHaveLength(1);
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
    expect(world.shipmentsOf(order.orderId)[0]?.state).toBe('confirmed');
  });

  it('ends an address Shipentegra refuses as failed, naming it, with nothing charged', async () => {
    const order = world.takeOrder();
    const balance = world.shipentegra.accounts.balanceOf(SHIPENTEGRA_DEMO_ACCOUNT.clientId);

    order.deliveryAddress.postalCode = '9'.repeat(24);

    const { shipment } = await buy(order, `refused-${order.orderId}`);

    expect(shipment.state).toBe('failed');
    expect(shipment.failureCode).toBe('SHIPENTEGRA_REFUSED_INVALID_FIELD');
    expect(shipment.failureMessage).toContain('postalCode');
    expect(world.labelsSoldFor(order.orderId)).toBe(0);
    expect(world.shipentegra.accounts.balanceOf(SHIPENTEGRA_DEMO_ACCOUNT.clientId)).toBe(balance);
  });

  it('tells the seller to top up an empty balance, charging nothing, and buys after', async () => {
    const order = world.takeOrder();

    world.shipentegra.accounts.setBalance(SHIPENTEGRA_DEMO_ACCOUNT.clientId, 0);

    const { shipment } = await buy(order, `empty-${order.orderId}`);

    world.shipentegra.accounts.setBalance(SHIPENTEGRA_DEMO_ACCOUNT.clientId, 500);

    const retried = await buy(order, `topped-up-${order.orderId}`);

    expect(shipment.state).toBe('failed');
    expect(shipment.failureCode).toBe('SHIPENTEGRA_BALANCE_EMPTY');
    expect(shipment.failureMessage).toContain('top it up');
    expect(retried.shipment.state).toBe('confirmed');
    expect(retried.shipment.shipentegraOrderNumber).toBe(`${order.orderId}-2`);
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
  });

  it('keeps a label bought while Amazon throttles as labelled, and confirms it on resume', async () => {
    const order = world.takeOrder();

    world.spapi.faults.add({ kind: 'throttle', operation: 'orders-v0:confirmShipment' });

    const { shipment } = await buy(order, `throttled-${order.orderId}`);

    expect(shipment.state).toBe('labelled');
    expect(shipment.failureCode).toBe('AMAZON_UNAVAILABLE');
    expect(shipment.nextAttemptAt).not.toBeNull();

    world.spapi.faults.clear();
    await resumeUntilSettled();

    expect(world.shipmentsOf(order.orderId)[0]?.state).toBe('confirmed');
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
  });

  it('confirms without buying again after a crash between the label and Amazon', async () => {
    const order = world.takeOrder();

    world.services.afterStepPersisted = (step) => {
      if (step === 'buy_label') {
        throw new Error('process stopped');
      }
    };

    await expect(buy(order, `crash-${order.orderId}`)).rejects.toThrow('process stopped');
    world.services.afterStepPersisted = undefined;

    expect(world.shipmentsOf(order.orderId)[0]?.state).toBe('labelled');
    expect(await resumeShipments(world.deps)).toBe(0);

    await resumeUntilSettled();

    expect(world.shipmentsOf(order.orderId)[0]?.state).toBe('confirmed');
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
  });

  it('creates the Shipentegra order again under a new number after a lost answer', async () => {
    const order = world.takeOrder();

    world.shipentegra.faults.dropAfterProcessing({
      path: '/v1/orders/manual',
      method: 'POST',
      times: 1,
    });

    const { shipment } = await buy(order, `lost-order-${order.orderId}`);

    expect(shipment.state).toBe('quoted');

    await resumeUntilSettled();

    const [settled] = world.shipmentsOf(order.orderId);

    expect(world.shipentegra.store.findOrderByNumber(`${order.orderId}-1`)).toBeDefined();
    expect(settled?.shipentegraOrderNumber).toBe(`${order.orderId}-2`);
    expect(settled?.state).toBe('confirmed');
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
  });

  it('never buys twice after a lost label answer: LABEL_OUTCOME_UNKNOWN until the seller checks', async () => {
    const order = world.takeOrder();

    world.shipentegra.faults.dropAfterProcessing({ path: /\/logistics\/labels/, times: 1 });

    const { shipment } = await buy(order, `lost-label-${order.orderId}`);

    expect(shipment.state).toBe('ordered');

    await resumeUntilSettled();

    const [settled] = world.shipmentsOf(order.orderId);

    expect(settled?.state).toBe('failed');
    expect(settled?.failureCode).toBe('LABEL_OUTCOME_UNKNOWN');
    expect(world.labelsSoldFor(order.orderId)).toBe(1);
    await expect(buy(order, `lost-label-again-${order.orderId}`)).rejects.toThrow(/may already/);

    const retried = await buy(order, `checked-${order.orderId}`, { isUnknownLabelChecked: true });

    expect(retried.outcome).toBe('created');
    expect(retried.shipment.attempt).toBe(2);
    expect(retried.shipment.shipentegraOrderNumber).toBe(`${order.orderId}-2`);
  });
});

/** What Amazon's model finds wrong in each confirmation body sent for the order. */
function confirmationProblemsFor(amazonOrderId: string) {
  return world.amazonRequests
    .filter((request) => request.operation === 'confirmShipment')
    .filter((request) => request.path?.orderId === amazonOrderId)
    .map((request) =>
      validateSpApiRequest({
        method: 'POST',
        path: `/orders/v0/orders/${amazonOrderId}/shipmentConfirmation`,
        headers: { 'content-type': 'application/json' },
        body: request.body,
      }),
    );
}

/** Runs the resume job on a clock moved past every backoff and lease, until nothing is due. */
async function resumeUntilSettled(): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    world.advance(2 * 60 * 60_000);

    if ((await resumeShipments(world.deps)) === 0) {
      return;
    }
  }
}
