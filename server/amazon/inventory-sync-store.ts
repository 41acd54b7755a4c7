import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { listings } from '../db/schema.ts';
import type { JobDatabase } from '../jobs/job-database.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';
import type { FbaStockSnapshot, ListingSnapshot } from './inventory-sync-page.ts';

export interface ListingScope {
  tenantId: string;
  region: AmazonRegion;
  marketplaceId: string;
  /** When this pass over the marketplace began: rows it touches are stamped with it. */
  passStartedAt: Date;
}

export function upsertListings(db: JobDatabase, scope: ListingScope, page: ListingSnapshot[]) {
  for (const listing of page) {
    db.insert(listings)
      .values({ ...rowKey(scope, listing.sku), ...listing })
      .onConflictDoUpdate({
        target: [listings.tenantId, listings.marketplaceId, listings.sku],
        set: {
          asin: listing.asin,
          itemName: listing.itemName,
          statuses: listing.statuses,
          fulfillmentChannel: listing.fulfillmentChannel,
          priceAmount: listing.priceAmount,
          currencyCode: listing.currencyCode,
          // An FBA listing carries no quantity of its own: keep the one FBA stock gave.
          quantity: sql`coalesce(excluded.quantity, ${listings.quantity})`,
          amazonUpdatedAt: listing.amazonUpdatedAt,
          syncedAt: scope.passStartedAt,
          updatedAt: scope.passStartedAt,
        },
      })
      .run();
  }
}

/** FBA stock onto its listing; stock of a SKU the listing search missed still shows. */
export function upsertFbaStock(db: JobDatabase, scope: ListingScope, page: FbaStockSnapshot[]) {
  for (const stock of page) {
    const counts = {
      quantity: stock.fulfillable,
      fbaFulfillable: stock.fulfillable,
      fbaInbound: stock.inbound,
      fbaReserved: stock.reserved,
      fbaUnfulfillable: stock.unfulfillable,
      syncedAt: scope.passStartedAt,
      updatedAt: scope.passStartedAt,
    };

    db.insert(listings)
      .values({
        ...rowKey(scope, stock.sku),
        asin: stock.asin,
        itemName: stock.productName,
        statuses: [],
        fulfillmentChannel: 'AFN',
        ...counts,
      })
      .onConflictDoUpdate({
        target: [listings.tenantId, listings.marketplaceId, listings.sku],
        set: counts,
      })
      .run();
  }
}

/** After a complete pass: listings the pass never saw are gone from Amazon. */
export function deleteUnseenListings(db: JobDatabase, scope: ListingScope): number {
  return db
    .delete(listings)
    .where(
      and(
        eq(listings.tenantId, scope.tenantId),
        eq(listings.marketplaceId, scope.marketplaceId),
        lt(listings.syncedAt, scope.passStartedAt),
      ),
    )
    .run().changes;
}

function rowKey(scope: ListingScope, sku: string) {
  return {
    id: randomUUID(),
    tenantId: scope.tenantId,
    region: scope.region,
    marketplaceId: scope.marketplaceId,
    sku,
    syncedAt: scope.passStartedAt,
    createdAt: scope.passStartedAt,
    updatedAt: scope.passStartedAt,
  };
}
