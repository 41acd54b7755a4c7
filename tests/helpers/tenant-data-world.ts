import { randomUUID } from 'node:crypto';
import { loadTenantSealer } from '../../server/crypto/load-tenant-sealer.ts';
import type { MasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import type { Db } from '../../server/db/connection.ts';
import {
  amazonConnections,
  listings,
  orderItems,
  orderRecipients,
  orders,
  shipentegraAccounts,
  shipments,
  shippingSettings,
  skuProfiles,
} from '../../server/db/schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SeededOrder {
  id: string;
  amazonOrderId: string;
  purchasedAt: Date;
}

/** What one tenant's seeded data is recognised by, in answers and in raw database bytes. */
export interface SeededTenantData {
  sellingPartnerId: string;
  refreshToken: string;
  shipentegraClientId: string;
  shipentegraSecret: string;
  senderPhone: string;
  sku: string;
  buyerName: string;
  labelText: string;
  orders: SeededOrder[];
}

/**
 * A tenant with a row in every table it can own: Amazon and Shipentegra connections (sealed
 * secrets), shipping settings, a SKU profile, a listing, orders with items, one order with a
 * sealed recipient and a shipment with a sealed label. `tag` makes every marker unique.
 */
export function seedTenantData(
  db: Db,
  keyRing: MasterKeyRing,
  input: { tenantId: string; tag: string; purchasedAt: Date[] },
): SeededTenantData {
  const { tenantId, tag } = input;
  const sealer = loadTenantSealer(db, keyRing, tenantId);
  const data: SeededTenantData = {
    sellingPartnerId: `A${tag.toUpperCase()}SPID7Q`,
    refreshToken: `Atzr|${tag}-refresh-token-value`,
    shipentegraClientId: `${tag}-shipentegra-client`,
    shipentegraSecret: `${tag}-shipentegra-secret`,
    senderPhone: `+90 555 ${tag}-phone`,
    sku: `${tag}-MUG-BLUE`,
    buyerName: `${tag} Buyer Yilmaz`,
    labelText: `%PDF label for ${tag} Buyer Yilmaz`,
    orders: input.purchasedAt.map((purchasedAt, index) => ({
      id: randomUUID(),
      amazonOrderId: `${tag}-402-${String(index).padStart(7, '0')}`,
      purchasedAt,
    })),
  };

  insertAccountRows(db, sealer, input, data);

  for (const order of data.orders) {
    insertOrder(db, tenantId, order, data.sku);
  }

  const [labelled] = data.orders;

  if (labelled) {
    insertRecipientAndLabel(db, sealer, tenantId, labelled, data);
  }

  return data;
}

function insertOrder(db: Db, tenantId: string, order: SeededOrder, sku: string): void {
  db.insert(orders)
    .values({
      id: order.id,
      tenantId,
      region: 'eu',
      amazonOrderId: order.amazonOrderId,
      marketplaceId: 'A1PA6795UKMFR9',
      fulfillmentStatus: 'SHIPPED',
      fulfilledBy: 'MERCHANT',
      isPrime: false,
      purchasedAt: order.purchasedAt,
      amazonUpdatedAt: order.purchasedAt,
      deliverByLatest: new Date(order.purchasedAt.getTime() + 14 * DAY_MS),
      totalAmount: '24.90',
      currencyCode: 'EUR',
      updatedAt: order.purchasedAt,
    })
    .run();

  db.insert(orderItems)
    .values({
      orderId: order.id,
      tenantId,
      amazonOrderItemId: `${order.amazonOrderId}-item`,
      sellerSku: sku,
      quantityOrdered: 1,
    })
    .run();
}

type Sealer = ReturnType<typeof loadTenantSealer>;

// Connections (sealed secrets), sender settings, a SKU profile and its listing.
function insertAccountRows(
  db: Db,
  sealer: Sealer,
  { tenantId, tag }: { tenantId: string; tag: string },
  data: SeededTenantData,
): void {
  const now = new Date();
  const connectionId = randomUUID();

  db.insert(amazonConnections)
    .values({
      id: connectionId,
      tenantId,
      region: 'eu',
      sellingPartnerId: data.sellingPartnerId,
      marketplaceIds: ['A1PA6795UKMFR9'],
      refreshTokenSealed: sealer.seal(
        {
          purpose: 'credentials',
          table: 'amazon_connections',
          column: 'refresh_token_sealed',
          rowId: connectionId,
        },
        data.refreshToken,
      ),
      status: 'connected',
      authorizedAt: now,
      updatedAt: now,
    })
    .run();

  db.insert(shipentegraAccounts)
    .values({
      tenantId,
      clientId: data.shipentegraClientId,
      clientSecretSealed: sealer.seal(
        {
          purpose: 'credentials',
          table: 'shipentegra_accounts',
          column: 'client_secret_sealed',
          rowId: tenantId,
        },
        data.shipentegraSecret,
      ),
      verifiedAt: now,
      updatedAt: now,
    })
    .run();

  db.insert(shippingSettings)
    .values({
      tenantId,
      senderName: `${tag} Sender`,
      senderAddress1: 'Istiklal Cd. 1',
      senderCity: 'Istanbul',
      senderPostalCode: '34000',
      senderPhone: data.senderPhone,
      senderEmail: `${tag}-sender@example.test`,
      updatedAt: now,
    })
    .run();

  db.insert(skuProfiles)
    .values({ tenantId, sku: data.sku, weightGrams: 450, updatedAt: now })
    .run();

  db.insert(listings)
    .values({
      id: randomUUID(),
      tenantId,
      region: 'eu',
      marketplaceId: 'A1PA6795UKMFR9',
      sku: data.sku,
      statuses: ['BUYABLE'],
      fulfillmentChannel: 'MFN',
      syncedAt: now,
      updatedAt: now,
    })
    .run();
}

function insertRecipientAndLabel(
  db: Db,
  sealer: Sealer,
  tenantId: string,
  order: SeededOrder,
  data: SeededTenantData,
): void {
  const shipmentId = randomUUID();
  const recipient = { name: data.buyerName, addressLine1: 'Hauptstr. 5', city: 'Berlin' };
  const now = new Date();

  db.insert(orderRecipients)
    .values({
      orderId: order.id,
      tenantId,
      recipientSealed: sealer.seal(
        { purpose: 'pii', table: 'order_recipients', column: 'recipient_sealed', rowId: order.id },
        JSON.stringify(recipient),
      ),
      fetchedAt: now,
    })
    .run();

  db.insert(shipments)
    .values({
      id: shipmentId,
      tenantId,
      orderId: order.id,
      amazonOrderId: order.amazonOrderId,
      attempt: 1,
      state: 'delivered',
      idempotencyKey: randomUUID(),
      serviceName: 'express',
      package: {
        weightGrams: 450,
        lengthCm: 10,
        widthCm: 10,
        heightCm: 10,
        weightKg: '0.450',
        kgDesi: '0.4500',
        isOverridden: false,
      },
      shipentegraOrderNumber: `${order.amazonOrderId}-1`,
      trackingNumber: `${order.amazonOrderId}-TRK`,
      labelFileSealed: sealer.seal(
        { purpose: 'pii', table: 'shipments', column: 'label_file_sealed', rowId: shipmentId },
        data.labelText,
      ),
      labelContentType: 'application/pdf',
      deliveredAt: new Date(order.purchasedAt.getTime() + 7 * DAY_MS),
      updatedAt: now,
    })
    .run();
}
