import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAmazonConnection } from '../../server/amazon/connections.ts';
import { syncJobKey } from '../../server/amazon/sync-job-keys.ts';
import { reconcileSyncSchedules } from '../../server/amazon/sync-schedules.ts';
import { type AmazonSync, startAmazonSync } from '../../server/amazon/sync-worker.ts';
import { listings, orders } from '../../server/db/schema.ts';
import { silentJobLogger } from '../../server/jobs/job-logger.ts';
import { startJobScheduler } from '../../server/jobs/job-scheduler.ts';
import { getSchedule } from '../../server/jobs/job-schedules.ts';
import { waitFor } from '../helpers/jobs-wait.ts';
import { type SyncHarness, startSyncHarness } from '../helpers/sync-harness.ts';
import { TENANT_A } from '../helpers/test-app.ts';

let harness: SyncHarness;
let sync: AmazonSync;

beforeAll(async () => {
  harness = await startSyncHarness({ demo: { ordersPerSeller: 30, sellerCount: 1 } });
});

afterAll(async () => {
  await sync?.stop({ graceMs: 0 });
  await harness.close();
});

function countOf(table: typeof orders | typeof listings): number {
  return (
    harness.db.select({ rows: count() }).from(table).where(eq(table.tenantId, TENANT_A)).get()
      ?.rows ?? 0
  );
}

describe('startAmazonSync', () => {
  it('schedules every connected tenant and syncs orders and inventory with the server’s scheduler', async () => {
    const seller = harness.standIn.seller;

    harness.connect(TENANT_A, seller);
    sync = startAmazonSync({
      db: harness.db,
      masterKeys: harness.masterKeys,
      amazonApp: harness.amazonApp,
      agent: harness.agent,
      timeScale: 20_000,
      logger: silentJobLogger,
    });

    const scheduler = startJobScheduler({ db: harness.db, tickMs: 20 });

    try {
      await waitFor(
        'orders and listings synced',
        () => countOf(orders) === 30 && countOf(listings) > 0,
      );
    } finally {
      scheduler.stop();
    }

    expect(getSchedule(harness.db, syncJobKey('orders', TENANT_A, seller.region))).toBeDefined();
    expect(getSchedule(harness.db, syncJobKey('inventory', TENANT_A, seller.region))).toBeDefined();
  });

  it('drops the schedules with the connection, leaving reconciliation nothing to do', () => {
    const region = harness.standIn.seller.region;

    deleteAmazonConnection(
      harness.db,
      { tenantId: TENANT_A, region, now: new Date() },
      { userId: null },
    );

    expect(getSchedule(harness.db, syncJobKey('orders', TENANT_A, region))).toBeUndefined();
    expect(reconcileSyncSchedules(harness.db)).toEqual({ scheduled: 0, removed: 0 });
    expect(getSchedule(harness.db, syncJobKey('orders', TENANT_A, region))).toBeUndefined();
  });
});
