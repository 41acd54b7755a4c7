import { invalidInput } from '../sp-api-errors.ts';
import type { StandInListing } from '../store/world.ts';
import { projectListing, quantityOf, statusesOf } from './listing-projection.ts';
import { decodeOffsetToken, encodeOffsetToken } from './offset-token.ts';
import {
  listParam,
  numberParam,
  type OperationContext,
  type OperationResult,
  requireOwnMarketplaces,
  requireOwnSellerId,
  stringParam,
} from './operation-context.ts';
import { fingerprintFilters } from './order-search-cursor.ts';

type SortField = 'sku' | 'createdDate' | 'lastUpdatedDate';

/** Listings Items 2021-08-01 searchListingsItems, with offset page tokens. */
export function searchListingsItems(context: OperationContext): OperationResult {
  requireOwnSellerId(context);

  const marketplaceIds = listParam(context, 'marketplaceIds') ?? [];
  const sortBy = (stringParam(context, 'sortBy') ?? 'lastUpdatedDate') as SortField;
  const isDescending = (stringParam(context, 'sortOrder') ?? 'DESC') === 'DESC';
  const pageSize = numberParam(context, 'pageSize') ?? 10;
  const filters = fingerprintFilters({ ...context.request.query, pageToken: undefined });

  requireOwnMarketplaces(context, marketplaceIds);

  const matching = context.store
    .listListings(context.seller.sellingPartnerId)
    .filter((listing) => marketplaceIds.some((id) => listing.marketplaceIds.includes(id)))
    .filter((listing) => matchesFilters(context, listing, marketplaceIds[0] ?? ''))
    .sort((left, right) => compare(left, right, sortBy) * (isDescending ? -1 : 1));

  const offset = decodeOffsetToken(stringParam(context, 'pageToken'), filters, 'pageToken');
  const page = matching.slice(offset, offset + pageSize);
  const token = (at: number) => encodeOffsetToken(at, filters);
  const included = new Set(listParam(context, 'includedData') ?? ['summaries']);
  const sellerId = context.seller.sellingPartnerId;

  return {
    status: 200,
    body: {
      numberOfResults: matching.length,
      pagination: {
        ...(offset + pageSize < matching.length ? { nextToken: token(offset + pageSize) } : {}),
        ...(offset > 0 ? { previousToken: token(Math.max(0, offset - pageSize)) } : {}),
      },
      items: page.map((listing) =>
        projectListing(listing, {
          marketplaceIds,
          includedData: included,
          inventory: context.store.getInventory(sellerId, listing.sku),
        }),
      ),
    },
  };
}

function matchesFilters(
  context: OperationContext,
  listing: StandInListing,
  marketplaceId: string,
): boolean {
  const identifiers = listParam(context, 'identifiers');
  const identifiersType = stringParam(context, 'identifiersType');
  const statuses = statusesOf(
    listing,
    marketplaceId,
    quantityOf(listing, context.store.getInventory(listing.sellerId, listing.sku)),
  );

  if (identifiers && !identifiersType) {
    throw invalidInput('identifiersType is required with identifiers.');
  }

  const identifier = identifiersType === 'ASIN' ? listing.asin : listing.sku;
  const isWithin = (field: 'createdDate' | 'lastUpdatedDate', after: string, before: string) =>
    isOnOrAfter(listing[field], stringParam(context, after)) &&
    isOnOrAfter(stringParam(context, before), listing[field]);

  return (
    (!identifiers ||
      (['ASIN', 'SKU'].includes(identifiersType ?? '') && identifiers.includes(identifier))) &&
    isWithin('createdDate', 'createdAfter', 'createdBefore') &&
    isWithin('lastUpdatedDate', 'lastUpdatedAfter', 'lastUpdatedBefore') &&
    (listParam(context, 'withStatus') ?? []).every((status) => statuses.includes(status)) &&
    !(listParam(context, 'withoutStatus') ?? []).some((status) => statuses.includes(status)) &&
    // The stand-in's listings have no issues, variations or package hierarchies.
    !listParam(context, 'withIssueSeverity') &&
    !stringParam(context, 'variationParentSku') &&
    !stringParam(context, 'packageHierarchySku')
  );
}

function isOnOrAfter(later: string | undefined, earlier: string | undefined): boolean {
  return later === undefined || earlier === undefined || new Date(later) >= new Date(earlier);
}

function compare(left: StandInListing, right: StandInListing, field: SortField): number {
  return left[field].localeCompare(right[field]) || left.sku.localeCompare(right.sku);
}
