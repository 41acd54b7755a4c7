import type { OrderDetail } from '../../../shared/api/orders.ts';
import type { QuotesResponse, ShippingQuote } from '../../../shared/api/quotes.ts';
import type { ShipmentView } from '../../../shared/api/shipments.ts';
import type { SkuSummary } from '../../../shared/api/shipping.ts';

// The order, quotes, shipment, SKU and settings the extension's label tests answer with, the
// same whether a fake server or a fake background gives them.
export const ORDER_ID = '113-1234567-7654321';
export const SHIPMENT_ID = 'shp-1';

export function createOrder(overrides: Partial<OrderDetail> = {}): OrderDetail {
  return {
    orderId: ORDER_ID,
    region: 'na',
    marketplaceId: 'ATVPDKIKX0DER',
    status: 'UNSHIPPED',
    fulfilledBy: 'MERCHANT',
    serviceLevel: 'Std',
    isPrime: false,
    purchasedAt: '2026-12-01T10:00:00.000Z',
    lastUpdatedAt: '2026-12-01T10:00:00.000Z',
    shipByLatest: '2026-12-04T23:59:59.000Z',
    deliverByLatest: null,
    deliverByEarliest: null,
    total: { amount: '24.00', currencyCode: 'USD' },
    skus: ['MUG-01'],
    unitCount: 2,
    labelBadge: 'no_label',
    items: [
      {
        orderItemId: 'item-1',
        asin: 'B000000001',
        sku: 'MUG-01',
        title: 'Hand-painted mug',
        quantityOrdered: 2,
        quantityShipped: 0,
        unitPrice: { amount: '12.00', currencyCode: 'USD' },
        subtotal: { amount: '24.00', currencyCode: 'USD' },
      },
    ],
    shipment: null,
    ...overrides,
  };
}

export function createQuote(overrides: Partial<ShippingQuote>): ShippingQuote {
  return {
    serviceName: 'shipentegra-eco',
    displayName: 'Shipentegra Eco',
    serviceType: 'ECO',
    totalPrice: '9.10',
    currency: 'USD',
    transitDays: { min: 8, max: 12 },
    isCheapest: false,
    isFastest: false,
    ...overrides,
  };
}

export const THREE_QUOTES = [
  createQuote({ isCheapest: true }),
  createQuote({
    serviceName: 'shipentegra-express',
    displayName: 'Shipentegra Express',
    serviceType: 'EXPRESS',
    totalPrice: '18.42',
    transitDays: { min: 3, max: 5 },
  }),
  createQuote({
    serviceName: 'ups-express',
    displayName: 'UPS Express',
    serviceType: 'EXPRESS',
    totalPrice: '31.00',
    transitDays: { min: 2, max: 2 },
    isFastest: true,
  }),
];

export function createQuotes(quotes = THREE_QUOTES, weightGrams = 800): QuotesResponse {
  return {
    country: 'US',
    kgDesi: 1.2,
    package: {
      weightGrams,
      lengthCm: 20,
      widthCm: 15,
      heightCm: 20,
      weightKg: (weightGrams / 1000).toFixed(3),
      kgDesi: '1.2000',
      isOverridden: false,
    },
    quotes,
  };
}

// A shipment as the server's views send it: label bought, not yet on Amazon.
export function createShipment(overrides: Partial<ShipmentView> = {}): ShipmentView {
  return {
    id: SHIPMENT_ID,
    orderId: ORDER_ID,
    attempt: 1,
    state: 'labelled',
    step: 'confirm_on_amazon',
    serviceName: 'shipentegra-express',
    serviceDisplayName: 'Shipentegra Express',
    cost: { amount: '18.42', currency: 'USD' },
    package: createQuotes().package,
    trackingNumber: 'SE123456789TR',
    courier: 'shipentegra',
    lastMile: null,
    trackingStatus: 'pending',
    hasLabelFile: true,
    amazon: { carrierCode: null, trackingNumber: null, confirmedAt: null, verifiedAt: null },
    deliveredAt: null,
    problem: null,
    nextAttemptAt: null,
    createdAt: '2026-12-03T10:00:00.000Z',
    ...overrides,
  };
}

export const CONFIRMED = {
  state: 'confirmed',
  step: 'track',
  amazon: {
    carrierCode: 'Other',
    trackingNumber: 'SE123456789TR',
    confirmedAt: '2026-12-03T10:00:05.000Z',
    verifiedAt: '2026-12-03T10:00:09.000Z',
  },
} as const satisfies Partial<ShipmentView>;

// A SKU profile complete for customs, as the seller saves it.
export const SKU_PROFILE = {
  weightGrams: 400,
  lengthCm: 20,
  widthCm: 15,
  heightCm: 10,
  hsCode: '691200',
  declaredValue: '12.00',
  declaredCurrency: 'USD',
  customsDescription: 'Ceramic mug',
};

export function createSku(sku: string, overrides: Partial<SkuSummary> = {}): SkuSummary {
  return {
    sku,
    title: 'Hand-painted mug',
    profile: { ...SKU_PROFILE, updatedAt: '2026-11-01T00:00:00.000Z' },
    isComplete: true,
    missingFields: [],
    ...overrides,
  };
}

export function createSettings(defaultServiceName: string | null) {
  return {
    sender: null,
    iossNumber: null,
    defaultServiceName,
    labelFormat: 'original',
    updatedAt: null,
  };
}

export { EMPTY_SKU_PROFILE } from '../../../shared/api/shipping.ts';
