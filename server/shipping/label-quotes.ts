import type { QuotesResponse } from '../../shared/api/quotes.ts';
import type { PackageOverride } from '../../shared/api/shipping.ts';
import { AppError } from '../../shared/errors.ts';
import { isShipentegraError } from '../shipentegra/shipentegra-errors.ts';
import { countryOfMarketplace } from './label-destination.ts';
import { loadLabelOrder } from './label-order.ts';
import { packageOrRefusal } from './label-readiness.ts';
import { type LabelDeps, openShipentegraFor } from './label-services.ts';

/**
 * Shipentegra's services for an order's parcel, to the marketplace's country unless told:
 * quoting reads no buyer data. The package comes from the SKU profiles, overridable.
 */
export async function quoteOrder(
  deps: LabelDeps,
  input: { tenantId: string; amazonOrderId: string; country?: string; override: PackageOverride },
): Promise<QuotesResponse> {
  const labelOrder = loadLabelOrder(deps.db, input.tenantId, input.amazonOrderId);
  const parcel = packageOrRefusal(labelOrder, input.override);
  const country = input.country ?? countryOfMarketplace(labelOrder.order.marketplaceId);

  if (!country) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'country', message: 'Name the destination country, e.g. US.' }],
    });
  }

  const kgDesi = Number(parcel.kgDesi);

  try {
    const client = openShipentegraFor(deps, input.tenantId);
    const quotes = await client.quote({ country, kgDesi, isAmazonShipment: true });

    return { country, kgDesi, package: parcel, quotes };
  } catch (error) {
    if (isShipentegraError(error)) {
      // A remote failure is not ours (INTERNAL): the seller may simply try again.
      throw new AppError('SHIPENTEGRA_UNAVAILABLE');
    }

    throw error;
  }
}
