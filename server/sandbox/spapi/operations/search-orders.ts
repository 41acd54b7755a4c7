import { invalidInput } from '../sp-api-errors.ts';
import type { StandInOrder } from '../store/world.ts';
import {
  listParam,
  numberParam,
  type OperationContext,
  type OperationResult,
  requireOwnMarketplaces,
  stringParam,
} from './operation-context.ts';
import { projectOrder } from './order-projection.ts';
import {
  decodeCursor,
  encodeCursor,
  fingerprintFilters,
  type OrderSearchCursor,
} from './order-search-cursor.ts';

const MINIMUM_AGE_OF_UPPER_BOUND_MS = 2 * 60 * 1000;

interface SearchWindow {
  field: 'createdTime' | 'lastUpdatedTime';
  after: string;
  before?: string;
}

/** Orders 2026-01-01 searchOrders: one page of a seller's orders, oldest change first. */
export function searchOrders(context: OperationContext): OperationResult {
  const window = readWindow(context);
  const pageSize = readPageSize(context);
  const marketplaceIds = listParam(context, 'marketplaceIds');
  const statuses = listParam(context, 'fulfillmentStatuses');
  const fulfilledBy = listParam(context, 'fulfilledBy');

  requireOwnMarketplaces(context, marketplaceIds ?? []);

  const filters = fingerprintFilters({ window, marketplaceIds, statuses, fulfilledBy });
  const token = stringParam(context, 'paginationToken');
  const cursor = token ? decodeCursor(token, filters, context.clock.amazonMs()) : undefined;
  const bound = cursor?.bound ?? window.before ?? context.clock.now().toISOString();

  const matching = context.store
    .listOrders(context.seller.sellingPartnerId)
    .filter((order) => order[window.field] >= window.after && order[window.field] <= bound)
    .filter((order) => !marketplaceIds || marketplaceIds.includes(order.marketplaceId))
    .filter((order) => !statuses || statuses.includes(order.fulfillmentStatus))
    .filter((order) => !fulfilledBy || fulfilledBy.includes(order.fulfilledBy))
    .filter((order) => !cursor || isAfterCursor(order, window.field, cursor))
    .sort((left, right) => compareOrders(left, right, window.field));

  const page = matching.slice(0, pageSize);
  const last = page.at(-1);
  const included = new Set(listParam(context, 'includedData') ?? []);
  const nextToken =
    matching.length > pageSize && last
      ? encodeCursor({
          bound,
          afterTime: last[window.field],
          afterOrderId: last.orderId,
          filters,
          issuedAt: cursor?.issuedAt ?? context.clock.amazonMs(),
        })
      : undefined;

  const boundField = window.field === 'createdTime' ? 'createdBefore' : 'lastUpdatedBefore';

  return {
    status: 200,
    body: {
      orders: page.map((order) => projectOrder(order, included)),
      ...(nextToken ? { pagination: { nextToken } } : {}),
      [boundField]: bound,
    },
  };
}

// The model lists the four dates as optional; the rules that tie them live in Amazon's prose.
function readWindow(context: OperationContext): SearchWindow {
  const createdAfter = isoParam(context, 'createdAfter');
  const createdBefore = isoParam(context, 'createdBefore');
  const updatedAfter = isoParam(context, 'lastUpdatedAfter');
  const updatedBefore = isoParam(context, 'lastUpdatedBefore');

  if ((createdAfter === undefined) === (updatedAfter === undefined)) {
    throw invalidInput('Exactly one of createdAfter and lastUpdatedAfter is required.');
  }

  if ((createdAfter && updatedBefore) || (updatedAfter && createdBefore)) {
    throw invalidInput('Created and last-updated filters cannot be combined.');
  }

  const window: SearchWindow = createdAfter
    ? { field: 'createdTime', after: createdAfter, before: createdBefore }
    : { field: 'lastUpdatedTime', after: updatedAfter ?? '', before: updatedBefore };

  checkUpperBound(context, window);
  return window;
}

function checkUpperBound(context: OperationContext, window: SearchWindow): void {
  if (window.before === undefined) {
    return;
  }

  const latestAllowed = context.clock.now().getTime() - MINIMUM_AGE_OF_UPPER_BOUND_MS;

  if (window.before < window.after) {
    throw invalidInput('The Before date must not be earlier than the After date.');
  }

  if (new Date(window.before).getTime() > latestAllowed) {
    throw invalidInput('The Before date must be at least two minutes before now.');
  }
}

function readPageSize(context: OperationContext): number {
  const pageSize = numberParam(context, 'maxResultsPerPage') ?? 100;

  if (pageSize < 1 || pageSize > 100) {
    throw invalidInput('maxResultsPerPage must be between 1 and 100.');
  }

  return pageSize;
}

// ISO strings compare correctly as text only in one format: normalise to Date#toISOString.
function isoParam(context: OperationContext, name: string): string | undefined {
  const value = stringParam(context, name);
  return value === undefined ? undefined : new Date(value).toISOString();
}

function isAfterCursor(
  order: StandInOrder,
  field: SearchWindow['field'],
  cursor: OrderSearchCursor,
): boolean {
  const time = order[field];
  return (
    time > cursor.afterTime || (time === cursor.afterTime && order.orderId > cursor.afterOrderId)
  );
}

function compareOrders(
  left: StandInOrder,
  right: StandInOrder,
  field: SearchWindow['field'],
): number {
  const byTime = left[field].localeCompare(right[field]);
  return byTime !== 0 ? byTime : left.orderId.localeCompare(right.orderId);
}
