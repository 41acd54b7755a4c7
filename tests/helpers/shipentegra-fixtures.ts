import { expect } from 'vitest';
import {
  ShipentegraCreatedOrderResponseSchema,
  type ShipentegraLabelRequest,
  ShipentegraLabelResponseSchema,
  type ShipentegraManualOrderRequest,
  ShipentegraOrderDetailResponseSchema,
} from '../../server/shipentegra/contract.ts';
import type { ShipentegraHarness } from './shipentegra-stand-in.ts';

let orderSerial = 0;

/** A valid manual order to `country`; every call gets a fresh order number. */
export function manualOrderBody(
  country = 'US',
  overrides: Partial<ShipentegraManualOrderRequest> = {},
): ShipentegraManualOrderRequest {
  orderSerial += 1;

  return {
    number: `114-0000000-${String(orderSerial).padStart(7, '0')}`,
    reference1: 'KAYISTRA-TEST',
    description: 'Handmade silver ring',
    packageQuantity: 1,
    currency: 'USD',
    shippingAmount: 0.01,
    weight: 0.4,
    width: 15,
    height: 5,
    length: 20,
    shippingType: country === 'US' ? 1 : 2,
    shippingAddress: {
      name: 'Jane Doe',
      address: '100 Main Street Apt 4',
      city: country === 'GB' ? 'London' : 'Springfield',
      state: country === 'US' ? 'IL' : undefined,
      postalCode: country === 'GB' ? 'SW1A 1AA' : '62701',
      country,
      phone: '+15555550100',
      email: 'buyer@example.com',
    },
    items: [{ name: 'Silver ring', quantity: 1, unitPrice: 24.5, sku: 'RING-925', gtip: '711311' }],
    ...overrides,
  };
}

export function labelBody(
  orderId: number,
  itemIds: number[],
  specialService: string,
): ShipentegraLabelRequest {
  return {
    orderId,
    specialService,
    content: 'Silver ring',
    weight: 0.4,
    currency: 'USD',
    verpackg: -1,
    insurance: 0,
    items: itemIds.map((itemId) => ({
      itemId,
      declaredQuantity: 1,
      declaredPrice: 24.5,
      gtip: '711311',
    })),
  };
}

/** Creates a manual order and reads back its Shipentegra item ids, checking both answers. */
export async function createOrder(
  harness: ShipentegraHarness,
  token: string,
  body: ShipentegraManualOrderRequest,
) {
  const created = await harness.call({ method: 'POST', path: '/v1/orders/manual', token, body });
  expect(created.status).toBe(200);
  const { orderId } = ShipentegraCreatedOrderResponseSchema.parse(created.json).data;

  const detail = await harness.call({ path: `/v1/orders/manual/${orderId}`, token });
  const { items } = ShipentegraOrderDetailResponseSchema.parse(detail.json).data.generalInfo;

  return { orderId, itemIds: items.map((item) => item.itemId) };
}

export const LABEL_PATHS = {
  shipentegra: '/v1/logistics/labels/shipentegra',
  ups: '/v1/logistics/labels/shipentegra/ups',
  fedex: '/v1/logistics/labels/shipentegra/fedex',
  dhlecommerce: '/v1/logistics/labels/shipentegra/dhlecommerce',
  usps: '/v1/logistics/labels/shipentegra/usps',
} as const;

/** Orders and labels a parcel with the given service; returns the parsed label. */
export async function buyLabel(
  harness: ShipentegraHarness,
  token: string,
  options: { country: string; endpoint: keyof typeof LABEL_PATHS; specialService: string },
) {
  const { orderId, itemIds } = await createOrder(harness, token, manualOrderBody(options.country));
  const response = await harness.call({
    method: 'POST',
    path: LABEL_PATHS[options.endpoint],
    token,
    body: labelBody(orderId, itemIds, options.specialService),
  });
  expect(response.status).toBe(200);

  return { orderId, response, label: ShipentegraLabelResponseSchema.parse(response.json).data };
}
