import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncJobKey } from '../../server/amazon/sync-job-keys.ts';
import { scheduleSyncs } from '../../server/amazon/sync-schedules.ts';
import { tenants } from '../../server/db/schema.ts';
import { findLiveJob } from '../../server/jobs/job-queue.ts';
import { getSchedule } from '../../server/jobs/job-schedules.ts';
import { createJobWorker, type JobWorker } from '../../server/jobs/job-worker.ts';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import type { StartSyncResponse, SyncKindStatus, SyncStatus } from '../../shared/api/sync.ts';
import { ERRORS } from '../../shared/errors.ts';
import {
  addSignedInUser,
  requestAs,
  sendJson,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { type SyncHarness, startSyncHarness } from '../helpers/sync-harness.ts';

const ORDERS_PER_SELLER = 120;

let harness: SyncHarness;
let worker: JobWorker;
let sellers: StandInSeller[];

beforeAll(async () => {
  harness = await startSyncHarness({
    demo: { ordersPerSeller: ORDERS_PER_SELLER, sellerCount: 3 },
    orderSync: { pageSize: 10 },
    retry: { maxAttempts: 2, baseMs: 1_000, maxMs: 2_000 },
  });
  sellers = [...harness.standIn.standIn.demo.sellers];
  worker = createJobWorker({
    db: harness.db,
    handlers: Object.values(harness.handlers),
    concurrency: 3,
    pollIntervalMs: 20,
  });
  worker.start();
});

afterAll(async () => {
  await worker.stop({ graceMs: 0 });
  await harness.close();
});

/** A tenant of its own, connected to one stand-in seller, with a signed-in owner. */
async function connectedTenant(name: string, seller: StandInSeller): Promise<TestAccount> {
  harness.db
    .insert(tenants)
    .values({ id: name, companyName: name, keySalt: randomBytes(32) })
    .run();
  harness.connect(name, seller);

  return addSignedInUser(harness.app, harness.db, { tenantId: name, role: 'owner' });
}

async function statusOf(account: TestAccount, kind = 'orders'): Promise<SyncKindStatus> {
  const response = await requestAs(harness.app, account.token, '/api/sync/status');
  const status = (await response.json()) as SyncStatus;
  const entry = status.syncs.find((sync) => sync.kind === kind);

  if (!entry) {
    throw new Error(`no ${kind} status`);
  }

  return entry;
}

async function waitForStatus(
  account: TestAccount,
  isWanted: (status: SyncKindStatus) => boolean,
  kind = 'orders',
): Promise<SyncKindStatus> {
  const deadline = Date.now() + 10_000;

  for (;;) {
    const status = await statusOf(account, kind);

    if (isWanted(status)) {
      return status;
    }

    if (Date.now() > deadline) {
      throw new Error(`sync status never reached the wanted state: ${JSON.stringify(status)}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function startSync(account: TestAccount, kinds = ['orders']) {
  return sendJson(harness.app, 'POST', '/api/sync', { kinds }, { token: account.token });
}

describe('sync status', () => {
  it('shows the first run, scheduled at once by connecting, before any sync', async () => {
    const before = Date.now();
    const owner = await connectedTenant('tenant-scheduled', sellers[0] as StandInSeller);
    const status = await statusOf(owner);

    expect(status).toMatchObject({
      state: 'idle',
      progress: null,
      lastSuccessAt: null,
      lastError: null,
    });
    expect(Date.parse(status.nextRunAt ?? '')).toBeGreaterThanOrEqual(before);
    expect(Date.parse(status.nextRunAt ?? '')).toBeLessThanOrEqual(Date.now());
  });

  it('shows progress while a sync runs, joins a second request, then shows the result', async () => {
    const owner = await connectedTenant('tenant-progress', sellers[0] as StandInSeller);
    const slow = harness.standIn.standIn.faults.add({
      kind: 'latency',
      operation: 'searchOrders',
      latencyMs: 100,
    });
    const first = (await (await startSync(owner)).json()) as StartSyncResponse;
    const second = (await (await startSync(owner)).json()) as StartSyncResponse;

    expect(first.syncs).toEqual([{ kind: 'orders', region: 'na', isJoined: false }]);
    expect(second.syncs).toEqual([{ kind: 'orders', region: 'na', isJoined: true }]);

    const running = await waitForStatus(
      owner,
      (status) => (status.progress?.pagesFetched ?? 0) >= 2,
    );

    expect(running.state).toBe('running');
    expect(running.progress?.fraction).toBeGreaterThan(0);
    expect(running.progress?.fraction).toBeLessThan(1);

    harness.standIn.standIn.faults.remove(slow);

    const done = await waitForStatus(owner, (status) => status.lastSuccessAt !== null);

    expect(done).toMatchObject({ state: 'idle', progress: null, lastError: null });
    expect(done.lastCounts).toMatchObject({ recordsUpserted: ORDERS_PER_SELLER });
  });

  it('says in plain words why the last sync failed, and when it tries again', async () => {
    const owner = await connectedTenant('tenant-failing', sellers[1] as StandInSeller);
    const failing = harness.standIn.standIn.faults.add({
      kind: 'error',
      operation: 'searchOrders',
      status: 503,
    });

    await startSync(owner);

    const failed = await waitForStatus(owner, (status) => status.state === 'failed');

    harness.standIn.standIn.faults.remove(failing);
    expect(failed.lastError).toMatchObject({
      code: 'AMAZON_UNAVAILABLE',
      message: ERRORS.AMAZON_UNAVAILABLE.message,
    });
    expect(Date.parse(failed.nextRunAt ?? '')).toBeGreaterThan(
      Date.parse(failed.lastError?.at ?? ''),
    );

    // "Sync now" does not wait out the retry's backoff: it runs the retry at once.
    const again = (await (await startSync(owner)).json()) as StartSyncResponse;
    const retryJob = findLiveJob(harness.db, syncJobKey('orders', 'tenant-failing', 'na'));

    expect(again.syncs[0]?.isJoined).toBe(true);
    expect(retryJob === undefined || retryJob.runAt.getTime() <= Date.now()).toBe(true);
    expect(await waitForStatus(owner, (status) => status.lastSuccessAt !== null)).toMatchObject({
      state: 'idle',
      lastError: null,
    });
  });

  it('stops syncing and says so when Amazon refuses the authorisation', async () => {
    const seller = sellers[2] as StandInSeller;
    const owner = await connectedTenant('tenant-revoked', seller);

    scheduleSyncs(harness.db, 'tenant-revoked', seller.region);
    harness.standIn.standIn.revokeRefreshToken(seller.refreshToken);
    await startSync(owner);

    const refused = await waitForStatus(owner, (status) => status.lastError !== null);

    expect(refused).toMatchObject({
      state: 'needs_reauthorization',
      nextRunAt: null,
      lastError: {
        code: 'AMAZON_NEEDS_REAUTHORIZATION',
        message: ERRORS.AMAZON_NEEDS_REAUTHORIZATION.message,
      },
    });
    expect((await statusOf(owner, 'inventory')).state).toBe('needs_reauthorization');
    expect(harness.readConnection('tenant-revoked', seller.region).status).toBe(
      'needs_reauthorization',
    );
    expect(
      getSchedule(harness.db, syncJobKey('orders', 'tenant-revoked', seller.region)),
    ).toBeUndefined();
    expect(await statusAndCodeOf(await startSync(owner))).toBe('409 AMAZON_NEEDS_REAUTHORIZATION');
  });
});

describe('POST /api/sync', () => {
  it('needs an Amazon connection first', async () => {
    harness.db
      .insert(tenants)
      .values({ id: 'tenant-new', companyName: 'New', keySalt: randomBytes(32) })
      .run();

    const owner = await addSignedInUser(harness.app, harness.db, {
      tenantId: 'tenant-new',
      role: 'owner',
    });

    expect(await statusAndCodeOf(await startSync(owner))).toBe('409 AMAZON_NOT_CONNECTED');

    // Other tenants' connections and syncs, running or failed, are none of its business.
    const status = await requestAs(harness.app, owner.token, '/api/sync/status');

    expect(await status.json()).toEqual({ isAmazonConnected: false, syncs: [] });
  });

  it('accepts only known kinds', async () => {
    const owner = await addSignedInUser(harness.app, harness.db, { tenantId: 'tenant-new' });

    expect(await statusAndCodeOf(await startSync(owner, ['prices']))).toBe('400 VALIDATION_FAILED');
  });
});
