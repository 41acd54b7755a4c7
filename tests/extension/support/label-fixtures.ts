import type { OrderDetail } from '../../../shared/api/orders.ts';
import type { ShipmentView } from '../../../shared/api/shipments.ts';

export const ORDER_ID = '302-1234567-1234567';
export const SHIPMENT_ID = 'shp_01';

// A shipment as the server's views send it: label bought, not yet on Amazon.
export function createShipmentView(overrides: Partial<ShipmentView> = {}): ShipmentView {
  return {
    id: SHIPMENT_ID,
    orderId: ORDER_ID,
    attempt: 1,
    state: 'labelled',
    step: 'confirm_on_amazon',
    serviceName: 'shipentegra-express',
    serviceDisplayName: 'Shipentegra Express',
    cost: { amount: '18.42', currency: 'USD' },
    package: {
      weightGrams: 450,
      lengthCm: 20,
      widthCm: 15,
      heightCm: 10,
      weightKg: '0.450',
      kgDesi: '0.6000',
      isOverridden: false,
    },
    trackingNumber: 'SE123456789TR',
    courier: 'Shipentegra',
    lastMile: null,
    trackingStatus: 'pending',
    hasLabelFile: true,
    amazon: { carrierCode: null, trackingNumber: null, confirmedAt: null, verifiedAt: null },
    deliveredAt: null,
    problem: null,
    nextAttemptAt: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

export function createOrderDetail(overrides: Partial<OrderDetail> = {}): OrderDetail {
  return {
    orderId: ORDER_ID,
    region: 'eu',
    marketplaceId: 'A1PA6795UKMFR9',
    status: 'UNSHIPPED',
    fulfilledBy: 'MERCHANT',
    serviceLevel: 'Standard',
    isPrime: false,
    purchasedAt: '2026-12-01T08:00:00.000Z',
    lastUpdatedAt: '2026-12-01T08:05:00.000Z',
    shipByLatest: '2026-12-03T23:59:59.000Z',
    deliverByLatest: null,
    total: { amount: '24.90', currencyCode: 'EUR' },
    skus: ['MUG-01'],
    unitCount: 1,
    labelBadge: 'no_label',
    deliverByEarliest: null,
    items: [
      {
        orderItemId: '11111111111111',
        asin: 'B000000001',
        sku: 'MUG-01',
        title: 'Blue mug',
        quantityOrdered: 1,
        quantityShipped: 0,
        unitPrice: { amount: '24.90', currencyCode: 'EUR' },
        subtotal: { amount: '24.90', currencyCode: 'EUR' },
      },
    ],
    shipment: null,
    ...overrides,
  };
}
