import { notFound } from '../sp-api-errors.ts';
import { projectListing } from './listing-projection.ts';
import {
  listParam,
  type OperationContext,
  type OperationResult,
  requireOwnMarketplaces,
  requireOwnSellerId,
} from './operation-context.ts';

/** Listings Items 2021-08-01 getListingsItem. */
export function getListingsItem(context: OperationContext): OperationResult {
  requireOwnSellerId(context);

  const marketplaceIds = listParam(context, 'marketplaceIds') ?? [];
  const sku = context.request.path.sku ?? '';
  const listing = context.store.getListing(context.seller.sellingPartnerId, sku);

  requireOwnMarketplaces(context, marketplaceIds);

  if (!listing) {
    throw notFound(`SKU ${sku} was not found.`);
  }

  const body = projectListing(listing, {
    marketplaceIds,
    includedData: new Set(listParam(context, 'includedData') ?? ['summaries']),
    inventory: context.store.getInventory(listing.sellerId, sku),
  });

  return { status: 200, body };
}
