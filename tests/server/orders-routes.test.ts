import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import type { OrderDetail, OrderList } from '../../shared/api/orders.ts';
import {
  addSignedInUser,
  requestAs,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { type SyncHarness, startSyncHarness } from '../helpers/sync-harness.ts';
import { TENANT_A, TENANT_B } from '../helpers/test-app.ts';

let harness: SyncHarness;
let ownerA: TestAccount;
let ownerB: TestAccount;
let sellerA: StandInSeller;
let sellerB: StandInSeller;

beforeAll(async () => {
  harness = await startSyncHarness({ demo: { ordersPerSeller: 45, sellerCount: 2 } });
  [sellerA, sellerB] = harness.standIn.standIn.demo.sellers as [StandInSeller, StandInSeller];

  for (const [tenantId, seller] of [
    [TENANT_A, sellerA],
    [TENANT_B, sellerB],
  ] as const) {
    await harness.runSync('orders', harness.connect(tenantId, seller));
  }

  ownerA = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_A, role: 'owner' });
  ownerB = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_B });
});

afterAll(() => harness.close());

async function getJson<Body>(account: TestAccount, path: string): Promise<Body> {
  const response = await requestAs(harness.app, account.token, path);

  expect(response.status).toBe(200);

  return (await response.json()) as Body;
}

/** Every page of `/api/orders` with the query, following the cursor. */
async function listAll(account: TestAccount, query = ''): Promise<OrderList['orders']> {
  const all: OrderList['orders'] = [];
  let cursor: string | null = null;

  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: OrderList = await getJson(account, `/api/orders?limit=10${query}${suffix}`);

    all.push(...page.orders);
    cursor = page.nextCursor;
  } while (cursor);

  return all;
}

describe('GET /api/orders', () => {
  it('pages through all of the tenant’s orders, newest purchase first, each once', async () => {
    const orders = await listAll(ownerA);
    const ids = orders.map((order) => order.orderId);
    const expected = harness.standIn.standIn.store.listOrders(sellerA.sellingPartnerId);

    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected.map((order) => order.orderId).sort());
    expect(orders.map((order) => order.purchasedAt)).toEqual(
      orders
        .map((order) => order.purchasedAt)
        .sort()
        .reverse(),
    );
  });

  it('filters by status', async () => {
    const unshipped = await listAll(ownerA, '&status=UNSHIPPED');
    const expected = harness.standIn.standIn.store
      .listOrders(sellerA.sellingPartnerId)
      .filter((order) => order.fulfillmentStatus === 'UNSHIPPED');

    expect(unshipped.length).toBe(expected.length);
    expect(unshipped.every((order) => order.status === 'UNSHIPPED')).toBe(true);
  });

  it('finds orders by the beginning of an order id or a SKU', async () => {
    const [first] = harness.standIn.standIn.store.listOrders(sellerA.sellingPartnerId);
    const sku = first?.items[0]?.sellerSku ?? '';
    const byId = await listAll(ownerA, `&q=${first?.orderId.slice(0, 11)}`);
    const bySku = await listAll(ownerA, `&q=${encodeURIComponent(sku)}`);

    expect(byId.map((order) => order.orderId)).toContain(first?.orderId);
    expect(bySku.map((order) => order.orderId)).toContain(first?.orderId);
    expect(bySku.every((order) => order.skus.some((each) => each.startsWith(sku)))).toBe(true);
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await requestAs(
      harness.app,
      ownerA.token,
      '/api/orders?cursor=bm90LWEtY3Vyc29y',
    );

    expect(await statusAndCodeOf(response)).toBe('400 VALIDATION_FAILED');
  });

  it('asks for a sign-in without a token', async () => {
    expect(await statusAndCodeOf(await harness.app.request('/api/orders'))).toBe(
      '401 UNAUTHENTICATED',
    );
  });
});

describe('GET /api/orders/:orderId', () => {
  it('shows one order with its lines and amounts, and no buyer data', async () => {
    const source = harness.standIn.standIn.store.listOrders(sellerA.sellingPartnerId)[0];
    const order = await getJson<OrderDetail>(ownerA, `/api/orders/${source?.orderId}`);
    const text = JSON.stringify(order);

    expect(order).toMatchObject({ orderId: source?.orderId, shipment: null });
    expect(order.items.map((item) => item.orderItemId).sort()).toEqual(
      source?.items.map((item) => item.orderItemId).sort(),
    );
    expect(order.total?.amount).toMatch(/^\d+(\.\d+)?$/);

    for (const secret of [
      source?.buyer.buyerName,
      source?.buyer.buyerEmail,
      source?.deliveryAddress.addressLine1,
      source?.deliveryAddress.postalCode,
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('orders are isolated between tenants', () => {
  it('never lists another tenant’s orders, even when searched for by id', async () => {
    const idsOfA = new Set((await listAll(ownerA)).map((order) => order.orderId));
    const seenByB = await listAll(ownerB);
    const [orderOfA] = idsOfA;

    expect(seenByB.length).toBeGreaterThan(0);
    expect(seenByB.filter((order) => idsOfA.has(order.orderId))).toEqual([]);
    expect(await listAll(ownerB, `&q=${orderOfA}`)).toEqual([]);
  });

  it('answers NOT_FOUND for another tenant’s order id, as for one that never existed', async () => {
    const [orderOfA] = harness.standIn.standIn.store.listOrders(sellerA.sellingPartnerId);
    const foreign = await requestAs(harness.app, ownerB.token, `/api/orders/${orderOfA?.orderId}`);
    const missing = await requestAs(harness.app, ownerB.token, '/api/orders/111-0000000-0000000');

    expect(await statusAndCodeOf(foreign)).toBe('404 NOT_FOUND');
    expect(await statusAndCodeOf(missing)).toBe('404 NOT_FOUND');
  });
});
