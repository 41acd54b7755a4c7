import { asc, or, type SQL, sql } from 'drizzle-orm';
import type { Listing, ListingList, ListingListQuery } from '../../shared/api/listings.ts';
import type { Db } from '../db/connection.ts';
import { type ListingRow, listings } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';
import {
  decodePageCursor,
  encodePageCursor,
  ListingCursorSchema,
  likePrefix,
} from './page-cursor.ts';

/** The tenant's listings by SKU, then marketplace, a page at a time. */
export function listListings(db: Db, tenantId: string, query: ListingListQuery): ListingList {
  const rows = db
    .select()
    .from(listings)
    .where(whereTenant(listings.tenantId, tenantId, ...filtersOf(query)))
    .orderBy(asc(listings.sku), asc(listings.marketplaceId))
    .limit(query.limit + 1)
    .all();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);

  return {
    listings: page.map(toListing),
    nextCursor:
      rows.length > query.limit && last ? encodePageCursor([last.sku, last.marketplaceId]) : null,
  };
}

function filtersOf(query: ListingListQuery): (SQL | undefined)[] {
  const cursor = query.cursor ? decodePageCursor(ListingCursorSchema, query.cursor) : undefined;
  const prefix = query.q ? likePrefix(query.q) : undefined;
  const words = query.q ? `%${likePrefix(query.q)}` : undefined;

  return [
    prefix && words
      ? or(
          sql`${listings.sku} like ${prefix} escape '\\'`,
          sql`${listings.asin} like ${prefix} escape '\\'`,
          sql`${listings.itemName} like ${words} escape '\\'`,
        )
      : undefined,
    cursor
      ? sql`(${listings.sku}, ${listings.marketplaceId}) > (${cursor[0]}, ${cursor[1]})`
      : undefined,
  ];
}

function toListing(row: ListingRow): Listing {
  const isFba = row.fulfillmentChannel === 'AFN';

  return {
    sku: row.sku,
    marketplaceId: row.marketplaceId,
    region: row.region,
    asin: row.asin,
    itemName: row.itemName,
    statuses: row.statuses,
    fulfillmentChannel: row.fulfillmentChannel,
    price:
      row.priceAmount !== null && row.currencyCode !== null
        ? { amount: row.priceAmount, currencyCode: row.currencyCode }
        : null,
    quantity: row.quantity,
    fba: isFba
      ? {
          fulfillable: row.fbaFulfillable,
          inbound: row.fbaInbound,
          reserved: row.fbaReserved,
          unfulfillable: row.fbaUnfulfillable,
        }
      : null,
    syncedAt: row.syncedAt.toISOString(),
  };
}
