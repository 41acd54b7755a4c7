import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItems, orderRecipients, orders, shipments } from '../../server/db/schema.ts';
import { runRetention } from '../../server/retention/run-retention.ts';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';
import { purchaseLabel } from '../../server/shipping/label-purchase.ts';
import { type LabelWorld, startLabelWorld } from '../helpers/label-world.ts';

// Issue #7, "done when": after a real label flow and delivery, retention as of delivery + 31
// days leaves none of the buyer's data in the database image, while the order's metadata stays;
// as of purchase + 5 years and a day, the order is gone.
const DAY_MS = 24 * 60 * 60 * 1000;

let world: LabelWorld;
let order: StandInOrder;

beforeAll(async () => {
  world = await startLabelWorld();
  order = world.takeOrder();
  await purchaseLabel(world.deps, {
    tenantId: world.account.tenantId,
    amazonOrderId: order.orderId,
    actor: { userId: world.account.userId, requestId: 'test-retention-request' },
    idempotencyKey: `retention-${order.orderId}`,
    request: { serviceName: 'shipentegra-express', isUnknownLabelChecked: false },
  });
}, 60_000);

afterAll(() => world.close());

/** The whole database as SQLite would write it to disk, free pages included. */
const databaseImage = () => world.sqlite.serialize().toString('latin1');

const orderRow = () =>
  world.db.select().from(orders).where(eq(orders.amazonOrderId, order.orderId)).get();

describe('retention after a label flow', () => {
  it('purges the buyer’s data 31 days after delivery and keeps id, amounts, dates and SKUs', () => {
    const [shipment] = world.shipmentsOf(order.orderId);
    const row = orderRow();
    const recipient = world.db
      .select()
      .from(orderRecipients)
      .where(eq(orderRecipients.orderId, row?.id ?? ''))
      .get();
    const sealedCopies = [
      recipient?.recipientSealed,
      shipment?.labelFileSealed,
      shipment?.labelUrlSealed,
    ].filter((sealed): sealed is string => typeof sealed === 'string');
    const deliveredAt = new Date('2026-11-02T12:00:00Z');

    expect(sealedCopies).toHaveLength(3);
    expect(sealedCopies.filter((sealed) => databaseImage().includes(sealed))).toEqual(sealedCopies);

    // What the tracking job records when the carrier reports delivery.
    world.db
      .update(shipments)
      .set({ deliveredAt })
      .where(eq(shipments.id, shipment?.id ?? ''))
      .run();
    runRetention(world.db, { asOf: new Date(deliveredAt.getTime() + 31 * DAY_MS) });

    const image = databaseImage();
    const { deliveryAddress, buyer } = order;
    const buyerData = [
      deliveryAddress.name,
      deliveryAddress.addressLine1,
      deliveryAddress.phone,
      buyer.buyerName,
      buyer.buyerEmail,
      ...sealedCopies,
    ];

    expect(buyerData.filter((value) => image.includes(value))).toEqual([]);
    expect(orderRow()).toMatchObject({
      amazonOrderId: order.orderId,
      purchasedAt: row?.purchasedAt,
    });
    expect(orderRow()?.totalAmount).toBe(row?.totalAmount);
    expect(image).toContain(order.orderId);
    expect(image).toContain(order.items[0]?.sellerSku);
  });

  it('deletes the order and its items 5 years and a day after purchase', () => {
    const row = orderRow();
    const purchasedAt = row?.purchasedAt ?? new Date();
    const asOf = new Date(purchasedAt);

    asOf.setUTCFullYear(asOf.getUTCFullYear() + 5);
    runRetention(world.db, { asOf: new Date(asOf.getTime() + DAY_MS) });

    expect(orderRow()).toBeUndefined();
    expect(
      world.db
        .select()
        .from(orderItems)
        .where(eq(orderItems.orderId, row?.id ?? ''))
        .all(),
    ).toEqual([]);
  });
});
