import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItems, tenants } from '../../server/db/schema.ts';
import { DEMO_AMAZON_IOSS_NUMBER } from '../../server/sandbox/spapi/demo/demo-ioss.ts';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import { type SyncHarness, startSyncHarness } from '../helpers/sync-harness.ts';

let harness: SyncHarness;

beforeAll(async () => {
  // The second demo seller sells in the EU: its cheap merchant orders there carry Amazon's IOSS.
  harness = await startSyncHarness({ demo: { ordersPerSeller: 40, sellerCount: 2 } });
});

afterAll(() => harness.close());

describe('order sync and Amazon’s IOSS number (issue #5)', () => {
  it('stores the IOSS number Amazon gives on each line, and none where it gives none', async () => {
    const seller = harness.standIn.standIn.demo.sellers[1] as StandInSeller;
    const tenantId = 'tenant-eu-ioss';

    harness.db
      .insert(tenants)
      .values({ id: tenantId, companyName: tenantId, keySalt: randomBytes(32) })
      .run();
    await harness.runSync('orders', harness.connect(tenantId, seller));

    const expected = harness.standIn.standIn.store
      .listOrders(seller.sellingPartnerId)
      .flatMap((order) => order.items)
      .map((item) => `${item.orderItemId} ${item.iossNumber ?? null}`)
      .sort();
    const stored = harness.db
      .select()
      .from(orderItems)
      .where(eq(orderItems.tenantId, tenantId))
      .all()
      .map((item) => `${item.amazonOrderItemId} ${item.amazonIossNumber}`)
      .sort();

    expect(seller.region).toBe('eu');
    expect(stored).toEqual(expected);
    expect(stored.filter((item) => item.endsWith(DEMO_AMAZON_IOSS_NUMBER)).length).toBeGreaterThan(
      0,
    );
    expect(stored.filter((item) => item.endsWith(' null')).length).toBeGreaterThan(0);
  });
});
