import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenants } from '../../server/db/schema.ts';
import type { FaultRule } from '../../server/sandbox/spapi/faults.ts';
import { createSeededRandom, type SeededRandom } from '../../server/sandbox/spapi/seeded-random.ts';
import { standInOrders, storedOrders } from '../helpers/sync-expectations.ts';
import { type SyncHarness, startSyncHarness } from '../helpers/sync-harness.ts';

// Issue 4, "Done when": random 429 storms, 500s, timeouts, dropped connections and process
// stops mid-run, and still every order stored exactly once with Amazon's latest state.
const SCHEDULES = 10;
const MAX_ATTEMPTS_PER_SCHEDULE = 60;

let harness: SyncHarness;

beforeAll(async () => {
  harness = await startSyncHarness({
    seed: 7,
    demo: { ordersPerSeller: 70, sellerCount: 1 },
    orderSync: { pageSize: 10 },
    // Few attempts per call, so failed runs (and their resumption) happen often.
    retry: { maxAttempts: 3, baseMs: 1_000, maxMs: 20_000 },
    timeoutMs: 250,
  });
});

afterAll(() => harness.close());

/** Faults for searchOrders only: the LWA token call stays reliable, as it mostly is. */
function drawFaults(random: SeededRandom): FaultRule[] {
  const operation = 'searchOrders';
  const rules: FaultRule[] = [
    { kind: 'throttle', operation, probability: random.next() * 0.6 },
    { kind: 'error', operation, probability: random.next() * 0.3, status: random.pick([500, 503]) },
    { kind: 'drop', operation, probability: random.next() * 0.15 },
    { kind: 'drop-after-processing', operation, probability: random.next() * 0.15 },
  ];

  if (random.isHit(0.5)) {
    rules.push({ kind: 'timeout', operation, times: random.integer(1, 2) });
  }

  return rules;
}

/** Amazon's side keeps moving between attempts: statuses change, new orders arrive. */
function changeSomeOrders(random: SeededRandom, sellerId: string): void {
  const store = harness.standIn.standIn.store;
  const orders = store.listOrders(sellerId);

  for (let change = random.integer(0, 3); change > 0; change -= 1) {
    if (random.isHit(0.3)) {
      store.addOrder(sellerId);
    } else {
      const order = random.pick(orders);

      store.updateOrder(order.orderId, {
        fulfillmentStatus: random.pick(['SHIPPED', 'CANCELLED']),
      });
    }
  }
}

/** Runs the job until an attempt succeeds, stopping some attempts from outside mid-run. */
async function syncThroughFaults(random: SeededRandom, tenantId: string): Promise<number> {
  const seller = harness.standIn.seller;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS_PER_SCHEDULE; attempt += 1) {
    const process = new AbortController();
    const stopAfterMs = random.isHit(0.4) ? random.integer(0, 40) : undefined;
    const stop =
      stopAfterMs === undefined
        ? undefined
        : setTimeout(() => process.abort(new Error('process stopped')), stopAfterMs);
    const outcome = await harness
      .runSync('orders', { tenantId, region: seller.region }, process.signal)
      .then(
        () => 'succeeded',
        () => 'failed',
      );

    clearTimeout(stop);

    if (outcome === 'succeeded' && !process.signal.aborted) {
      return attempt;
    }

    changeSomeOrders(random, seller.sellingPartnerId);
  }

  throw new Error(`no attempt succeeded in ${MAX_ATTEMPTS_PER_SCHEDULE}`);
}

describe('order sync under random faults', () => {
  it(`stores exactly the stand-in's orders after ${SCHEDULES} random fault schedules`, async () => {
    const seller = harness.standIn.seller;
    const faults = harness.standIn.standIn.faults;
    let attempts = 0;

    for (let schedule = 1; schedule <= SCHEDULES; schedule += 1) {
      const random = createSeededRandom(schedule, 'fault-schedule');
      const tenantId = `tenant-faults-${schedule}`;

      harness.db
        .insert(tenants)
        .values({ id: tenantId, companyName: tenantId, keySalt: randomBytes(32) })
        .run();
      harness.connect(tenantId, seller);

      for (const rule of drawFaults(random)) {
        faults.add(rule);
      }

      attempts += await syncThroughFaults(random, tenantId);
      faults.clear();
      // The next scheduled run: what changed after the last pass's bound arrives now.
      await harness.runSync('orders', { tenantId, region: seller.region });

      expect(storedOrders(harness.db, tenantId)).toEqual(
        standInOrders(harness.standIn.standIn, seller.sellingPartnerId),
      );
    }

    // The schedules did bite: many attempts failed or were stopped before one succeeded.
    expect(attempts).toBeGreaterThan(SCHEDULES * 2);
    expect(harness.standIn.standIn.requests.count({ status: 429 })).toBeGreaterThan(0);
  });
});
