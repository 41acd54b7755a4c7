import { invalidInput } from '../sp-api-errors.ts';
import type { StandInInventory } from '../store/world.ts';
import { decodeOffsetToken, encodeOffsetToken } from './offset-token.ts';
import {
  listParam,
  type OperationContext,
  type OperationResult,
  requireOwnMarketplaces,
  stringParam,
} from './operation-context.ts';
import { fingerprintFilters } from './order-search-cursor.ts';

const PAGE_SIZE = 50;

/** FBA Inventory v1 getInventorySummaries for one marketplace, 50 SKUs a page. */
export function getInventorySummaries(context: OperationContext): OperationResult {
  const marketplaceIds = listParam(context, 'marketplaceIds') ?? [];
  const granularityId = stringParam(context, 'granularityId') ?? '';
  const startDateTime = stringParam(context, 'startDateTime');
  const sellerSkus = listParam(context, 'sellerSkus');
  const sellerSku = stringParam(context, 'sellerSku');

  requireOwnMarketplaces(context, [...marketplaceIds, granularityId]);

  if (marketplaceIds[0] !== granularityId) {
    throw invalidInput('granularityId must be the marketplace in marketplaceIds.');
  }

  const sellerId = context.seller.sellingPartnerId;
  const offered = (sku: string) =>
    context.store.getListing(sellerId, sku)?.marketplaceIds.includes(granularityId) ?? false;

  // startDateTime wins over sellerSkus, which wins over sellerSku, as Amazon documents.
  const matching = context.store
    .listInventory(sellerId)
    .filter((inventory) => offered(inventory.sellerSku))
    .filter((inventory) =>
      startDateTime
        ? new Date(inventory.lastUpdatedTime) >= new Date(startDateTime)
        : sellerSkus
          ? sellerSkus.includes(inventory.sellerSku)
          : !sellerSku || inventory.sellerSku === sellerSku,
    )
    .sort((left, right) => left.sellerSku.localeCompare(right.sellerSku));

  // Amazon's tokens die after 30 seconds; these do not, or a fast test clock would kill them
  // between two pages.
  const filters = fingerprintFilters({ ...context.request.query, nextToken: undefined });
  const offset = decodeOffsetToken(stringParam(context, 'nextToken'), filters, 'nextToken');
  const page = matching.slice(offset, offset + PAGE_SIZE);
  const hasMore = offset + PAGE_SIZE < matching.length;
  const nextToken = encodeOffsetToken(offset + PAGE_SIZE, filters);
  const withDetails = context.request.query.details === true;

  return {
    status: 200,
    body: {
      payload: {
        granularity: { granularityType: 'Marketplace', granularityId },
        inventorySummaries: page.map((inventory) => summaryOf(inventory, withDetails)),
      },
      ...(hasMore ? { pagination: { nextToken } } : {}),
    },
  };
}

function summaryOf(inventory: StandInInventory, withDetails: boolean): object {
  const inbound = inventory.inboundWorking + inventory.inboundShipped + inventory.inboundReceiving;

  return {
    asin: inventory.asin,
    fnSku: inventory.fnSku,
    sellerSku: inventory.sellerSku,
    condition: 'NewItem',
    lastUpdatedTime: inventory.lastUpdatedTime,
    productName: inventory.productName,
    totalQuantity: inventory.fulfillable + inbound + inventory.reserved + inventory.unfulfillable,
    ...(withDetails
      ? {
          inventoryDetails: {
            fulfillableQuantity: inventory.fulfillable,
            inboundWorkingQuantity: inventory.inboundWorking,
            inboundShippedQuantity: inventory.inboundShipped,
            inboundReceivingQuantity: inventory.inboundReceiving,
            reservedQuantity: { totalReservedQuantity: inventory.reserved },
            unfulfillableQuantity: { totalUnfulfillableQuantity: inventory.unfulfillable },
          },
        }
      : {}),
  };
}
