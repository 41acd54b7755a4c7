import { eq } from 'drizzle-orm';
import type { SpApiRequest } from '../../server/amazon/selling-partner-client.ts';
import { createSyncServices } from '../../server/amazon/sync-services.ts';
import { shipments } from '../../server/db/schema.ts';
import { createRemoteAgents } from '../../server/net/remote-hosts.ts';
import {
  createCertificateAuthority,
  generateCertificateAuthority,
} from '../../server/sandbox/certificate-authority.ts';
import { startShipentegraStandIn } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { startSpApiStandIn } from '../../server/sandbox/spapi/spapi-stand-in.ts';
import type { StandInOrder, StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import { createCarrierListCache } from '../../server/shipentegra/carriers.ts';
import { createShipentegraTokenCache } from '../../server/shipentegra/shipentegra-auth.ts';
import type { LabelDeps, LabelServices } from '../../server/shipping/label-services.ts';
import { requestAs, signUp } from './accounts.ts';
import { CONNECTED_AMAZON_APP } from './connected-app.ts';
import { prepareLabelSeller } from './label-seller.ts';
import { TEST_APP } from './spapi-stand-in-harness.ts';
import { createTestApp } from './test-app.ts';

const TIME_SCALE = 1000;

/**
 * The real app and both stand-ins over TLS, with a seller whose orders, Amazon connection,
 * Shipentegra account, sender address and SKU profiles are in place: ready to buy labels.
 * `deps` drives the label services directly, with short retries and timeouts.
 */
export async function startLabelWorld() {
  const ca = createCertificateAuthority(generateCertificateAuthority());
  let now = new Date();
  // Amazon's dates follow the label services' clock, so a ship date after a moved clock is
  // still "now" to Amazon.
  const spapi = await startSpApiStandIn({
    ...TEST_APP,
    ca,
    now: () => now,
    timeScale: TIME_SCALE,
    demo: { ordersPerSeller: 80 },
  });
  const shipentegra = await startShipentegraStandIn({ ca, seed: 42, exceptionShare: 0 });
  const remotes = createRemoteAgents(
    { spapi: spapi.origin, lwa: spapi.origin, shipentegra: shipentegra.origin },
    ca.cert,
  );
  const testApp = createTestApp({ remotes, amazonApp: CONNECTED_AMAZON_APP });
  const seller = spapi.demo.sellers[0] as StandInSeller;
  const account = await signUp(testApp.app, { companyName: 'Label World Crafts' });
  const wiredAmazon = createSyncServices({
    db: testApp.db,
    masterKeys: testApp.masterKeys,
    amazonApp: CONNECTED_AMAZON_APP,
    agent: remotes.amazon,
    timeScale: TIME_SCALE,
    timeoutMs: 3_000,
    retry: { maxAttempts: 2, baseMs: 10, maxMs: 20 },
  });
  /** Every SP-API request the label services make, as the client got it. */
  const amazonRequests: SpApiRequest[] = [];
  const services: LabelServices = {
    amazon: {
      ...wiredAmazon,
      clients: {
        ...wiredAmazon.clients,
        clientFor(connection) {
          const client = wiredAmazon.clients.clientFor(connection);

          return {
            region: client.region,
            call: (request) => {
              amazonRequests.push(request);

              return client.call(request);
            },
          };
        },
      },
    },
    shipentegraTokens: createShipentegraTokenCache(),
    carriers: createCarrierListCache(),
    shipentegraTimeoutMs: 3_000,
  };
  const deps: LabelDeps = {
    db: testApp.db,
    masterKeys: testApp.masterKeys,
    remotes,
    services,
    now: () => now,
  };

  prepareLabelSeller({
    ...testApp,
    tenantId: account.tenantId,
    seller,
    standInOrders: spapi.store.listOrders(seller.sellingPartnerId),
  });

  const used = new Set<string>();

  return {
    ...testApp,
    spapi,
    shipentegra,
    seller,
    account,
    deps,
    services,
    amazonRequests,
    /** Buys a label through the route, as the seller's extension does. */
    postLabel(
      amazonOrderId: string,
      idempotencyKey: string | null,
      body: unknown = { serviceName: 'shipentegra-express' },
    ) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };

      if (idempotencyKey) {
        headers['Idempotency-Key'] = idempotencyKey;
      }

      return requestAs(testApp.app, account.token, `/api/orders/${amazonOrderId}/label`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
    },
    /** Undoes what a test set up to go wrong: stand-in faults and the stop after a step. */
    clearFaults() {
      spapi.faults.clear();
      shipentegra.faults.clear();
      services.afterStepPersisted = undefined;
    },
    /** Moves the label services' clock (not the stand-ins'). */
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    /** An unshipped merchant order to the US with a state, not used by another test. */
    takeOrder(): StandInOrder {
      const order = spapi.store.listOrders(seller.sellingPartnerId).find((entry) => {
        const isOpen = entry.fulfilledBy === 'MERCHANT' && entry.fulfillmentStatus === 'UNSHIPPED';
        const address = entry.deliveryAddress;

        return (
          isOpen &&
          address.countryCode === 'US' &&
          address.stateOrRegion &&
          !used.has(entry.orderId)
        );
      });

      if (!order) {
        throw new Error('no unshipped US merchant order left in the demo world');
      }

      used.add(order.orderId);

      return order;
    },
    shipmentsOf(amazonOrderId: string) {
      return testApp.db
        .select()
        .from(shipments)
        .where(eq(shipments.amazonOrderId, amazonOrderId))
        .all();
    },
    /** Labels Shipentegra's stand-in sold for an Amazon order, across attempt numbers. */
    labelsSoldFor(amazonOrderId: string) {
      return shipentegra.store
        .orders()
        .filter((order) => order.number.startsWith(`${amazonOrderId}-`) && order.label).length;
    },
    async close() {
      remotes.amazon.destroy();
      remotes.shipentegra.destroy();
      await Promise.all([spapi.close(), shipentegra.close()]);
      testApp.close();
    },
  };
}

export type LabelWorld = Awaited<ReturnType<typeof startLabelWorld>>;
