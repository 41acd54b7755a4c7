import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { saveAmazonConnection } from '../../server/amazon/connections.ts';
import type { SpApiRequest } from '../../server/amazon/selling-partner-client.ts';
import { createSyncServices } from '../../server/amazon/sync-services.ts';
import { loadTenantSealer } from '../../server/crypto/load-tenant-sealer.ts';
import { orderItems, orders, shipentegraAccounts, shipments } from '../../server/db/schema.ts';
import { createRemoteAgents } from '../../server/net/remote-hosts.ts';
import {
  createCertificateAuthority,
  generateCertificateAuthority,
} from '../../server/sandbox/certificate-authority.ts';
import {
  SHIPENTEGRA_DEMO_ACCOUNT,
  startShipentegraStandIn,
} from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { startSpApiStandIn } from '../../server/sandbox/spapi/spapi-stand-in.ts';
import type { StandInOrder, StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import { createCarrierListCache } from '../../server/shipentegra/carriers.ts';
import { createShipentegraTokenCache } from '../../server/shipentegra/shipentegra-auth.ts';
import type { LabelDeps, LabelServices } from '../../server/shipping/label-services.ts';
import { saveShippingSettings } from '../../server/shipping/shipping-settings.ts';
import { saveSkuProfile } from '../../server/shipping/sku-profiles.ts';
import { ShippingSettingsInputSchema } from '../../shared/api/shipping.ts';
import { signUp, type TestAccount } from './accounts.ts';
import { CONNECTED_AMAZON_APP } from './connected-app.ts';
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

  await prepareSeller(testApp, account, seller, spapi.store.listOrders(seller.sellingPartnerId));

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

async function prepareSeller(
  testApp: ReturnType<typeof createTestApp>,
  account: TestAccount,
  seller: StandInSeller,
  standInOrders: readonly StandInOrder[],
) {
  const { db, masterKeys } = testApp;
  const now = new Date();

  saveAmazonConnection(
    db,
    masterKeys,
    { tenantId: account.tenantId, ...seller, now },
    { userId: null },
  );
  copyOrders(testApp, account.tenantId, seller, standInOrders);
  saveShipentegraAccount(testApp, account.tenantId);
  saveShippingSettings(
    db,
    account.tenantId,
    ShippingSettingsInputSchema.parse({
      sender: {
        name: 'Ayşe Yılmaz',
        address1: 'Moda Caddesi 12',
        city: 'İstanbul',
        state: 'Kadıköy',
        postalCode: '34710',
        phone: '+90 532 123 45 67',
        email: 'sender@example.test',
      },
      iossNumber: 'IM0123456789',
    }),
    now,
  );

  const skus = new Set(standInOrders.flatMap((order) => order.items.map((item) => item.sellerSku)));

  for (const sku of skus) {
    saveSkuProfile(
      db,
      account.tenantId,
      sku,
      {
        weightGrams: 300,
        lengthCm: 20,
        widthCm: 15,
        heightCm: 4,
        hsCode: '711319',
        declaredValue: '24.50',
        declaredCurrency: 'USD',
        customsDescription: 'Silver jewellery',
      },
      now,
    );
  }
}

// What the order sync would store, copied straight from the stand-in so tests need no sync.
function copyOrders(
  testApp: ReturnType<typeof createTestApp>,
  tenantId: string,
  seller: StandInSeller,
  standInOrders: readonly StandInOrder[],
) {
  for (const order of standInOrders) {
    const id = randomUUID();

    testApp.db
      .insert(orders)
      .values({
        id,
        tenantId,
        region: seller.region,
        amazonOrderId: order.orderId,
        marketplaceId: order.marketplaceId,
        fulfillmentStatus: order.fulfillmentStatus,
        fulfilledBy: order.fulfilledBy,
        serviceLevel: order.serviceLevel,
        isPrime: false,
        purchasedAt: new Date(order.createdTime),
        amazonUpdatedAt: new Date(order.lastUpdatedTime),
        totalAmount: null,
        currencyCode: order.currencyCode,
        updatedAt: new Date(),
      })
      .run();

    for (const item of order.items) {
      testApp.db
        .insert(orderItems)
        .values({
          orderId: id,
          tenantId,
          amazonOrderItemId: item.orderItemId,
          asin: item.asin,
          sellerSku: item.sellerSku,
          title: item.title,
          quantityOrdered: item.quantityOrdered,
          quantityShipped: item.quantityShipped,
          unitPriceAmount: item.unitPrice.toFixed(2),
          currencyCode: order.currencyCode,
        })
        .run();
    }
  }
}

function saveShipentegraAccount(testApp: ReturnType<typeof createTestApp>, tenantId: string) {
  const sealer = loadTenantSealer(testApp.db, testApp.masterKeys, tenantId);
  const cell = {
    purpose: 'credentials' as const,
    table: 'shipentegra_accounts',
    column: 'client_secret_sealed',
    rowId: tenantId,
  };
  const now = new Date();

  testApp.db
    .insert(shipentegraAccounts)
    .values({
      tenantId,
      clientId: SHIPENTEGRA_DEMO_ACCOUNT.clientId,
      clientSecretSealed: sealer.seal(cell, SHIPENTEGRA_DEMO_ACCOUNT.clientSecret),
      verifiedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .run();
}
