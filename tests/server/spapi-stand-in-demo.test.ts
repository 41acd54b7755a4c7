import { describe, expect, test } from 'vitest';
import { generateDemoWorld } from '../../server/sandbox/spapi/demo/generate-demo-world.ts';
import { marketplaceById } from '../../server/sandbox/spapi/demo/marketplaces.ts';
import { ourPriceOf } from '../../server/sandbox/spapi/store/listing-attributes.ts';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';

const NOW = new Date('2026-08-20T12:00:00Z');
const DAY_MS = 86_400_000;

function demo(seed: number, extra: { ordersPerSeller?: number; sellerCount?: number } = {}) {
  return generateDemoWorld({
    seed,
    now: () => NOW,
    mintRefreshToken: (id) => `Atzr|demo-${id}`,
    ...extra,
  });
}

const { world } = demo(42);
const allOrders: StandInOrder[] = [...world.ordersById.values()];

describe('demo world', () => {
  test('the same seed gives the same world; another seed another one', () => {
    expect(demo(42).world).toEqual(world);
    expect(demo(43).world.sellers[0]?.sellingPartnerId).not.toBe(
      world.sellers[0]?.sellingPartnerId,
    );
  });

  test('two NA sellers with US and CA, and an EU seller from the UK to Turkey', () => {
    const countries = (index: number) =>
      world.sellers[index]?.marketplaceIds.map((id) => marketplaceById(id)?.countryCode);

    expect(world.sellers.map((seller) => seller.region)).toEqual(['na', 'eu', 'na', 'fe']);
    expect(countries(0)).toEqual(['US', 'CA', 'MX']);
    expect(countries(1)).toEqual(expect.arrayContaining(['GB', 'DE', 'FR', 'IT', 'ES', 'TR']));
    expect(countries(2)).toEqual(expect.arrayContaining(['US', 'CA']));
    expect(world.sellers.every((seller) => /^A[A-Z0-9]{13}$/.test(seller.sellingPartnerId))).toBe(
      true,
    );
  });

  test('about 60 orders per seller, with Amazon-shaped unique ids', () => {
    expect(allOrders).toHaveLength(60 * world.sellers.length);
    expect(allOrders.every((order) => /^\d{3}-\d{7}-\d{7}$/.test(order.orderId))).toBe(true);
    expect(new Set(allOrders.map((order) => order.orderId)).size).toBe(allOrders.length);
  });

  test('every status the model allows appears for each seller and channel where it makes sense', () => {
    for (const seller of world.sellers) {
      const orders = world.ordersBySeller.get(seller.sellingPartnerId) ?? [];
      const statuses = (channel: string) =>
        new Set(
          orders
            .filter((order) => order.fulfilledBy === channel)
            .map((order) => order.fulfillmentStatus),
        );

      expect([...statuses('MERCHANT')].sort()).toEqual([
        'CANCELLED',
        'PARTIALLY_SHIPPED',
        'PENDING',
        'PENDING_AVAILABILITY',
        'SHIPPED',
        'UNSHIPPED',
      ]);
      expect([...statuses('AMAZON')].sort()).toEqual([
        'CANCELLED',
        'PENDING',
        'PENDING_AVAILABILITY',
        'SHIPPED',
        'UNFULFILLABLE',
      ]);
    }
  });

  test('dates spread over recent weeks and stay consistent', () => {
    const created = allOrders.map((order) => Date.parse(order.createdTime));

    expect(Math.min(...created)).toBeGreaterThan(NOW.getTime() - 29 * DAY_MS);
    expect(Math.max(...created)).toBeLessThanOrEqual(NOW.getTime());
    expect(allOrders.every((order) => order.lastUpdatedTime >= order.createdTime)).toBe(true);
    expect(allOrders.every((order) => Date.parse(order.lastUpdatedTime) <= NOW.getTime())).toBe(
      true,
    );
  });

  test('buyer data is realistic in shape and plainly fake', () => {
    for (const order of allOrders) {
      expect(order.buyer.buyerName).toMatch(/^Sandbox Buyer \d+$/);
      expect(order.buyer.buyerEmail).toMatch(/^sandbox-buyer-\d+@example\.com$/);
      expect(order.deliveryAddress.addressLine1).toContain('Sandbox Street');
      expect(order.deliveryAddress.phone).toMatch(/555-01\d\d$/);
    }
  });

  test('label tests find FBM orders with long address lines and a US order without a state', () => {
    const unshipped = allOrders.filter(
      (order) => order.fulfilledBy === 'MERCHANT' && order.fulfillmentStatus === 'UNSHIPPED',
    );
    const usWithoutState = unshipped.filter(
      (order) => order.deliveryAddress.countryCode === 'US' && !order.deliveryAddress.stateOrRegion,
    );

    expect(
      unshipped.filter((order) => order.deliveryAddress.addressLine1.length > 35).length,
    ).toBeGreaterThanOrEqual(3 * world.sellers.length);
    expect(new Set(usWithoutState.map((order) => order.sellerId)).size).toBe(2);
  });

  test("order items are the seller's own listings at their prices; shipped FBM orders have packages", () => {
    for (const order of allOrders) {
      const listings = world.listings.get(order.sellerId);

      for (const item of order.items) {
        const listing = listings?.get(item.sellerSku);
        expect(listing && ourPriceOf(listing, order.marketplaceId)).toBe(item.unitPrice);
      }

      if (order.fulfilledBy === 'MERCHANT' && order.fulfillmentStatus === 'SHIPPED') {
        expect(order.packages.length).toBeGreaterThan(0);
      }
    }
  });

  test('listings carry prices, stock and channel; AFN listings have FBA inventory', () => {
    for (const seller of world.sellers) {
      const listings = [...(world.listings.get(seller.sellingPartnerId)?.values() ?? [])];
      const inventory = world.inventory.get(seller.sellingPartnerId);

      expect(listings.length).toBeGreaterThan(10);
      expect(
        listings.every((listing) =>
          seller.marketplaceIds.every((id) => ourPriceOf(listing, id) !== undefined),
        ),
      ).toBe(true);
      expect(
        listings
          .filter((listing) => listing.fulfillmentChannel === 'AFN')
          .every((listing) => inventory?.has(listing.sku)),
      ).toBe(true);
    }
  });

  test('scales to the benchmark world of 10 sellers with 5,000 orders each', () => {
    const started = performance.now();
    const large = demo(1, { sellerCount: 10, ordersPerSeller: 5_000 });

    expect(large.world.ordersById.size).toBe(50_000);
    expect(large.world.sellers).toHaveLength(10);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
