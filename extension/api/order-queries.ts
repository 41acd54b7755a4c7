import { queryOptions } from '@tanstack/react-query';
import type { ShipmentView } from '../../shared/api/shipments.ts';
import type { PackageOverride } from '../../shared/api/shipping.ts';
import { tenantQueryKey } from './query-keys.ts';
import { sendMessage } from './send-message.ts';

// While a label is being bought the steps move within seconds; afterwards only Amazon's
// confirmation is awaited, which the server retries by itself on a slower schedule.
export const PURCHASE_POLL_INTERVAL_MS = 1_000;
export const AMAZON_POLL_INTERVAL_MS = 5_000;

export function orderQueryOptions(tenantId: string, orderId: string) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'orders', orderId),
    queryFn: () => sendMessage({ type: 'GET_ORDER', orderId }),
  });
}

// The package is part of the key: each parcel the seller types is its own quote, and going
// back to an earlier one answers from the cache.
export function quotesQueryOptions(tenantId: string, orderId: string, override?: PackageOverride) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'orders', orderId, 'quotes', override ?? null),
    queryFn: () =>
      sendMessage({ type: 'GET_QUOTES', orderId, ...(override && { package: override }) }),
  });
}

export function isConfirmedOnAmazon(shipment: ShipmentView): boolean {
  return shipment.amazon.verifiedAt !== null || shipment.amazon.confirmedAt !== null;
}

// A problem with no next attempt waits for the seller (reconnect Amazon, say), not for time.
export function isRetryingForAmazon(shipment: ShipmentView | null | undefined): boolean {
  if (!shipment || shipment.state === 'failed' || isConfirmedOnAmazon(shipment)) {
    return false;
  }

  return shipment.problem === null || shipment.nextAttemptAt !== null;
}

export function shipmentQueryOptions(tenantId: string, orderId: string, isPurchasing: boolean) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'orders', orderId, 'shipment'),
    queryFn: () => sendMessage({ type: 'GET_SHIPMENT', orderId }),
    refetchInterval: (query) => {
      if (isPurchasing) {
        return PURCHASE_POLL_INTERVAL_MS;
      }

      return isRetryingForAmazon(query.state.data?.shipment) ? AMAZON_POLL_INTERVAL_MS : false;
    },
  });
}

// LIST_SKUS matches the beginning of a SKU, so `MUG-1` also finds `MUG-10`: only the exact one
// describes this item. Not under the options' `skus` key, whose list updates would meet a
// single summary here instead of pages.
export function skuProfileQueryOptions(tenantId: string, sku: string) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'sku-profile', sku),
    queryFn: async () => {
      const { skus } = await sendMessage({ type: 'LIST_SKUS', q: sku });

      return skus.find((candidate) => candidate.sku === sku) ?? null;
    },
  });
}
