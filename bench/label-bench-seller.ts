import { randomUUID } from 'node:crypto';
import { saveAmazonConnection } from '../server/amazon/connections.ts';
import { loadTenantSealer } from '../server/crypto/load-tenant-sealer.ts';
import type { MasterKeyRing } from '../server/crypto/master-key-ring.ts';
import type { Db } from '../server/db/connection.ts';
import { orderItems, orders, shipentegraAccounts } from '../server/db/schema.ts';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import type { StandInOrder, StandInSeller } from '../server/sandbox/spapi/store/world.ts';
import { saveShippingSettings } from '../server/shipping/shipping-settings.ts';
import { saveSkuProfile } from '../server/shipping/sku-profiles.ts';
import { ShippingSettingsInputSchema } from '../shared/api/shipping.ts';

interface SellerSetup {
  db: Db;
  masterKeys: MasterKeyRing;
  tenantId: string;
  seller: StandInSeller;
  standInOrders: readonly StandInOrder[];
}

const SENDER = {
  name: 'Bench Atölye',
  address1: 'Bağdat Caddesi 210',
  city: 'İstanbul',
  state: 'Kadıköy',
  postalCode: '34728',
  phone: '+90 532 765 43 21',
  email: 'bench-sender@example.test',
};

const SKU_PROFILE = {
  weightGrams: 250,
  lengthCm: 18,
  widthCm: 12,
  heightCm: 5,
  hsCode: '711319',
  declaredValue: '30.00',
  declaredCurrency: 'USD',
  customsDescription: 'Silver necklace',
};

/**
 * Everything a label purchase reads, written straight to the database: the bench measures
 * buying labels, so it skips the order sync and the settings screens that would put it there.
 */
export function prepareBenchSeller(setup: SellerSetup) {
  const { db, masterKeys, tenantId, seller, standInOrders } = setup;
  const now = new Date();

  saveAmazonConnection(db, masterKeys, { tenantId, ...seller, now }, { userId: null });
  saveShippingSettings(db, tenantId, ShippingSettingsInputSchema.parse({ sender: SENDER }), now);
  saveBenchShipentegraAccount(db, masterKeys, tenantId, now);

  // A SKU profile can only be saved for a SKU the seller's orders already name.
  for (const order of standInOrders) {
    storeSyncedOrder(db, tenantId, seller, order);
  }

  const skus = new Set(standInOrders.flatMap((order) => order.items.map((item) => item.sellerSku)));

  for (const sku of skus) {
    saveSkuProfile(db, tenantId, sku, SKU_PROFILE, now);
  }
}

function saveBenchShipentegraAccount(
  db: Db,
  masterKeys: MasterKeyRing,
  tenantId: string,
  now: Date,
) {
  const sealer = loadTenantSealer(db, masterKeys, tenantId);
  const cell = {
    purpose: 'credentials' as const,
    table: 'shipentegra_accounts',
    column: 'client_secret_sealed',
    rowId: tenantId,
  };
  const clientSecretSealed = sealer.seal(cell, SHIPENTEGRA_DEMO_ACCOUNT.clientSecret);

  db.insert(shipentegraAccounts)
    .values({
      tenantId,
      clientId: SHIPENTEGRA_DEMO_ACCOUNT.clientId,
      clientSecretSealed,
      verifiedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .run();
}

// The rows the order sync would have stored for this stand-in order.
function storeSyncedOrder(db: Db, tenantId: string, seller: StandInSeller, order: StandInOrder) {
  const id = randomUUID();

  db.insert(orders)
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

  const items = order.items.map((item) => ({
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
  }));

  db.insert(orderItems).values(items).run();
}
