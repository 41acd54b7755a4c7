import { OrderDetailSchema, OrderListSchema } from '../../shared/api/orders.ts';
import { QuotesResponseSchema } from '../../shared/api/quotes.ts';
import type { PackageOverride } from '../../shared/api/shipping.ts';
import type { OrderBadges } from '../api/messages.ts';
import { callServerAsSeller } from './server-call.ts';

export function orderPath(orderId: string, rest = ''): string {
  return `/api/orders/${encodeURIComponent(orderId)}${rest}`;
}

export function getOrder(orderId: string) {
  return callServerAsSeller(orderPath(orderId), { schema: OrderDetailSchema });
}

// The seller's package edits ride along as query parameters; the server quotes what is left out
// from the SKU profiles.
export function getQuotes(orderId: string, override: PackageOverride = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(override)) {
    if (value !== undefined) {
      query.set(name, String(value));
    }
  }

  const search = query.size > 0 ? `?${query}` : '';

  return callServerAsSeller(orderPath(orderId, `/quotes${search}`), {
    schema: QuotesResponseSchema,
  });
}

// One request for every row on screen. Orders the server does not know are left out of its
// answer, so they get no badge.
export async function getOrderBadges(orderIds: string[]): Promise<OrderBadges> {
  const query = new URLSearchParams({ ids: orderIds.join(','), limit: '100' });
  const { orders } = await callServerAsSeller(`/api/orders?${query}`, { schema: OrderListSchema });

  return { badges: orders.map((order) => ({ orderId: order.orderId, badge: order.labelBadge })) };
}
