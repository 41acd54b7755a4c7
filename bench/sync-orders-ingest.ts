import { randomBytes, randomUUID } from 'node:crypto';
import {
  ORDER_INCLUDED_DATA,
  type OrderSnapshot,
  readOrderPage,
} from '../server/amazon/order-sync-page.ts';
import { createOrderPageWriter } from '../server/amazon/order-sync-store.ts';
import { startSyncRun } from '../server/amazon/sync-runs.ts';
import type { DatabaseHandle } from '../server/db/connection.ts';
import { applyMigrations } from '../server/db/migrate.ts';
import { tenants } from '../server/db/schema.ts';
import { generateDemoWorld } from '../server/sandbox/spapi/demo/generate-demo-world.ts';
import { projectOrder } from '../server/sandbox/spapi/operations/order-projection.ts';
import {
  measureBestOf,
  measureRate,
  type RateMeasurement,
  withBenchDatabase,
} from './bench-measure.ts';

const PAGE_SIZE = 100;

/** One searchOrders answer as it arrives: the JSON text of a page for one tenant. */
interface PageText {
  tenantId: string;
  text: string;
}

/**
 * Stand-in orders as Amazon's pages carry them (FULFILLMENT and PROCEEDS, like the sync asks),
 * one seller per tenant, cut into pages of Amazon's largest size.
 */
export function createOrderPages(tenantCount: number, ordersPerTenant: number): PageText[] {
  const { world } = generateDemoWorld({
    seed: 11,
    now: () => new Date(),
    mintRefreshToken: (sellerId) => `token-${sellerId}`,
    ordersPerSeller: ordersPerTenant,
    sellerCount: tenantCount,
  });
  const included = new Set<string>(ORDER_INCLUDED_DATA);

  return world.sellers.flatMap((seller, index) => {
    const orders = world.ordersBySeller.get(seller.sellingPartnerId) ?? [];
    const pages: PageText[] = [];

    for (let start = 0; start < orders.length; start += PAGE_SIZE) {
      const body = {
        orders: orders
          .slice(start, start + PAGE_SIZE)
          .map((order) => projectOrder(order, included)),
        pagination: { nextToken: `page-${start + PAGE_SIZE}` },
        lastUpdatedBefore: new Date().toISOString(),
      };

      pages.push({ tenantId: `bench-tenant-${index}`, text: JSON.stringify(body) });
    }

    return pages;
  });
}

function prepareDatabase({ db }: DatabaseHandle, pages: readonly PageText[]): void {
  applyMigrations(db);

  for (const tenantId of new Set(pages.map((page) => page.tenantId))) {
    db.insert(tenants)
      .values({ id: tenantId, companyName: tenantId, keySalt: randomBytes(32) })
      .run();
  }
}

/** Our ingestion: the answer's text to stored rows, cursor and run counts, page by page. */
export function measureSyncIngest(pages: readonly PageText[]): Promise<RateMeasurement> {
  return withBenchDatabase((handle) => {
    prepareDatabase(handle, pages);

    const { db } = handle;
    const writer = createOrderPageWriter(db);
    const runs = new Map(
      [...new Set(pages.map((page) => page.tenantId))].map((tenantId) => [
        tenantId,
        startSyncRun(db, { tenantId, region: 'na', kind: 'orders', now: new Date() }).id,
      ]),
    );

    return measureRate(() => {
      let stored = 0;

      for (const { tenantId, text } of pages) {
        const page = readOrderPage(JSON.parse(text));
        const address = {
          tenantId,
          region: 'na' as const,
          kind: 'orders' as const,
          sellingPartnerId: 'A1',
        };
        const pass = {
          windowStart: new Date(0),
          bound: new Date(),
          pageToken: page.nextToken ?? null,
        };

        stored += writer.commitPage({
          address,
          runId: runs.get(tenantId) ?? '',
          orders: page.orders,
          next: { completedThrough: null, pass },
          retries: 0,
          progress: 0.5,
          now: new Date(),
        });
      }

      return stored;
    });
  });
}

/** The floor: the same order and line rows through plain prepared INSERTs, a page per transaction. */
export function measureRawInserts(pages: readonly PageText[]): Promise<RateMeasurement> {
  return withBenchDatabase((handle) => {
    prepareDatabase(handle, pages);

    const { sqlite } = handle;
    const insertOrder = sqlite.prepare(`
      insert into orders (id, tenant_id, region, amazon_order_id, marketplace_id, fulfillment_status,
        fulfilled_by, service_level, is_prime, purchased_at, amazon_updated_at, ship_by_latest,
        deliver_by_earliest, deliver_by_latest, total_amount, currency_code, created_at, updated_at)
      values (@id, @tenantId, 'na', @amazonOrderId, @marketplaceId, @fulfillmentStatus, @fulfilledBy,
        @serviceLevel, @isPrime, @purchasedAt, @amazonUpdatedAt, @shipByLatest, @deliverByEarliest,
        @deliverByLatest, @totalAmount, @currencyCode, @now, @now)
    `);
    const insertItem = sqlite.prepare(`
      insert into order_items (order_id, tenant_id, amazon_order_item_id, asin, seller_sku, title,
        quantity_ordered, quantity_shipped, unit_price_amount, subtotal_amount, currency_code)
      values (@orderId, @tenantId, @amazonOrderItemId, @asin, @sellerSku, @title, @quantityOrdered,
        @quantityShipped, @unitPriceAmount, @subtotalAmount, @currencyCode)
    `);
    const rowPages = pages.map((page) => toRawRows(page));
    const insertPage = sqlite.transaction((rows: ReturnType<typeof toRawRows>) => {
      for (const { order, items } of rows) {
        insertOrder.run(order);

        for (const item of items) {
          insertItem.run(item);
        }
      }
    });

    return measureRate(() => {
      for (const rows of rowPages) {
        insertPage(rows);
      }

      return rowPages.reduce((sum, rows) => sum + rows.length, 0);
    });
  });
}

// Made before the clock starts: the floor is SQLite's work alone, rows already in hand.
function toRawRows({ tenantId, text }: PageText) {
  const now = Date.now();
  const time = (value: Date | null) => value?.getTime() ?? null;

  return readOrderPage(JSON.parse(text)).orders.map((snapshot: OrderSnapshot) => {
    const { items, ...fields } = snapshot;
    const id = randomUUID();

    return {
      order: {
        ...fields,
        id,
        tenantId,
        now,
        isPrime: fields.isPrime ? 1 : 0,
        purchasedAt: time(fields.purchasedAt),
        amazonUpdatedAt: time(fields.amazonUpdatedAt),
        shipByLatest: time(fields.shipByLatest),
        deliverByEarliest: time(fields.deliverByEarliest),
        deliverByLatest: time(fields.deliverByLatest),
      },
      items: items.map((item) => ({ ...item, orderId: id, tenantId })),
    };
  });
}

export async function measureIngestCost(tenantCount: number, ordersPerTenant: number) {
  const pages = createOrderPages(tenantCount, ordersPerTenant);
  const ours = await measureBestOf(3, () => measureSyncIngest(pages));
  const raw = await measureBestOf(3, () => measureRawInserts(pages));

  return { ours, raw };
}
