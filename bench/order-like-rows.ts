/** The columns an order row has without PII, as our sync will store them. */
export interface OrderLikeRow {
  id: string;
  tenantId: string;
  amazonOrderId: string;
  marketplaceId: string;
  orderStatus: string;
  fulfillmentChannel: string;
  purchaseDate: number;
  lastUpdatedAt: number;
  orderTotalCents: number;
  currency: string;
  itemCount: number;
  shipServiceLevel: string;
  isPrime: number;
}

const STATUSES = ['Unshipped', 'PartiallyShipped', 'Shipped', 'Canceled', 'Pending'];
const MARKETPLACES = ['ATVPDKIKX0DER', 'A1PA6795UKMFR9', 'A1F83G8C2ARO7P', 'A33AVAJ2PDY3EV'];
const START = Date.UTC(2026, 0, 1);

function pick<T>(values: readonly T[], index: number): T {
  return values[index % values.length] as T;
}

/** Deterministic rows spread over `tenantCount` tenants, so every run inserts the same data. */
export function createOrderLikeRows(count: number, tenantCount = 10): OrderLikeRow[] {
  return Array.from({ length: count }, (_, index) => {
    const serial = String(index).padStart(7, '0');

    return {
      id: `order-${serial}`,
      tenantId: `tenant-${index % tenantCount}`,
      amazonOrderId: `113-${serial}-${String((index * 7_919) % 10_000_000).padStart(7, '0')}`,
      marketplaceId: pick(MARKETPLACES, index),
      orderStatus: pick(STATUSES, index),
      fulfillmentChannel: index % 3 === 0 ? 'AFN' : 'MFN',
      purchaseDate: START + index * 60_000,
      lastUpdatedAt: START + index * 60_000 + 3_600_000,
      orderTotalCents: 1_000 + ((index * 37) % 50_000),
      currency: index % 2 === 0 ? 'USD' : 'EUR',
      itemCount: 1 + (index % 4),
      shipServiceLevel: index % 5 === 0 ? 'Expedited' : 'Standard',
      isPrime: index % 4 === 0 ? 1 : 0,
    };
  });
}
