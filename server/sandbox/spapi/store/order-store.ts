import type { NewOrderInit, OrderFactory } from '../demo/demo-orders.ts';
import type { StandInClock } from '../scaled-clock.ts';
import type { FulfillmentStatus, StandInAddress, StandInOrder, StandInWorld } from './world.ts';

export interface OrderChange {
  fulfillmentStatus?: FulfillmentStatus;
  /** Set explicitly; by default any change moves it to now. */
  lastUpdatedTime?: Date | string;
  deliveryAddress?: Partial<StandInAddress>;
  buyer?: Partial<StandInOrder['buyer']>;
}

export interface OrderStore {
  /** A seller's orders in creation order. */
  listOrders(sellerId: string): readonly StandInOrder[];
  getOrder(orderId: string): StandInOrder | undefined;
  /** A new order, by default an unshipped FBM order placed now. */
  addOrder(sellerId: string, init?: NewOrderInit): StandInOrder;
  updateOrder(orderId: string, change: OrderChange): StandInOrder;
  /** Moves `lastUpdatedTime` forward, as any change on Amazon's side does. */
  touchOrder(order: StandInOrder): void;
}

export function createOrderStore(
  world: StandInWorld,
  factories: Map<string, OrderFactory>,
  clock: StandInClock,
): OrderStore {
  const touchOrder = (order: StandInOrder) => {
    // Strictly later than before, even on a frozen test clock, so sync cursors see the change.
    const previous = new Date(order.lastUpdatedTime).getTime();
    order.lastUpdatedTime = new Date(Math.max(clock.now().getTime(), previous + 1)).toISOString();
  };

  return {
    listOrders: (sellerId) => world.ordersBySeller.get(sellerId) ?? [],
    getOrder: (orderId) => world.ordersById.get(orderId),
    touchOrder,

    addOrder(sellerId, init = {}) {
      const createOrder = factories.get(sellerId);

      if (!createOrder) {
        throw new Error(`no stand-in seller ${sellerId}`);
      }

      const now = clock.now();
      const order = createOrder({
        createdTime: now,
        lastUpdatedTime: init.createdTime ?? now,
        fulfilledBy: 'MERCHANT',
        fulfillmentStatus: 'UNSHIPPED',
        ...init,
      });

      world.ordersBySeller.get(sellerId)?.push(order);
      world.ordersById.set(order.orderId, order);
      return order;
    },

    updateOrder(orderId, change) {
      const order = world.ordersById.get(orderId);

      if (!order) {
        throw new Error(`no stand-in order ${orderId}`);
      }

      order.fulfillmentStatus = change.fulfillmentStatus ?? order.fulfillmentStatus;
      order.deliveryAddress = { ...order.deliveryAddress, ...change.deliveryAddress };
      order.buyer = { ...order.buyer, ...change.buyer };

      if (change.lastUpdatedTime) {
        order.lastUpdatedTime = new Date(change.lastUpdatedTime).toISOString();
      } else {
        touchOrder(order);
      }

      return order;
    },
  };
}
