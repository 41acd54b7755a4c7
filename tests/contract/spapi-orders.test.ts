import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';
import { expectConforms, firstError } from '../helpers/spapi-contract.ts';
import {
  type SpApiClient,
  type StandInHarness,
  startStandInHarness,
} from '../helpers/spapi-stand-in-harness.ts';

type OrderBody = {
  order: {
    orderId: string;
    lastUpdatedTime: string;
    buyer?: unknown;
    recipient?: unknown;
    fulfillment?: { fulfillmentStatus: string };
    packages?: { carrier: string; trackingNumber: string; packageItems: unknown[] }[];
  };
};

let harness: StandInHarness;
let client: SpApiClient;

beforeAll(async () => {
  harness = await startStandInHarness();
  client = harness.clientFor(harness.seller);
});

afterAll(async () => {
  await harness.close();
});

function ordersOf(predicate: (order: StandInOrder) => boolean): StandInOrder[] {
  return harness.standIn.store.listOrders(harness.seller.sellingPartnerId).filter(predicate);
}

function unshippedMerchantOrder(): StandInOrder {
  const order = ordersOf(
    (candidate) =>
      candidate.fulfilledBy === 'MERCHANT' && candidate.fulfillmentStatus === 'UNSHIPPED',
  ).pop();

  if (!order) {
    throw new Error('the demo seller has no unshipped FBM order left');
  }

  return order;
}

function packageDetail(order: StandInOrder, overrides: Record<string, unknown> = {}) {
  return {
    marketplaceId: order.marketplaceId,
    packageDetail: {
      packageReferenceId: '1',
      carrierCode: 'Other',
      carrierName: 'Shipentegra',
      shippingMethod: 'Express',
      trackingNumber: 'SE123456789TR',
      shipDate: new Date().toISOString(),
      orderItems: order.items.map((item) => ({
        orderItemId: item.orderItemId,
        quantity: item.quantityOrdered,
      })),
      ...overrides,
    },
  };
}

describe('Sellers', () => {
  test('getMarketplaceParticipations lists the seller marketplaces per the model', async () => {
    const response = await harness.call(client, 'sellers.getMarketplaceParticipations');

    expectConforms('sellers:getMarketplaceParticipations', response, 200);
    expect(response.headers['x-amzn-ratelimit-limit']).toBe('0.016');
    expect(response.headers['x-amzn-requestid']).toBeTruthy();
    expect((response.body as { payload: unknown[] }).payload).toHaveLength(3);
  });
});

describe('Orders 2026-01-01', () => {
  test('searchOrders pages through every order, each page per the model, none twice', async () => {
    const seen: string[] = [];
    let paginationToken: string | undefined;

    do {
      const query = {
        createdAfter: '2020-01-01T00:00:00Z',
        maxResultsPerPage: 25,
        includedData: ['FULFILLMENT', 'PACKAGES'],
        ...(paginationToken ? { paginationToken } : {}),
      };
      const response = await harness.call(client, 'orders.searchOrders', { query });
      const body = response.body as {
        orders: { orderId: string }[];
        pagination?: { nextToken: string };
      };

      expectConforms('orders-2026-01-01:searchOrders', response, 200);
      expect(response.headers['x-amzn-ratelimit-limit']).toBe('0.0056');
      seen.push(...body.orders.map((order) => order.orderId));
      paginationToken = body.pagination?.nextToken;
    } while (paginationToken);

    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(ordersOf(() => true).length);
  });

  test('searchOrders filters by status and channel', async () => {
    const response = await harness.call(client, 'orders.searchOrders', {
      query: {
        createdAfter: '2020-01-01T00:00:00Z',
        fulfillmentStatuses: ['UNSHIPPED'],
        fulfilledBy: ['MERCHANT'],
        includedData: ['FULFILLMENT'],
      },
    });
    const orders = (
      response.body as {
        orders: { fulfillment: { fulfillmentStatus: string; fulfilledBy: string } }[];
      }
    ).orders;

    expectConforms('orders-2026-01-01:searchOrders', response, 200);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((order) => order.fulfillment.fulfillmentStatus === 'UNSHIPPED')).toBe(true);
    expect(orders.every((order) => order.fulfillment.fulfilledBy === 'MERCHANT')).toBe(true);
  });

  test('getOrder returns buyer and recipient PII only when asked for', async () => {
    const orderId = unshippedMerchantOrder().orderId;
    const plain = await harness.call(client, 'orders.getOrder', { path: { orderId } });
    const withPii = await harness.call(client, 'orders.getOrder', {
      path: { orderId },
      query: {
        includedData: ['BUYER', 'RECIPIENT', 'PROCEEDS', 'FULFILLMENT', 'PACKAGES', 'CANCELLATION'],
      },
    });

    expectConforms('orders-2026-01-01:getOrder', plain, 200);
    expectConforms('orders-2026-01-01:getOrder', withPii, 200);
    expect((plain.body as OrderBody).order.buyer).toBeUndefined();
    expect((plain.body as OrderBody).order.recipient).toBeUndefined();
    expect((withPii.body as OrderBody).order.buyer).toMatchObject({
      buyerEmail: expect.stringMatching(/@example\.com$/),
    });
    expect((withPii.body as OrderBody).order.recipient).toMatchObject({
      deliveryAddress: { addressLine1: expect.stringContaining('Sandbox Street') },
    });
  });

  test("getOrder of another seller's order answers 404 as if it did not exist", async () => {
    const other = harness.standIn.demo.sellers[2];
    const foreign = other ? harness.standIn.store.listOrders(other.sellingPartnerId)[0] : undefined;
    const response = await harness.call(client, 'orders.getOrder', {
      path: { orderId: foreign?.orderId ?? '' },
    });

    expectConforms('orders-2026-01-01:getOrder', response, 404);
  });
});

describe('Orders v0 confirmShipment', () => {
  test('a confirmed package shows in getOrder with carrier and tracking, and the order is shipped', async () => {
    const order = unshippedMerchantOrder();
    const updatedBefore = order.lastUpdatedTime;
    const confirm = await harness.call(client, 'orders.confirmShipment', {
      path: { orderId: order.orderId },
      body: packageDetail(order),
    });
    const read = await harness.call(client, 'orders.getOrder', {
      path: { orderId: order.orderId },
      query: { includedData: ['PACKAGES', 'FULFILLMENT'] },
    });
    const shown = (read.body as OrderBody).order;

    expectConforms('orders-v0:confirmShipment', confirm, 204);
    expectConforms('orders-2026-01-01:getOrder', read, 200);
    expect(shown.fulfillment?.fulfillmentStatus).toBe('SHIPPED');
    expect(shown.packages).toEqual([
      expect.objectContaining({ carrier: 'Shipentegra', trackingNumber: 'SE123456789TR' }),
    ]);
    expect(shown.lastUpdatedTime > updatedBefore).toBe(true);
  });

  test('the same packageReferenceId again replaces the tracking number of a shipped order', async () => {
    const order = unshippedMerchantOrder();

    await harness.call(client, 'orders.confirmShipment', {
      path: { orderId: order.orderId },
      body: packageDetail(order),
    });
    const update = await harness.call(client, 'orders.confirmShipment', {
      path: { orderId: order.orderId },
      body: packageDetail(order, {
        carrierCode: 'UPS',
        carrierName: undefined,
        trackingNumber: '1ZLASTMILE',
      }),
    });

    expectConforms('orders-v0:confirmShipment', update, 204);
    expect(order.packages.map((shipment) => shipment.trackingNumber)).toEqual(['1ZLASTMILE']);
  });

  test.each([
    ['carrier Other without carrierName', { carrierName: undefined }, /carrierName/],
    ['an unknown carrier code', { carrierCode: 'Shipentegra' }, /carrierCode/],
    ['a shipDate that is not a date-time', { shipDate: '02/21/2022' }, /shipDate/],
    [
      'an item of another order',
      { orderItems: [{ orderItemId: '99999999999999', quantity: 1 }] },
      /orderItemId/,
    ],
    [
      'a packageReferenceId that is not a positive number',
      { packageReferenceId: 'A1' },
      /packageReferenceId/,
    ],
  ])('%s is refused with 400 InvalidInput', async (_, overrides, pattern) => {
    const order = unshippedMerchantOrder();
    const response = await harness.call(client, 'orders.confirmShipment', {
      path: { orderId: order.orderId },
      body: packageDetail(order, overrides),
    });

    expectConforms('orders-v0:confirmShipment', response, 400);
    expect(firstError(response).code).toBe('InvalidInput');
    expect(`${firstError(response).message} ${firstError(response).details ?? ''}`).toMatch(
      pattern,
    );
    expect(order.fulfillmentStatus).toBe('UNSHIPPED');
  });

  test.each([
    [
      'FBA',
      (order: StandInOrder) =>
        order.fulfilledBy === 'AMAZON' && order.fulfillmentStatus === 'SHIPPED',
    ],
    [
      'cancelled',
      (order: StandInOrder) =>
        order.fulfillmentStatus === 'CANCELLED' && order.fulfilledBy === 'MERCHANT',
    ],
  ])('a %s order cannot be confirmed', async (_, predicate) => {
    const order = ordersOf(predicate)[0] as StandInOrder;
    const response = await harness.call(client, 'orders.confirmShipment', {
      path: { orderId: order.orderId },
      body: packageDetail(order),
    });

    expectConforms('orders-v0:confirmShipment', response, 400);
  });
});
