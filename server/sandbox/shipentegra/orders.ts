import { rejectWith } from './business-errors.ts';
import { formatShipentegraTime, replySuccess, type StandInReply } from './envelope.ts';
import { readManualOrder, readOrder } from './order-validation.ts';
import type { RouteContext } from './router.ts';
import type { NewStandInOrder, StandInOrder } from './store.ts';

/** `POST /v1/orders/manual`: `data: { success: true, orderId }` (sure upstream). */
export function handleCreateManualOrder(context: RouteContext): StandInReply {
  return createOrder(context, 'manual', readManualOrder(context.body));
}

/** `POST /v1/orders`: upstream's success body is unknown; this answers like the manual form. */
export function handleCreateOrder(context: RouteContext): StandInReply {
  return createOrder(context, 'orders', readOrder(context.body));
}

/** `GET /v1/orders/manual/{orderId}`: the order with Shipentegra's line-item ids. */
export function handleGetOrder(context: RouteContext): StandInReply {
  const orderId = Number(context.params.orderId);
  const order = Number.isSafeInteger(orderId)
    ? context.world.store.findOrder(context.clientId, orderId)
    : undefined;

  if (!order) {
    rejectWith('ORDER_NOT_FOUND', { orderId: context.params.orderId ?? '' });
  }

  return replySuccess(describeOrder(order), context.now);
}

function createOrder(context: RouteContext, form: StandInOrder['form'], order: NewStandInOrder) {
  const { store } = context.world;

  // A number stays taken even when its first attempt failed later: clients must use a fresh
  // number per attempt, and the stand-in holds them to it.
  if (store.findOrderByNumber(order.number, context.clientId)) {
    rejectWith('DUPLICATE_ORDER_NUMBER', { number: order.number });
  }

  const stored = store.addOrder(context.clientId, form, order, context.now);

  return replySuccess({ success: true, orderId: stored.orderId }, context.now);
}

// Only `generalInfo.items[] { sku, itemId }` is known upstream; the rest is the stand-in's
// guess. `shipment` lets a client that lost a label response find out what it bought.
function describeOrder(order: StandInOrder) {
  const label = order.label;

  return {
    generalInfo: {
      orderId: order.orderId,
      number: order.number,
      reference1: order.reference1 ?? null,
      description: order.description,
      status: label ? 'labelled' : 'new',
      currency: order.currency,
      shippingType: order.shippingType,
      createdAt: formatShipentegraTime(order.createdAt),
      items: order.items.map((item) => ({
        itemId: item.itemId,
        sku: item.sku,
        name: item.name,
        quantity: item.quantity,
        unitPrice: item.unitPrice,
        gtip: item.gtip ?? null,
      })),
    },
    shippingAddress: order.recipient,
    packages: order.packages,
    shipment: label
      ? {
          trackingNumber: label.trackingNumber,
          courier: label.courier,
          serviceName: label.serviceName,
          label: label.labelUrl,
          invoice: label.invoiceUrl,
        }
      : null,
  };
}
