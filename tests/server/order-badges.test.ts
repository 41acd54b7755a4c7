import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BadgeOrder,
  type BadgeShipment,
  isWaitingForSeller,
  labelBadgeOf,
} from '../../server/shipping/label-badge.ts';
import type { OrderDetail, OrderList } from '../../shared/api/orders.ts';
import {
  addSignedInUser,
  requestAs,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { insertOrderRow, insertShipmentRow } from '../helpers/shipment-rows.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

// Issue #6: the order list badges.

const OPEN: BadgeOrder = { fulfilledBy: 'MERCHANT', fulfillmentStatus: 'UNSHIPPED' };
const LATER = new Date('2026-12-03T12:00:00Z');

function shipment(values: Partial<BadgeShipment> = {}): BadgeShipment {
  return {
    orderId: 'order-1',
    attempt: 1,
    state: 'labelled',
    failureCode: null,
    nextAttemptAt: null,
    trackingStatus: 'pending',
    ...values,
  };
}

describe('labelBadgeOf', () => {
  it.each([
    ['an open order without a shipment', OPEN, undefined, 'no_label'],
    [
      'a partly shipped order without one',
      { ...OPEN, fulfillmentStatus: 'PARTIALLY_SHIPPED' },
      undefined,
      'no_label',
    ],
    ['a purchase under way', OPEN, shipment({ state: 'quoted' }), 'label_bought'],
    ['a label ordered', OPEN, shipment({ state: 'ordered' }), 'label_bought'],
    ['a label bought', OPEN, shipment({ state: 'labelled' }), 'label_bought'],
    [
      'a step retrying by itself',
      OPEN,
      shipment({ failureCode: 'AMAZON_UNAVAILABLE', nextAttemptAt: LATER }),
      'label_bought',
    ],
    ['tracking confirmed to Amazon', OPEN, shipment({ state: 'confirmed' }), 'on_amazon'],
    [
      'confirmed on an order Amazon already marks shipped',
      { ...OPEN, fulfillmentStatus: 'SHIPPED' },
      shipment({ state: 'confirmed' }),
      'on_amazon',
    ],
    ['a delivered parcel', OPEN, shipment({ state: 'delivered' }), 'delivered'],
    [
      'delivered after a tracking hiccup',
      OPEN,
      shipment({ state: 'delivered', trackingStatus: 'exception' }),
      'delivered',
    ],
    ['a failed last attempt', OPEN, shipment({ state: 'failed', failureCode: 'X' }), 'problem'],
    [
      'Amazon never showing the tracking',
      OPEN,
      shipment({ state: 'confirmed', failureCode: 'AMAZON_TRACKING_NOT_SHOWN' }),
      'problem',
    ],
    [
      'Amazon needing reauthorisation',
      OPEN,
      shipment({ failureCode: 'AMAZON_NEEDS_REAUTHORIZATION', nextAttemptAt: LATER }),
      'problem',
    ],
    [
      'a returned parcel',
      OPEN,
      shipment({ state: 'confirmed', trackingStatus: 'returned' }),
      'problem',
    ],
    ['an FBA order', { ...OPEN, fulfilledBy: 'AMAZON' }, undefined, null],
    ['a cancelled order', { ...OPEN, fulfillmentStatus: 'CANCELLED' }, undefined, null],
    [
      'a cancelled order whose attempt failed',
      { ...OPEN, fulfillmentStatus: 'CANCELLED' },
      shipment({ state: 'failed' }),
      null,
    ],
    ['an order shipped without us', { ...OPEN, fulfillmentStatus: 'SHIPPED' }, undefined, null],
    ['a pending order', { ...OPEN, fulfillmentStatus: 'PENDING' }, undefined, null],
  ] as const)('%s → %s', (_name, order, latest, expected) => {
    expect(labelBadgeOf(order, latest)).toBe(expected);
  });
});

describe('isWaitingForSeller', () => {
  it('waits for the seller only when no retry is planned or none can work', () => {
    expect(isWaitingForSeller(shipment())).toBe(false);
    expect(isWaitingForSeller(shipment({ failureCode: 'X', nextAttemptAt: LATER }))).toBe(false);
    expect(isWaitingForSeller(shipment({ failureCode: 'X' }))).toBe(true);
    expect(
      isWaitingForSeller(
        shipment({ failureCode: 'AMAZON_REFUSED_CONFIRMATION', nextAttemptAt: LATER }),
      ),
    ).toBe(true);
    expect(isWaitingForSeller(shipment({ trackingStatus: 'exception' }))).toBe(true);
  });
});

describe('badges on GET /api/orders', () => {
  let harness: ReturnType<typeof createTestApp>;
  let ownerA: TestAccount;
  let ownerB: TestAccount;
  const expected = new Map<string, string | null>();

  beforeAll(async () => {
    harness = createTestApp();
    ownerA = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_A });
    ownerB = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_B });

    const { db } = harness;
    const fresh = insertOrderRow(db, TENANT_A);
    const bought = insertOrderRow(db, TENANT_A);
    const retried = insertOrderRow(db, TENANT_A);
    const fba = insertOrderRow(db, TENANT_A, {
      fulfilledBy: 'AMAZON',
      fulfillmentStatus: 'SHIPPED',
    });

    insertShipmentRow(db, bought, { state: 'confirmed' });
    insertShipmentRow(db, retried, { attempt: 1, state: 'failed', failureCode: 'X' });
    insertShipmentRow(db, retried, { attempt: 2, state: 'labelled' });
    expected.set(fresh.amazonOrderId, 'no_label');
    expected.set(bought.amazonOrderId, 'on_amazon');
    expected.set(retried.amazonOrderId, 'label_bought');
    expected.set(fba.amazonOrderId, null);
  });

  afterAll(() => harness.close());

  async function listOf(account: TestAccount, query: string): Promise<OrderList> {
    const response = await requestAs(harness.app, account.token, `/api/orders${query}`);

    expect(response.status).toBe(200);

    return (await response.json()) as OrderList;
  }

  it('gives every listed order its badge, from its newest attempt', async () => {
    const list = await listOf(ownerA, '?limit=100');
    const badges = new Map(list.orders.map((order) => [order.orderId, order.labelBadge]));

    expect(badges).toEqual(expected);
  });

  it('reads the shipments of a whole page in one query, however many orders it has', async () => {
    const statements: string[] = [];
    const prepare = harness.sqlite.prepare.bind(harness.sqlite);

    harness.sqlite.prepare = ((source: string) => {
      statements.push(source);

      return prepare(source);
    }) as typeof harness.sqlite.prepare;

    try {
      await listOf(ownerA, '?limit=100');
    } finally {
      harness.sqlite.prepare = prepare;
    }

    const shipmentReads = statements.filter((source) => /from "shipments"/.test(source));

    expect(shipmentReads).toHaveLength(1);
    expect(shipmentReads[0]).toMatch(/"shipments"\."tenant_id" = \?/);
  });

  it('gives the order detail the same badge as the list', async () => {
    for (const [orderId, badge] of expected) {
      const response = await requestAs(harness.app, ownerA.token, `/api/orders/${orderId}`);
      const detail = (await response.json()) as OrderDetail;

      expect(detail.labelBadge).toBe(badge);
    }
  });

  it('answers only the orders named by `ids`, and none of another tenant’s', async () => {
    const [first, second] = [...expected.keys()];
    const asked = `?ids=${first},${second},111-0000000-0000000`;
    const own = await listOf(ownerA, asked);
    const foreign = await listOf(ownerB, asked);

    expect(own.orders.map((order) => order.orderId).sort()).toEqual([first, second].sort());
    expect(foreign).toEqual({ orders: [], nextCursor: null });
  });

  it.each([
    ['not an order id', '?ids=113-1234567-1234567,not-an-id'],
    ['empty', '?ids='],
    ['repeated', '?ids=113-1234567-1234567&ids=113-1234567-1234568'],
    ['more than 100', `?ids=${Array.from({ length: 101 }, () => '113-1234567-1234567').join(',')}`],
  ])('refuses `ids` that are %s, naming the field', async (_name, query) => {
    const response = await requestAs(harness.app, ownerA.token, `/api/orders${query}`);
    const body = (await response.json()) as { error: { code: string; message: string } };

    expect(`${response.status} ${body.error.code}`).toBe('400 VALIDATION_FAILED');
    expect(body.error.message).toMatch(/\bids\b/);
  });

  it('asks for a sign-in without a token', async () => {
    expect(
      await statusAndCodeOf(await harness.app.request('/api/orders?ids=113-1234567-1234567')),
    ).toBe('401 UNAUTHENTICATED');
  });
});
