import { ORDER_INCLUDED_DATA, type OrderPage, readOrderPage } from './order-sync-page.ts';
import { createOrderPageWriter, type OrderPageWriter } from './order-sync-store.ts';
import type { SpApiRequest } from './selling-partner-client.ts';
import { SpApiRequestError } from './spapi-caller-errors.ts';
import type { SyncContext, SyncTally } from './sync-context.ts';
import {
  type CursorAddress,
  loadSyncCursor,
  type PassInProgress,
  type SyncCursor,
} from './sync-cursors.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface OrderSyncOptions {
  /** Amazon's maximum by default: searchOrders refills one call every three minutes. */
  pageSize?: number;
  /** How far back the first sync of a connection reaches. */
  initialLookbackMs?: number;
  /** Re-read this much before the last bound: Amazon indexes some changes late. */
  overlapMs?: number;
  writer?: OrderPageWriter;
}

// A page token expires after 24 hours; a pass that outlived it starts over, at most this often.
const MAX_PASS_RESTARTS = 2;

/**
 * One order sync: searchOrders by lastUpdatedAfter, every page, each page's orders stored in
 * one transaction with the cursor that says where the next page starts. Stopped anywhere, the
 * next run continues with the first page not stored; repeated, it rewrites the same rows.
 */
export async function syncOrders(
  context: SyncContext,
  options: OrderSyncOptions = {},
): Promise<SyncTally> {
  const { db, connection } = context;
  const address: CursorAddress = {
    tenantId: connection.tenantId,
    region: connection.region,
    kind: 'orders',
    sellingPartnerId: connection.sellingPartnerId,
  };
  const writer = options.writer ?? createOrderPageWriter(db);
  const cursor = loadSyncCursor(db, address);
  const tally: SyncTally = { pages: 0, records: 0 };
  let pass = cursor.pass ?? {
    windowStart: nextWindowStart(cursor, context.now(), options),
    bound: null,
    pageToken: null,
  };
  let restarts = 0;
  let fraction = 0;

  for (;;) {
    context.signal?.throwIfAborted();

    const requestedAt = context.now();
    const page = await fetchPage(context, pass, options.pageSize ?? 100).catch((error: unknown) =>
      canRestartAfter(error, pass, restarts) ? undefined : Promise.reject(error),
    );

    if (!page) {
      restarts += 1;
      pass = { ...pass, bound: null, pageToken: null };
      continue;
    }

    const next = cursorAfter(page, pass, cursor, requestedAt);

    fraction = Math.max(fraction, estimateProgress(page, pass.windowStart, next));
    tally.records += writer.commitPage({
      address,
      runId: context.runId,
      orders: page.orders,
      next,
      retries: context.takeRetries(),
      progress: fraction,
      now: context.now(),
    });
    tally.pages += 1;

    if (!next.pass) {
      return tally;
    }

    pass = next.pass;
  }
}

// A token Amazon refuses (expired after 24 hours, or the marketplaces changed) ends the pass;
// a new one from the same window start loses nothing, only repeats pages.
function canRestartAfter(error: unknown, pass: PassInProgress, restarts: number): boolean {
  const isRejectedToken = error instanceof SpApiRequestError && error.status === 400;

  return pass.pageToken !== null && isRejectedToken && restarts < MAX_PASS_RESTARTS;
}

/** The cursor once this page is stored: the next page's token, or the pass completed. */
function cursorAfter(
  page: OrderPage,
  pass: PassInProgress,
  cursor: SyncCursor,
  requestedAt: Date,
): SyncCursor {
  // Amazon fixes the bound on the first page; without one, stay two minutes behind, the
  // freshest upper bound Amazon itself accepts.
  const bound = pass.bound ?? page.bound ?? new Date(requestedAt.getTime() - 2 * MINUTE_MS);

  if (!page.nextToken) {
    return { completedThrough: bound, pass: null };
  }

  return {
    completedThrough: cursor.completedThrough,
    pass: { ...pass, bound, pageToken: page.nextToken },
  };
}

function nextWindowStart(cursor: SyncCursor, now: Date, options: OrderSyncOptions): Date {
  if (cursor.completedThrough) {
    return new Date(cursor.completedThrough.getTime() - (options.overlapMs ?? 5 * MINUTE_MS));
  }

  return new Date(now.getTime() - (options.initialLookbackMs ?? 90 * DAY_MS));
}

async function fetchPage(
  context: SyncContext,
  pass: PassInProgress,
  pageSize: number,
): Promise<OrderPage> {
  const request: SpApiRequest = {
    operation: 'searchOrders',
    endpoint: 'orders',
    query: {
      // Every other parameter must repeat the first page's exactly for the token to hold.
      lastUpdatedAfter: pass.windowStart.toISOString(),
      marketplaceIds: context.connection.marketplaceIds,
      maxResultsPerPage: pageSize,
      includedData: ORDER_INCLUDED_DATA,
      ...(pass.pageToken ? { paginationToken: pass.pageToken } : {}),
    },
  };
  const response = await context.caller.call(request, context.signal);

  return readOrderPage(response.body);
}

// Pages are expected oldest change first (as the stand-in gives them), so the last order's
// time says how far through the window the walk is. Were Amazon to sort otherwise the estimate
// would only be rough; the caller never lets it go backwards.
function estimateProgress(page: OrderPage, windowStart: Date, next: SyncCursor): number {
  const bound = next.pass?.bound;
  const last = page.orders.at(-1);

  if (!bound) {
    return 1;
  }

  const span = bound.getTime() - windowStart.getTime();

  if (!last || span <= 0) {
    return 0;
  }

  return Math.min(1, Math.max(0, (last.amazonUpdatedAt.getTime() - windowStart.getTime()) / span));
}
