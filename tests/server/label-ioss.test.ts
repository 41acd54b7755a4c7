import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrderItemRow, orderItems, orders, shippingSettings } from '../../server/db/schema.ts';
import { DEMO_AMAZON_IOSS_NUMBER } from '../../server/sandbox/spapi/demo/demo-ioss.ts';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';
import { purchaseLabel } from '../../server/shipping/label-purchase.ts';
import { type LabelWorld, startLabelWorld } from '../helpers/label-world.ts';

// The label world's seller has this IOSS number of its own in its shipping settings.
const SELLER_IOSS = 'IM0123456789';

let world: LabelWorld;

beforeAll(async () => {
  world = await startLabelWorld();
}, 60_000);

afterAll(() => world.close());

/** An unshipped order now going to Berlin, with Amazon's IOSS on its lines when told. */
function takeGermanOrder(amazonIossNumber: string | null): StandInOrder {
  const order = world.takeOrder();

  order.deliveryAddress = {
    ...order.deliveryAddress,
    addressLine1: 'Unter den Linden 77',
    addressLine2: undefined,
    city: 'Berlin',
    stateOrRegion: undefined,
    postalCode: '10117',
    countryCode: 'DE',
  };

  for (const item of order.items) {
    item.iossNumber = amazonIossNumber ?? undefined;
  }

  // What the order sync stores from those lines (tests/server/sync-orders-ioss.test.ts).
  updateStoredItems(order, { amazonIossNumber });

  return order;
}

/** Sets what the synced lines say the goods cost, in euros, for our own €150 test. */
function priceGoods(order: StandInOrder, subtotalAmount: string) {
  updateStoredItems(order, { subtotalAmount, currencyCode: 'EUR' });
}

function updateStoredItems(order: StandInOrder, values: Partial<OrderItemRow>) {
  const stored = world.db
    .select({ id: orders.id })
    .from(orders)
    .where(
      and(eq(orders.tenantId, world.account.tenantId), eq(orders.amazonOrderId, order.orderId)),
    )
    .get();

  world.db
    .update(orderItems)
    .set(values)
    .where(eq(orderItems.orderId, stored?.id ?? ''))
    .run();
}

function setSellerIossNumber(iossNumber: string | null) {
  world.db
    .update(shippingSettings)
    .set({ iossNumber })
    .where(eq(shippingSettings.tenantId, world.account.tenantId))
    .run();
}

async function buy(order: StandInOrder) {
  const { shipment } = await purchaseLabel(world.deps, {
    tenantId: world.account.tenantId,
    amazonOrderId: order.orderId,
    actor: { userId: world.account.userId, requestId: 'test-ioss-request' },
    idempotencyKey: `ioss-${order.orderId}`,
    request: { serviceName: 'shipentegra-express', isUnknownLabelChecked: false },
  });
  const seOrder = world.shipentegra.store
    .orders()
    .find((entry) => entry.number === shipment.shipentegraOrderNumber);
  const labelCall = world.shipentegra.requests.find(
    (request) =>
      request.path.startsWith('/v1/logistics/labels') &&
      String(Object(request.body).orderId) === shipment.shipentegraOrderId,
  );

  return { shipment, seOrder, labelBody: Object(labelCall?.body) as Record<string, unknown> };
}

describe('IOSS numbers on the parcel (issue #5)', () => {
  it('declares Amazon’s IOSS number, not the seller’s, where Amazon collected the VAT', async () => {
    const { shipment, seOrder, labelBody } = await buy(takeGermanOrder(DEMO_AMAZON_IOSS_NUMBER));

    expect(shipment.state).toBe('confirmed');
    expect(shipment.iossNumber).toBe(DEMO_AMAZON_IOSS_NUMBER);
    expect(seOrder).toMatchObject({ iossNumber: DEMO_AMAZON_IOSS_NUMBER, shippingType: 3 });
    expect(labelBody.iossNumber).toBe(DEMO_AMAZON_IOSS_NUMBER);
  });

  it('declares the seller’s own number into the EU when Amazon gave none', async () => {
    const { shipment, seOrder, labelBody } = await buy(takeGermanOrder(null));

    expect(shipment.state).toBe('confirmed');
    expect(seOrder).toMatchObject({ iossNumber: SELLER_IOSS, shippingType: 3 });
    expect(labelBody.iossNumber).toBe(SELLER_IOSS);
  });

  it('declares no IOSS number outside the EU, on the order or the label', async () => {
    const { shipment, seOrder, labelBody } = await buy(world.takeOrder());

    expect(shipment.state).toBe('confirmed');
    expect(shipment.iossNumber).toBeNull();
    expect(seOrder?.iossNumber).toBeUndefined();
    expect(seOrder?.shippingType).toBe(1);
    expect(labelBody).toHaveProperty('orderId');
    expect(labelBody).not.toHaveProperty('iossNumber');
  });

  it('declares Amazon’s number even when the goods add up to more than €150', async () => {
    const order = takeGermanOrder(DEMO_AMAZON_IOSS_NUMBER);

    // Amazon's prices include VAT; its number says it judged the goods within the ceiling.
    priceGoods(order, '480.00');

    const { shipment, seOrder, labelBody } = await buy(order);

    expect(shipment.state).toBe('confirmed');
    expect(shipment.iossNumber).toBe(DEMO_AMAZON_IOSS_NUMBER);
    expect(seOrder).toMatchObject({ iossNumber: DEMO_AMAZON_IOSS_NUMBER, shippingType: 3 });
    expect(labelBody.iossNumber).toBe(DEMO_AMAZON_IOSS_NUMBER);
  });

  it('declares none into the EU above €150 when Amazon gave no number', async () => {
    const order = takeGermanOrder(null);

    priceGoods(order, '480.00');

    const { shipment, seOrder, labelBody } = await buy(order);

    expect(shipment.state).toBe('confirmed');
    expect(shipment.iossNumber).toBeNull();
    expect(seOrder?.iossNumber).toBeUndefined();
    expect(labelBody).not.toHaveProperty('iossNumber');
  });

  it('refuses an EU parcel up to €150 with no number from Amazon or the seller, naming the setting', async () => {
    const order = takeGermanOrder(null);

    priceGoods(order, '49.00');
    setSellerIossNumber(null);

    try {
      await expect(buy(order)).rejects.toMatchObject({
        code: 'LABEL_NOT_READY',
        fields: [expect.objectContaining({ path: 'settings.iossNumber' })],
      });
    } finally {
      setSellerIossNumber(SELLER_IOSS);
    }

    expect(world.shipmentsOf(order.orderId)[0]?.failureCode).toBe('LABEL_NOT_READY');
    expect(world.labelsSoldFor(order.orderId)).toBe(0);
  });
});
