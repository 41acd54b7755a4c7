import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { and, count, eq, inArray } from 'drizzle-orm';
import { saveAmazonConnection } from '../server/amazon/connections.ts';
import { syncJobKey, syncJobKind } from '../server/amazon/sync-job-keys.ts';
import { createSyncJobHandlers } from '../server/amazon/sync-jobs.ts';
import { createSyncServices } from '../server/amazon/sync-services.ts';
import {
  generateMasterKeyEntry,
  type MasterKeyRing,
  parseMasterKeyRing,
} from '../server/crypto/master-key-ring.ts';
import type { Db } from '../server/db/connection.ts';
import { applyMigrations } from '../server/db/migrate.ts';
import { jobs, orders, tenants } from '../server/db/schema.ts';
import { enqueueJob } from '../server/jobs/job-queue.ts';
import { createJobWorker } from '../server/jobs/job-worker.ts';
import { createRemoteAgents, type RemoteAgents } from '../server/net/remote-hosts.ts';
import {
  createCertificateAuthority,
  generateCertificateAuthority,
} from '../server/sandbox/certificate-authority.ts';
import { type SpApiStandIn, startSpApiStandIn } from '../server/sandbox/spapi/spapi-stand-in.ts';
import { withBenchDatabase } from './bench-measure.ts';

const APP = {
  appId: 'amzn1.sp.solution.kayistra-bench',
  lwaClientId: 'amzn1.application-oa2-client.kayistra-bench',
  lwaClientSecret: 'bench-secret',
};
// searchOrders' documented usage plan and Amazon's largest page.
export const SEARCH_ORDERS = { rate: 0.0056, burst: 20, pageSize: 100 };

export interface ThroughputSettings {
  tenants: number;
  ordersPerTenant: number;
  /** The stand-in's and our limiter's time scale: Amazon seconds per real second. */
  timeScale: number;
}

export interface ThroughputResult {
  elapsedMs: number;
  /** The least time searchOrders' plan allows: the pages past the burst, one per refill. */
  minimumMs: number;
  calls: number;
  throttled: number;
  ordersStored: number;
}

/** The usage plan's floor for one seller's pages; sellers have separate buckets. */
export function minimumSyncMs(ordersPerTenant: number, timeScale: number): number {
  const pages = Math.ceil(ordersPerTenant / SEARCH_ORDERS.pageSize);
  const pagesPastBurst = Math.max(0, pages - SEARCH_ORDERS.burst);

  return ((pagesPastBurst / SEARCH_ORDERS.rate) * 1_000) / timeScale;
}

/**
 * Every tenant's first order sync at once, through the real job worker, against the stand-in
 * enforcing Amazon's usage plans; each tenant is its own seller, with its own buckets.
 */
export function measureSyncThroughput(settings: ThroughputSettings): Promise<ThroughputResult> {
  return withBenchDatabase(async ({ db }) => {
    const ca = createCertificateAuthority(generateCertificateAuthority());
    const standIn = await startSpApiStandIn({
      ca,
      appId: APP.appId,
      lwa: { clientId: APP.lwaClientId, clientSecret: APP.lwaClientSecret },
      redirectUri: 'https://kayistra.bench/api/amazon/callback',
      timeScale: settings.timeScale,
      demo: { ordersPerSeller: settings.ordersPerTenant, sellerCount: settings.tenants },
    });
    const agents = createRemoteAgents({ spapi: standIn.origin, lwa: standIn.origin }, ca.cert);

    try {
      applyMigrations(db);

      return await syncEveryTenant(db, standIn, agents, settings);
    } finally {
      agents.amazon.destroy();
      agents.shipentegra.destroy();
      await standIn.close();
    }
  });
}

async function syncEveryTenant(
  db: Db,
  standIn: SpApiStandIn,
  agents: RemoteAgents,
  settings: ThroughputSettings,
): Promise<ThroughputResult> {
  const masterKeys = parseMasterKeyRing(generateMasterKeyEntry('bench'));
  const connections = connectSellers(db, masterKeys, standIn);
  const services = createSyncServices({
    db,
    masterKeys,
    amazonApp: APP,
    agent: agents.amazon,
    timeScale: settings.timeScale,
  });
  const worker = createJobWorker({
    db,
    handlers: createSyncJobHandlers(services),
    concurrency: settings.tenants,
    pollIntervalMs: 10,
  });

  worker.start();

  const startedAt = performance.now();
  const jobIds = connections.map(
    ({ tenantId, region }) =>
      enqueueJob(db, {
        kind: syncJobKind('orders'),
        payload: { tenantId, region },
        tenantId,
        dedupeKey: syncJobKey('orders', tenantId, region),
      }).id,
  );

  await waitUntilFinished(db, jobIds);

  const elapsedMs = performance.now() - startedAt;

  await worker.stop();

  return {
    elapsedMs,
    minimumMs: minimumSyncMs(settings.ordersPerTenant, settings.timeScale),
    calls: standIn.requests.count({ operation: 'searchOrders' }),
    throttled: standIn.requests.count({ operation: 'searchOrders', status: 429 }),
    ordersStored: db.select({ stored: count() }).from(orders).get()?.stored ?? 0,
  };
}

/** One tenant per stand-in seller, each connected to its seller. */
function connectSellers(db: Db, masterKeys: MasterKeyRing, standIn: SpApiStandIn) {
  return standIn.demo.sellers.map((seller, index) => {
    const tenantId = `bench-tenant-${index}`;

    db.insert(tenants)
      .values({ id: tenantId, companyName: tenantId, keySalt: randomBytes(32) })
      .run();
    saveAmazonConnection(
      db,
      masterKeys,
      {
        tenantId,
        region: seller.region,
        sellingPartnerId: seller.sellingPartnerId,
        marketplaceIds: seller.marketplaceIds,
        refreshToken: seller.refreshToken,
        now: new Date(),
      },
      { userId: null },
    );

    return { tenantId, region: seller.region };
  });
}

async function waitUntilFinished(db: Db, jobIds: string[]): Promise<void> {
  for (;;) {
    const open = db
      .select({ open: count() })
      .from(jobs)
      .where(and(inArray(jobs.id, jobIds), inArray(jobs.status, ['queued', 'running'])))
      .get();
    const failed = db
      .select({ id: jobs.id, lastError: jobs.lastError })
      .from(jobs)
      .where(and(inArray(jobs.id, jobIds), eq(jobs.status, 'failed')))
      .all();

    if (failed.length > 0) {
      throw new Error(`sync jobs failed: ${failed.map((job) => job.lastError).join('; ')}`);
    }

    if (open?.open === 0) {
      return;
    }

    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
