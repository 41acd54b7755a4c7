import { invalidInput, notFound } from '../sp-api-errors.ts';
import { listParam, type OperationContext, type OperationResult } from './operation-context.ts';
import { projectOrder } from './order-projection.ts';

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

/** Orders 2026-01-01 getOrder. Another seller's order is as missing as one that never was. */
export function getOrder(context: OperationContext): OperationResult {
  const orderId = context.request.path.orderId ?? '';

  if (!ORDER_ID.test(orderId)) {
    throw invalidInput(`Invalid orderId: ${orderId}`, 'Order ids look like 123-1234567-1234567.');
  }

  const order = context.store.getOrder(orderId);

  if (!order || order.sellerId !== context.seller.sellingPartnerId) {
    throw notFound(`Order ${orderId} was not found.`);
  }

  const included = new Set(listParam(context, 'includedData') ?? []);
  return { status: 200, body: { order: projectOrder(order, included) } };
}
