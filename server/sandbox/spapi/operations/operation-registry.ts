import type { StandInOperationKey } from '../operation-keys.ts';
import { confirmShipment } from './confirm-shipment.ts';
import { createFeedDocument, getFeedDocument } from './feed-documents.ts';
import { createFeed, getFeed } from './feeds.ts';
import { getCompetitiveSummary } from './get-competitive-summary.ts';
import { getInventorySummaries } from './get-inventory-summaries.ts';
import { getItemOffersBatch } from './get-item-offers-batch.ts';
import { getListingsItem } from './get-listings-item.ts';
import { getMarketplaceParticipations } from './get-marketplace-participations.ts';
import { getOrder } from './get-order.ts';
import type { OperationHandler } from './operation-context.ts';
import { patchListingsItem } from './patch-listings-item.ts';
import { searchListingsItems } from './search-listings-items.ts';
import { searchOrders } from './search-orders.ts';

/** The handler of each operation the stand-in implements. */
export const OPERATION_HANDLERS: Record<StandInOperationKey, OperationHandler> = {
  'sellers:getMarketplaceParticipations': getMarketplaceParticipations,
  'orders-2026-01-01:searchOrders': searchOrders,
  'orders-2026-01-01:getOrder': getOrder,
  'orders-v0:confirmShipment': confirmShipment,
  'listings-items-2021-08-01:searchListingsItems': searchListingsItems,
  'listings-items-2021-08-01:getListingsItem': getListingsItem,
  'listings-items-2021-08-01:patchListingsItem': patchListingsItem,
  'fba-inventory:getInventorySummaries': getInventorySummaries,
  'product-pricing-v0:getItemOffersBatch': getItemOffersBatch,
  'product-pricing-2022-05-01:getCompetitiveSummary': getCompetitiveSummary,
  'feeds-2021-06-30:createFeedDocument': createFeedDocument,
  'feeds-2021-06-30:createFeed': createFeed,
  'feeds-2021-06-30:getFeed': getFeed,
  'feeds-2021-06-30:getFeedDocument': getFeedDocument,
};

export function handlerOf(operationKey: string): OperationHandler | undefined {
  return (OPERATION_HANDLERS as Record<string, OperationHandler>)[operationKey];
}
