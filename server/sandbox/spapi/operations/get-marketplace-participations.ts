import { marketplaceById } from '../demo/marketplaces.ts';
import type { OperationContext, OperationResult } from './operation-context.ts';

/** Sellers v1 getMarketplaceParticipations: where the seller sells. */
export function getMarketplaceParticipations(context: OperationContext): OperationResult {
  const payload = context.seller.marketplaceIds.flatMap((id) => {
    const marketplace = marketplaceById(id);

    if (!marketplace) {
      return [];
    }

    return [
      {
        marketplace: {
          id: marketplace.id,
          name: marketplace.name,
          countryCode: marketplace.countryCode,
          defaultCurrencyCode: marketplace.currencyCode,
          defaultLanguageCode: marketplace.languageCode,
          domainName: marketplace.domainName,
        },
        storeName: context.seller.storeName,
        participation: { isParticipating: true, hasSuspendedListings: false },
      },
    ];
  });

  return { status: 200, body: { payload } };
}
