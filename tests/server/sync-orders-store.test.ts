import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { OrderSnapshot } from '../../server/amazon/order-sync-page.ts';
import { createOrderPageWriter } from '../../server/amazon/order-sync-store.ts';
import { startSyncRun } from '../../server/amazon/sync-runs.ts';
import { orderItems, orders } from '../../server/db/schema.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

function snapshot(status: string, updatedAt: string, quantity = 1): OrderSnapshot {
  return {
    amazonOrderId: '113-1234567-1234567',
    marketplaceId: 'ATVPDKIKX0DER',
    fulfillmentStatus: status,
    fulfilledBy: 'MERCHANT',
    serviceLevel: 'STANDARD',
    isPrime: false,
    purchasedAt: new Date('2026-03-01T10:00:00Z'),
    amazonUpdatedAt: new Date(updatedAt),
    shipByLatest: null,
    deliverByEarliest: null,
    deliverByLatest: new Date('2026-03-20T10:00:00Z'),
    totalAmount: '19.99',
    currencyCode: 'USD',
    items: [
      {
        amazonOrderItemId: '11111111111111',
        asin: 'B0TEST0001',
        sellerSku: 'SKU-1',
        title: 'Towel',
        quantityOrdered: quantity,
        quantityShipped: 0,
        unitPriceAmount: '19.99',
        subtotalAmount: '19.99',
        currencyCode: 'USD',
        amazonIossNumber: null,
      },
    ],
  };
}

function setUp() {
  const testApp = createTestApp();
  const writer = createOrderPageWriter(testApp.db);
  const commit = (tenantId: string, page: OrderSnapshot[]) =>
    writer.commitPage({
      address: { tenantId, region: 'na', kind: 'orders', sellingPartnerId: 'A1' },
      runId: startSyncRun(testApp.db, { tenantId, region: 'na', kind: 'orders', now: new Date() })
        .id,
      orders: page,
      next: { completedThrough: null, pass: null },
      retries: 0,
      progress: 1,
      now: new Date(),
    });

  return { ...testApp, commit };
}

describe('storing a page of orders', () => {
  it('never lets an older snapshot overwrite a newer one', () => {
    const { db, commit, close } = setUp();

    expect(commit(TENANT_A, [snapshot('SHIPPED', '2026-03-02T10:00:00Z', 2)])).toBe(1);
    expect(commit(TENANT_A, [snapshot('UNSHIPPED', '2026-03-01T12:00:00Z', 1)])).toBe(0);

    const stored = db.select().from(orders).all();

    expect(stored).toHaveLength(1);
    expect(stored[0]?.fulfillmentStatus).toBe('SHIPPED');
    expect(db.select().from(orderItems).all()[0]?.quantityOrdered).toBe(2);
    close();
  });

  it('writes a repeated page to the same rows, and a newer one over them', () => {
    const { db, commit, close } = setUp();

    commit(TENANT_A, [snapshot('UNSHIPPED', '2026-03-01T12:00:00Z')]);
    commit(TENANT_A, [snapshot('UNSHIPPED', '2026-03-01T12:00:00Z')]);
    commit(TENANT_A, [snapshot('CANCELLED', '2026-03-03T12:00:00Z')]);

    expect(
      db
        .select()
        .from(orders)
        .all()
        .map((row) => row.fulfillmentStatus),
    ).toEqual(['CANCELLED']);
    expect(db.select().from(orderItems).all()).toHaveLength(1);
    close();
  });

  it('keeps the same Amazon order id apart for two tenants', () => {
    const { db, commit, close } = setUp();

    commit(TENANT_A, [snapshot('SHIPPED', '2026-03-02T10:00:00Z')]);
    commit(TENANT_B, [snapshot('UNSHIPPED', '2026-03-01T10:00:00Z')]);

    const ofB = db.select().from(orders).where(eq(orders.tenantId, TENANT_B)).all();

    expect(db.select().from(orders).all()).toHaveLength(2);
    expect(ofB.map((row) => row.fulfillmentStatus)).toEqual(['UNSHIPPED']);
    close();
  });
});
