import {
  type FbaStockSnapshot,
  LISTING_INCLUDED_DATA,
  type ListingSnapshot,
  type Page,
  readInventoryPage,
  readListingsPage,
} from './inventory-sync-page.ts';
import {
  deleteUnseenListings,
  type ListingScope,
  upsertFbaStock,
  upsertListings,
} from './inventory-sync-store.ts';
import type { SpApiRequest } from './selling-partner-client.ts';
import { SpApiRequestError } from './spapi-caller-errors.ts';
import type { SyncContext, SyncTally } from './sync-context.ts';
import { addSyncRunProgress } from './sync-runs.ts';

// searchListingsItems' maximum page size.
const LISTINGS_PAGE_SIZE = 20;

/**
 * One inventory sync: per marketplace, every listing with its price and quantity, then FBA's
 * stock counts, then the listings Amazon no longer has are removed. Listing calls are cheap
 * (5 a second), so an interrupted run simply starts over; every write is an upsert.
 */
export async function syncInventory(context: SyncContext): Promise<SyncTally> {
  const { connection } = context;
  const tally: SyncTally = { pages: 0, records: 0 };
  const marketplaces = connection.marketplaceIds;

  for (const [index, marketplaceId] of marketplaces.entries()) {
    const scope: ListingScope = {
      tenantId: connection.tenantId,
      region: connection.region,
      marketplaceId,
      passStartedAt: context.now(),
    };
    const share = (done: number) => (index + done) / marketplaces.length;

    await walkPages(context, tally, {
      request: (token) => listingsRequest(context, marketplaceId, token),
      read: (body) => readListingsPage(body, marketplaceId),
      store: (items: ListingSnapshot[]) => upsertListings(context.db, scope, items),
      progress: (seen, total) => share(total ? (0.8 * seen) / total : 0),
    });
    await walkPages(context, tally, {
      request: (token) => inventoryRequest(marketplaceId, token),
      read: readInventoryPage,
      store: (items: FbaStockSnapshot[]) => upsertFbaStock(context.db, scope, items),
      progress: () => share(0.9),
    }).catch(skipWithoutFba);
    deleteUnseenListings(context.db, scope);
  }

  return tally;
}

/**
 * Amazon answers 400 InvalidInput when the seller has no FBA in the marketplace (many of our
 * sellers ship only from Turkey) and 403 when the app lacks the fulfilment role: either way
 * there is no FBA stock to read, which must not fail the listings that were read.
 */
function skipWithoutFba(error: unknown): void {
  const isNoFba = error instanceof SpApiRequestError && [400, 403].includes(error.status);

  if (!isNoFba) {
    throw error;
  }
}

interface PageWalk<Item> {
  request(token: string | undefined): SpApiRequest;
  read(body: unknown): Page<Item>;
  store(items: Item[]): void;
  /** The run's progress after `seen` of `total` items. */
  progress(seen: number, total: number | undefined): number;
}

async function walkPages<Item>(context: SyncContext, tally: SyncTally, walk: PageWalk<Item>) {
  let token: string | undefined;
  let seen = 0;

  do {
    context.signal?.throwIfAborted();

    const response = await context.caller.call(walk.request(token), context.signal);
    const page = walk.read(response.body);
    const now = context.now();

    seen += page.items.length;
    context.db.transaction((tx) => {
      walk.store(page.items);
      addSyncRunProgress(
        tx,
        context.runId,
        {
          pages: 1,
          records: page.items.length,
          retries: context.takeRetries(),
          progress: walk.progress(seen, page.total),
        },
        now,
      );
    });
    tally.pages += 1;
    tally.records += page.items.length;
    token = page.nextToken;
  } while (token);
}

function listingsRequest(
  context: SyncContext,
  marketplaceId: string,
  pageToken: string | undefined,
): SpApiRequest {
  return {
    operation: 'searchListingsItems',
    endpoint: 'listingsItems',
    path: { sellerId: context.connection.sellingPartnerId },
    query: {
      marketplaceIds: [marketplaceId],
      includedData: LISTING_INCLUDED_DATA,
      // By SKU: a stable order, so pages do not shift when a listing changes mid-walk.
      sortBy: 'sku',
      sortOrder: 'ASC',
      pageSize: LISTINGS_PAGE_SIZE,
      ...(pageToken ? { pageToken } : {}),
    },
  };
}

function inventoryRequest(marketplaceId: string, nextToken: string | undefined): SpApiRequest {
  return {
    operation: 'getInventorySummaries',
    endpoint: 'fbaInventory',
    query: {
      details: true,
      granularityType: 'Marketplace',
      granularityId: marketplaceId,
      marketplaceIds: [marketplaceId],
      ...(nextToken ? { nextToken } : {}),
    },
  };
}
