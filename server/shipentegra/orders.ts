import {
  ShipentegraCreatedOrderSchema,
  type ShipentegraManualOrderRequest,
  ShipentegraManualOrderRequestSchema,
  ShipentegraOrderDetailSchema,
} from './contract.ts';
import { checkShipentegraRequest } from './invalid-request.ts';
import type { AuthorizedShipentegra } from './shipentegra-auth.ts';

export interface ShipentegraOrderItem {
  /** Shipentegra's own line-item id: the label call declares items by it. */
  itemId: number;
  sku: string | null;
}

/**
 * The order number for one attempt at shipping an Amazon order. Shipentegra refuses a number
 * it has seen, even when that attempt failed, and offers no lookup by number: a fresh attempt
 * number is the only way past an order whose creation answer was lost.
 */
export function deriveShipentegraOrderNumber(amazonOrderId: string, attempt: number): string {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  }

  return `${amazonOrderId}-${attempt}`;
}

/**
 * `POST /orders/manual` (the form the contract is sure of). Checked locally first, so a bad
 * address never costs a call. Returns Shipentegra's order id, which must be persisted before
 * the label is bought: it is the only handle on the order afterwards.
 */
export async function createManualOrder(
  api: AuthorizedShipentegra,
  order: ShipentegraManualOrderRequest,
): Promise<{ orderId: number }> {
  const body = checkShipentegraRequest(ShipentegraManualOrderRequestSchema, order);
  const created = await api.send({
    method: 'POST',
    path: '/orders/manual',
    body,
    data: ShipentegraCreatedOrderSchema,
  });

  return { orderId: created.orderId };
}

/** `GET /orders/manual/{orderId}`: only the line items are known (likely) and read. */
export async function fetchOrderItems(
  api: AuthorizedShipentegra,
  orderId: number,
): Promise<ShipentegraOrderItem[]> {
  const order = await api.send({
    method: 'GET',
    path: `/orders/manual/${encodeURIComponent(String(orderId))}`,
    data: ShipentegraOrderDetailSchema,
  });

  return order.generalInfo.items.map((item) => ({ itemId: item.itemId, sku: item.sku ?? null }));
}
