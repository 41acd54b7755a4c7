import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { saveAmazonConnection } from '../../server/amazon/connections.ts';
import { loadTenantSealer } from '../../server/crypto/load-tenant-sealer.ts';
import type { MasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import type { Db } from '../../server/db/connection.ts';
import { orderItems, orders, shipentegraAccounts } from '../../server/db/schema.ts';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import type { StandInOrder, StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import { saveShippingSettings } from '../../server/shipping/shipping-settings.ts';
import { saveSkuProfile } from '../../server/shipping/sku-profiles.ts';
import { ShippingSettingsInputSchema, type SkuProfileInput } from '../../shared/api/shipping.ts';

// Free of vitest on purpose: the label benchmark prepares its seller with it too.

interface SellerSetup {
  db: Db;
  masterKeys: MasterKeyRing;
  tenantId: string;
  seller: StandInSeller;
  standInOrders: readonly StandInOrder[];
  /** Defaults below; tests that assert on amounts pass their own. */
  settings?: z.input<typeof ShippingSettingsInputSchema>;
  skuProfile?: SkuProfileInput;
}

const DEFAULT_SETTINGS = {
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
};

const DEFAULT_SKU_PROFILE = {
  weightGrams: 300,
  lengthCm: 20,
  widthCm: 15,
  heightCm: 4,
  hsCode: '711319',
  declaredValue: '24.50',
  declaredCurrency: 'USD',
  customsDescription: 'Silver jewellery',
};

/**
 * Everything a label purchase reads, written straight to the database: label tests and the
 * label bench are about buying labels, so they skip the sync and the settings screens.
 */
export function prepareLabelSeller(setup: SellerSetup) {
  const { db, masterKeys, tenantId, seller, standInOrders } = setup;
  const now = new Date();
  const settings = ShippingSettingsInputSchema.parse(setup.settings ?? DEFAULT_SETTINGS);

  saveAmazonConnection(db, masterKeys, { tenantId, ...seller, now }, { userId: null });
  saveShippingSettings(db, tenantId, settings, now);
  saveShipentegraAccount(db, masterKeys, tenantId);

  // A SKU profile can only be saved for a SKU the seller's orders already name.
  for (const order of standInOrders) {
    storeSyncedOrder(db, tenantId, seller, order);
  }

  const skus = new Set(standInOrders.flatMap((order) => order.items.map((item) => item.sellerSku)));

  for (const sku of skus) {
    saveSkuProfile(db, tenantId, sku, setup.skuProfile ?? DEFAULT_SKU_PROFILE, now);
  }
}

/** Shipentegra credentials saved sealed, as if verified: the demo account unless told. */
export function saveShipentegraAccount(
  db: Db,
  masterKeys: MasterKeyRing,
  tenantId: string,
  credentials: { clientId: string; clientSecret: string } = SHIPENTEGRA_DEMO_ACCOUNT,
) {
  const now = new Date();
  const sealer = loadTenantSealer(db, masterKeys, tenantId);
  const cell = {
    purpose: 'credentials' as const,
    table: 'shipentegra_accounts',
    column: 'client_secret_sealed',
    rowId: tenantId,
  };
  const clientSecretSealed = sealer.seal(cell, credentials.clientSecret);

  db.insert(shipentegraAccounts)
    .values({
      tenantId,
      clientId: credentials.clientId,
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
