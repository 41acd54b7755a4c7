import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpApiRequest } from '../../server/amazon/selling-partner-client.ts';
import { orderItems, orders, syncCursors, syncRuns, tenants } from '../../server/db/schema.ts';
import { standInOrders, storedOrders } from '../helpers/sync-expectations.ts';
import { type SyncHarness, startSyncHarness } from '../helpers/sync-harness.ts';

let harness: SyncHarness;
let tenantCount = 0;

beforeAll(async () => {
  harness = await startSyncHarness({
    demo: { ordersPerSeller: 55, sellerCount: 1 },
    orderSync: { pageSize: 10 },
  });
});

afterAll(() => harness.close());

/** A fresh tenant connected to the stand-in's seller: its own cursor and its own rows. */
function connectFreshTenant() {
  tenantCount += 1;

  const tenantId = `tenant-orders-${tenantCount}`;

  harness.db
    .insert(tenants)
    .values({ id: tenantId, companyName: tenantId, keySalt: randomBytes(32) })
    .run();

  return harness.connect(tenantId, harness.standIn.seller);
}

function searchesOf(tenantSince: number): SpApiRequest[] {
  return harness.sent.slice(tenantSince).filter((request) => request.operation === 'searchOrders');
}

function latestRun(tenantId: string) {
  return harness.db
    .select()
    .from(syncRuns)
    .where(eq(syncRuns.tenantId, tenantId))
    .orderBy(desc(syncRuns.startedAt))
    .get();
}

describe('order sync', () => {
  it('stores every order with its lines, asking for no buyer data', async () => {
    const connection = connectFreshTenant();
    const since = harness.sent.length;

    await harness.runSync('orders', connection);

    expect(storedOrders(harness.db, connection.tenantId)).toEqual(
      standInOrders(harness.standIn.standIn, harness.standIn.seller.sellingPartnerId),
    );

    for (const search of searchesOf(since)) {
      expect(search.query?.includedData).toEqual(['FULFILLMENT', 'PROCEEDS']);
    }

    expect(latestRun(connection.tenantId)).toMatchObject({
      status: 'succeeded',
      pagesFetched: 6,
      recordsUpserted: 55,
      progress: 1,
    });
  });

  it('keeps no buyer name, email or address anywhere in orders and lines', async () => {
    const connection = connectFreshTenant();

    await harness.runSync('orders', connection);

    const stored = JSON.stringify([
      harness.db.select().from(orders).where(eq(orders.tenantId, connection.tenantId)).all(),
      harness.db
        .select()
        .from(orderItems)
        .where(eq(orderItems.tenantId, connection.tenantId))
        .all(),
    ]);
    const sources = harness.standIn.standIn.store.listOrders(
      harness.standIn.seller.sellingPartnerId,
    );

    for (const source of sources) {
      expect(stored).not.toContain(source.buyer.buyerEmail);
      expect(stored).not.toContain(source.buyer.buyerName);
      expect(stored).not.toContain(source.deliveryAddress.addressLine1);
    }
  });

  it('asks only for what changed since the last pass, with a small overlap', async () => {
    const connection = connectFreshTenant();
    const store = harness.standIn.standIn.store;

    await harness.runSync('orders', connection);

    const [changed] = store.listOrders(harness.standIn.seller.sellingPartnerId);
    const since = harness.sent.length;

    store.updateOrder(changed?.orderId ?? '', { fulfillmentStatus: 'CANCELLED' });
    await harness.runSync('orders', connection);

    const [search] = searchesOf(since);
    const windowStart = Date.parse(String(search?.query?.lastUpdatedAfter));

    expect(searchesOf(since)).toHaveLength(1);
    expect(Date.now() - windowStart).toBeLessThan(10 * 60_000);
    expect(storedOrders(harness.db, connection.tenantId)).toEqual(
      standInOrders(harness.standIn.standIn, harness.standIn.seller.sellingPartnerId),
    );
  });

  it('resumes a stopped run at the first page it had not stored', async () => {
    const connection = connectFreshTenant();
    const stop = new AbortController();
    const slow = harness.standIn.standIn.faults.add({
      kind: 'latency',
      operation: 'searchOrders',
      latencyMs: 30,
    });
    const stopped = harness.runSync('orders', connection, stop.signal);

    // Stop once two pages are stored, as a crash or shutdown would.
    while ((latestRun(connection.tenantId)?.pagesFetched ?? 0) < 2) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    stop.abort(new Error('process stopped'));
    await expect(stopped).rejects.toThrow('process stopped');
    harness.standIn.standIn.faults.remove(slow);

    const since = harness.sent.length;
    const storedBefore = latestRun(connection.tenantId)?.pagesFetched ?? 0;

    await harness.runSync('orders', connection);

    expect(searchesOf(since)[0]?.query?.paginationToken).toBeDefined();
    expect(searchesOf(since)).toHaveLength(6 - storedBefore);
    expect(storedOrders(harness.db, connection.tenantId)).toEqual(
      standInOrders(harness.standIn.standIn, harness.standIn.seller.sellingPartnerId),
    );
  });

  it('defaults to Amazon’s largest page, since searchOrders calls are scarce', async () => {
    const wide = await startSyncHarness({ demo: { ordersPerSeller: 5, sellerCount: 1 } });

    try {
      await wide.runSync('orders', wide.connect('tenant-a', wide.standIn.seller));

      expect(wide.sent[0]?.query?.maxResultsPerPage).toBe(100);
    } finally {
      await wide.close();
    }
  });
});

describe('order sync after Amazon refused a page token', () => {
  it('starts the pass over from the same window and still stores everything', async () => {
    const connection = connectFreshTenant();
    const stop = new AbortController();
    const stopped = harness.runSync('orders', connection, stop.signal);

    while ((latestRun(connection.tenantId)?.pagesFetched ?? 0) < 2) {
      await new Promise((resolve) => setImmediate(resolve));
    }

    stop.abort(new Error('process stopped'));
    await expect(stopped).rejects.toThrow('process stopped');

    // As if the run resumed after Amazon's 24 hours: the stored token no longer holds.
    harness.db
      .update(syncCursors)
      .set({ passPageToken: 'dG9rZW4tZnJvbS15ZXN0ZXJkYXk' })
      .where(eq(syncCursors.tenantId, connection.tenantId))
      .run();

    const refusedBefore = harness.standIn.standIn.requests.count({ status: 400 });

    await harness.runSync('orders', connection);

    expect(harness.standIn.standIn.requests.count({ status: 400 }) - refusedBefore).toBe(1);
    expect(storedOrders(harness.db, connection.tenantId)).toEqual(
      standInOrders(harness.standIn.standIn, harness.standIn.seller.sellingPartnerId),
    );
  });
});
