import type { SeededRandom } from './seeded-random.ts';
import type { StandInService } from './services.ts';

export interface StandInParty {
  name: string;
  address1: string;
  address2?: string;
  city: string;
  state?: string;
  postalCode: string;
  country: string;
  phone?: string;
  email?: string;
}

export interface StandInPackage {
  width: number;
  height: number;
  length: number;
  weight: number;
  packageQuantity: number;
}

export interface StandInItem {
  itemId: number;
  name: string;
  quantity: number;
  unitPrice: number;
  sku: string;
  gtip?: string;
}

/** An order as either create call describes it, before Shipentegra numbers it. */
export interface NewStandInOrder {
  number: string;
  reference1?: string;
  description: string;
  currency: string;
  shippingType: number;
  iossNumber?: string;
  recipient: StandInParty;
  items: Array<Omit<StandInItem, 'itemId'>>;
  packages: StandInPackage[];
}

export interface StandInLabel {
  trackingNumber: string;
  serviceName: string;
  courier: string;
  serviceType: string;
  labelUrl: string;
  invoiceUrl: string;
  seOrderId: string;
  price: number;
  createdAt: Date;
}

export interface StandInOrder extends Omit<NewStandInOrder, 'items'> {
  orderId: number;
  clientId: string;
  /** Which call created it: `POST /orders/manual` or `POST /orders`. */
  form: 'manual' | 'orders';
  createdAt: Date;
  items: StandInItem[];
  label?: StandInLabel;
}

export interface StandInShipment {
  trackingNumber: string;
  orderId: number;
  clientId: string;
  service: StandInService;
  country: string;
  /** Start of the journey on the stand-in clock; `advanceTracking` moves it back. */
  startedAt: Date;
  /** Hours per timeline hour: express parcels run faster than economy ones. */
  pace: number;
  isExceptionPath: boolean;
  lastMile?: { trackingNumber: string; carrier: string };
}

export interface ShipentegraStore {
  orders(): readonly StandInOrder[];
  addOrder(
    clientId: string,
    form: StandInOrder['form'],
    order: NewStandInOrder,
    now: Date,
  ): StandInOrder;
  /** Only the account's own orders: another account's id reads as missing. */
  findOrder(clientId: string, orderId: number): StandInOrder | undefined;
  /** For tests recovering from a lost response: the order a number created, if any. */
  findOrderByNumber(number: string, clientId?: string): StandInOrder | undefined;
  shipments(): readonly StandInShipment[];
  addShipment(shipment: StandInShipment): void;
  /** By Shipentegra's tracking number or, once known, the last-mile one. */
  findShipment(trackingNumber: string, clientId?: string): StandInShipment | undefined;
  /** Moves one parcel's journey forward without touching the clock. */
  advanceTracking(trackingNumber: string, milliseconds: number): void;
}

export function createStore(random: SeededRandom): ShipentegraStore {
  const orders: StandInOrder[] = [];
  const shipments: StandInShipment[] = [];
  // Realistic-looking, seeded ids: 8 digits like the 11155947 seen upstream.
  let lastOrderId = 11_150_000 + random.integer(0, 4_999);
  let lastItemId = 52_300_000 + random.integer(0, 99_999);

  const store: ShipentegraStore = {
    orders: () => orders,
    addOrder(clientId, form, order, now) {
      lastOrderId += random.integer(1, 9);
      const items = order.items.map((item) => {
        lastItemId += random.integer(1, 3);

        return { ...item, itemId: lastItemId };
      });
      const stored: StandInOrder = {
        ...order,
        orderId: lastOrderId,
        clientId,
        form,
        createdAt: now,
        items,
      };
      orders.push(stored);

      return stored;
    },
    findOrder: (clientId, orderId) =>
      orders.find((order) => order.orderId === orderId && order.clientId === clientId),
    findOrderByNumber: (number, clientId) =>
      orders.find((order) => order.number === number && (!clientId || order.clientId === clientId)),
    shipments: () => shipments,
    addShipment(shipment) {
      shipments.push(shipment);
    },
    findShipment: (trackingNumber, clientId) =>
      shipments.find((shipment) => {
        const isOwn = !clientId || shipment.clientId === clientId;
        const isMatch =
          shipment.trackingNumber === trackingNumber ||
          shipment.lastMile?.trackingNumber === trackingNumber;

        return isOwn && isMatch;
      }),
    advanceTracking(trackingNumber, milliseconds) {
      const shipment = store.findShipment(trackingNumber);

      if (!shipment) {
        throw new Error(`no stand-in shipment with tracking number ${trackingNumber}`);
      }

      shipment.startedAt = new Date(shipment.startedAt.getTime() - milliseconds);
    },
  };

  return store;
}
