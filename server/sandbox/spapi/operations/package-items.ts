import { invalidInput } from '../sp-api-errors.ts';
import type { StandInOrder, StandInPackage } from '../store/world.ts';

/**
 * The items of one package must belong to the order and fit in what is still unshipped,
 * counting other packages but not the one being replaced.
 */
export function checkPackageItems(
  order: StandInOrder,
  items: readonly { orderItemId: string; quantity: number }[],
  replaced: StandInPackage | undefined,
): void {
  if (items.length === 0) {
    throw invalidInput('orderItems must list at least one item.');
  }

  for (const { orderItemId, quantity } of items) {
    const item = order.items.find((candidate) => candidate.orderItemId === orderItemId);

    if (!item) {
      throw invalidInput(`orderItemId ${orderItemId} does not belong to order ${order.orderId}.`);
    }

    const shippedElsewhere = order.packages
      .filter((shipment) => shipment !== replaced)
      .flatMap((shipment) => shipment.items)
      .filter((entry) => entry.orderItemId === orderItemId)
      .reduce((sum, entry) => sum + entry.quantity, 0);

    if (quantity < 1 || quantity > item.quantityOrdered - shippedElsewhere) {
      throw invalidInput(`quantity ${quantity} of ${orderItemId} exceeds what is left to ship.`);
    }
  }
}
