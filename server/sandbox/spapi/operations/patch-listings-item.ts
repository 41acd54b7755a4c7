import { randomUUID } from 'node:crypto';
import { invalidInput } from '../sp-api-errors.ts';
import {
  applyListingPatches,
  type ListingIssue,
  type ListingPatch,
} from '../store/listing-patches.ts';
import { checkListingAttributes } from '../store/listing-rules.ts';
import type { StandInListing } from '../store/world.ts';
import {
  listParam,
  type OperationContext,
  type OperationResult,
  requireOwnMarketplaces,
  requireOwnSellerId,
  stringParam,
} from './operation-context.ts';

/**
 * Listings Items 2021-08-01 patchListingsItem. Amazon applies accepted patches a little later;
 * the stand-in applies them at once. VALIDATION_PREVIEW checks and changes nothing.
 */
export function patchListingsItem(context: OperationContext): OperationResult {
  requireOwnSellerId(context);

  const marketplaceIds = listParam(context, 'marketplaceIds') ?? [];
  const sku = context.request.path.sku ?? '';
  const body = context.request.body as { productType: string; patches: ListingPatch[] };
  const listing = context.store.getListing(context.seller.sellingPartnerId, sku);
  const isPreview = stringParam(context, 'mode') === 'VALIDATION_PREVIEW';

  requireOwnMarketplaces(context, marketplaceIds);

  // The model declares no 404 for this operation: an unknown SKU is bad input.
  if (!listing) {
    throw invalidInput(`SKU ${sku} was not found.`);
  }

  const issues = checkPatches(listing, body);
  const status = issues.length > 0 ? 'INVALID' : isPreview ? 'VALID' : 'ACCEPTED';

  if (status === 'ACCEPTED') {
    context.store.applyPatches(listing, body.patches);
  }

  const included = new Set(listParam(context, 'includedData') ?? ['issues']);

  return {
    status: 200,
    body: {
      sku,
      status,
      submissionId: randomUUID(),
      ...(included.has('issues') ? { issues: issues.map(toModelIssue) } : {}),
      ...(included.has('identifiers')
        ? {
            identifiers: marketplaceIds.map((marketplaceId) => ({
              marketplaceId,
              asin: listing.asin,
            })),
          }
        : {}),
    },
  };
}

export function checkPatches(
  listing: StandInListing,
  request: { productType: string; patches: readonly ListingPatch[] },
): ListingIssue[] {
  if (request.productType !== listing.productType) {
    return [
      {
        code: 'PRODUCT_TYPE_MISMATCH',
        message: `The listing's product type is ${listing.productType}, not ${request.productType}.`,
        attributeNames: [],
      },
    ];
  }

  const result = applyListingPatches(listing.attributes, request.patches);
  return [...result.issues, ...checkListingAttributes(listing.marketplaceIds, result.attributes)];
}

function toModelIssue(issue: ListingIssue): object {
  return {
    code: issue.code,
    message: issue.message,
    severity: 'ERROR',
    attributeNames: issue.attributeNames,
    categories: ['INVALID_ATTRIBUTE'],
  };
}
