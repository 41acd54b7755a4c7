import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstError } from '../helpers/spapi-contract.ts';
import {
  type SpApiClient,
  type StandInHarness,
  startStandInHarness,
} from '../helpers/spapi-stand-in-harness.ts';

type SearchBody = {
  orders: { orderId: string; lastUpdatedTime: string }[];
  pagination?: { nextToken: string };
  lastUpdatedBefore?: string;
};

let nowMs = Date.parse('2026-08-20T12:00:00Z');
let harness: StandInHarness;
let client: SpApiClient;
let sellerId: string;

beforeAll(async () => {
  harness = await startStandInHarness({
    now: () => new Date(nowMs),
    timeScale: 1,
    demo: { ordersPerSeller: 120 },
  });
  client = harness.clientFor(harness.seller);
  sellerId = harness.seller.sellingPartnerId;
});

afterAll(async () => {
  await harness.close();
});

async function searchPage(query: Record<string, unknown>): Promise<SearchBody> {
  const response = await harness.call(client, 'orders.searchOrders', { query });

  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as SearchBody;
}

describe('searchOrders for sync', () => {
  test('pages stay consistent while orders are added and changed between pages', async () => {
    const since = '2026-07-01T00:00:00Z';
    const existing = harness.standIn.store.listOrders(sellerId).map((order) => order.orderId);
    const first = await searchPage({ lastUpdatedAfter: since, maxResultsPerPage: 30 });
    const seen = first.orders.map((order) => order.orderId);
    const firstPageOrder = seen[0] ?? '';
    const lastPageOrder = existing.find((orderId) => !seen.includes(orderId)) ?? '';

    nowMs += 60_000;
    const added = harness.standIn.store.addOrder(sellerId);
    harness.standIn.store.updateOrder(firstPageOrder, { fulfillmentStatus: 'CANCELLED' });
    harness.standIn.store.updateOrder(lastPageOrder, { fulfillmentStatus: 'CANCELLED' });

    let token = first.pagination?.nextToken;

    while (token) {
      const page = await searchPage({
        lastUpdatedAfter: since,
        maxResultsPerPage: 30,
        paginationToken: token,
      });
      seen.push(...page.orders.map((order) => order.orderId));
      token = page.pagination?.nextToken;
    }

    // The changed order that had not been reached yet moved past the pass's upper bound.
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(
      existing.filter((orderId) => orderId !== lastPageOrder).sort(),
    );
    expect(seen).not.toContain(added.orderId);

    // lastUpdatedAfter is inclusive: the next pass starts at the bound, so nothing falls between.
    const next = await searchPage({
      lastUpdatedAfter: first.lastUpdatedBefore,
      includedData: ['FULFILLMENT'],
    });
    const changed = next.orders.filter(
      (order) => order.lastUpdatedTime > (first.lastUpdatedBefore ?? ''),
    );

    expect(changed.map((order) => order.orderId).sort()).toEqual(
      [added.orderId, lastPageOrder, firstPageOrder].sort(),
    );
  });

  test('a changed order comes back from lastUpdatedAfter with a later lastUpdatedTime', async () => {
    const order = harness.standIn.store.listOrders(sellerId)[5];
    nowMs += 1_000;
    const cursor = new Date(nowMs).toISOString();

    nowMs += 1_000;
    harness.standIn.store.updateOrder(order?.orderId ?? '', { fulfillmentStatus: 'SHIPPED' });

    const page = await searchPage({ lastUpdatedAfter: cursor, includedData: ['FULFILLMENT'] });

    expect(page.orders).toEqual([
      expect.objectContaining({
        orderId: order?.orderId,
        lastUpdatedTime: new Date(nowMs).toISOString(),
      }),
    ]);
  });

  test('a token used with other filters, and an upper bound under two minutes old, are refused', async () => {
    const first = await searchPage({ createdAfter: '2026-07-01T00:00:00Z', maxResultsPerPage: 5 });
    const mixed = await harness.call(client, 'orders.searchOrders', {
      query: { createdAfter: '2026-07-02T00:00:00Z', paginationToken: first.pagination?.nextToken },
    });
    const tooRecent = await harness.call(client, 'orders.searchOrders', {
      query: {
        createdAfter: '2026-07-01T00:00:00Z',
        createdBefore: new Date(nowMs - 60_000).toISOString(),
      },
    });

    expect(mixed.status).toBe(400);
    expect(firstError(mixed).message).toMatch(/paginationToken/);
    expect(tooRecent.status).toBe(400);
    expect(firstError(tooRecent).message).toMatch(/two minutes/);
  });
});
