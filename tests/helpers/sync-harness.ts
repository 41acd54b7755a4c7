import { and, eq } from 'drizzle-orm';
import { saveAmazonConnection } from '../../server/amazon/connections.ts';
import type { OrderSyncOptions } from '../../server/amazon/order-sync.ts';
import type { SpApiRequest, SpApiResponse } from '../../server/amazon/selling-partner-client.ts';
import type { RetryPolicy } from '../../server/amazon/spapi-caller.ts';
import type { AmazonConnection } from '../../server/amazon/spapi-client-cache.ts';
import { findSyncableConnection } from '../../server/amazon/sync-connections.ts';
import type { SyncServices } from '../../server/amazon/sync-context.ts';
import { createSyncJobHandlers, type SyncJobPayload } from '../../server/amazon/sync-jobs.ts';
import { createSyncServices } from '../../server/amazon/sync-services.ts';
import { amazonConnections, type SyncKind } from '../../server/db/schema.ts';
import type { JobHandler } from '../../server/jobs/job-handlers.ts';
import { silentJobLogger } from '../../server/jobs/job-logger.ts';
import { enqueueJob } from '../../server/jobs/job-queue.ts';
import { createRemoteAgents } from '../../server/net/remote-hosts.ts';
import type { SpApiStandInOptions } from '../../server/sandbox/spapi/spapi-stand-in.ts';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import { type StandInHarness, startStandInHarness, TEST_APP } from './spapi-stand-in-harness.ts';
import { createTestApp } from './test-app.ts';

export interface SyncHarnessOptions {
  timeScale?: number;
  seed?: number;
  demo?: SpApiStandInOptions['demo'];
  /** Per exchange; short, so the stand-in's held requests fail fast. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  orderSync?: OrderSyncOptions;
}

/**
 * The real app (two tenants) and the SP-API stand-in, with the sync services wired the way
 * the server wires them: our remote agents, sealed refresh tokens, one limiter.
 */
export async function startSyncHarness(options: SyncHarnessOptions = {}) {
  const timeScale = options.timeScale ?? 20_000;
  const standIn: StandInHarness = await startStandInHarness({
    timeScale,
    seed: options.seed ?? 1,
    demo: options.demo ?? { ordersPerSeller: 60 },
  });
  const testApp = createTestApp();
  const agents = createRemoteAgents(
    { spapi: standIn.standIn.origin, lwa: standIn.standIn.origin },
    standIn.ca.cert,
  );
  const wiredAmazonApp = {
    appId: TEST_APP.appId,
    lwaClientId: TEST_APP.lwa.clientId,
    lwaClientSecret: TEST_APP.lwa.clientSecret,
  };
  const wiredServices: SyncServices = createSyncServices({
    db: testApp.db,
    masterKeys: testApp.masterKeys,
    amazonApp: wiredAmazonApp,
    agent: agents.amazon,
    timeScale,
    timeoutMs: options.timeoutMs ?? 400,
    retry: options.retry,
  });
  const sent: SpApiRequest[] = [];
  /** Canned answers by operation, for what the stand-in cannot be made to say. */
  const cannedAnswers = new Map<string, SpApiResponse>();
  // Every request our code makes, as the client got it: the stand-in's log has no queries.
  const services: SyncServices = {
    ...wiredServices,
    clients: {
      clientFor(connection) {
        const client = wiredServices.clients.clientFor(connection);

        return {
          region: client.region,
          call: async (request) => {
            sent.push(request);

            return cannedAnswers.get(request.operation) ?? client.call(request);
          },
        };
      },
      forget: wiredServices.clients.forget,
      dropExpired: wiredServices.clients.dropExpired,
    },
  };
  const [orders, inventory] = createSyncJobHandlers({ ...services, orderSync: options.orderSync });
  const handlers = { orders, inventory } as Record<SyncKind, JobHandler<SyncJobPayload>>;

  const connect = (tenantId: string, seller: StandInSeller): AmazonConnection => {
    saveAmazonConnection(
      testApp.db,
      testApp.masterKeys,
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

    return readConnection(tenantId, seller.region);
  };

  const readConnection = (tenantId: string, region: StandInSeller['region']) => {
    const connection = testApp.db
      .select()
      .from(amazonConnections)
      .where(and(eq(amazonConnections.tenantId, tenantId), eq(amazonConnections.region, region)))
      .get();

    if (!connection) {
      throw new Error(`no connection for ${tenantId} ${region}`);
    }

    return connection;
  };

  /** One attempt of the sync job, as the worker would run it (throws what the job throws). */
  const runSync = (
    kind: SyncKind,
    connection: Pick<AmazonConnection, 'tenantId' | 'region'>,
    signal = new AbortController().signal,
  ) => {
    const payload = { tenantId: connection.tenantId, region: connection.region };
    const job = enqueueJob(testApp.db, {
      kind: `sync-${kind}`,
      payload,
      tenantId: payload.tenantId,
    });

    return handlers[kind].run({
      job,
      payload,
      signal,
      logger: silentJobLogger,
      now: () => new Date(),
      isLeaseHeld: () => true,
    });
  };

  return {
    ...testApp,
    standIn,
    services,
    sent,
    cannedAnswers,
    agent: agents.amazon,
    amazonApp: wiredAmazonApp,
    handlers,
    connect,
    readConnection,
    isSyncable: (tenantId: string, region: StandInSeller['region']) =>
      findSyncableConnection(testApp.db, tenantId, region) !== undefined,
    runSync,
    async close() {
      agents.amazon.destroy();
      agents.shipentegra.destroy();
      await standIn.close();
      testApp.close();
    },
  };
}

export type SyncHarness = Awaited<ReturnType<typeof startSyncHarness>>;
