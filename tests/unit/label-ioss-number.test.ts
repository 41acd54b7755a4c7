import { describe, expect, it } from 'vitest';
import type { OrderItemRow, OrderRow, ShipmentRow } from '../../server/db/schema.ts';
import { marketplaceIossNumberOf } from '../../server/shipping/ioss-marketplace-number.ts';
import type { LabelOrder } from '../../server/shipping/label-order.ts';
import { buildLabelRequest, buildManualOrder } from '../../server/shipping/label-order-request.ts';
import type { OrderRecipient } from '../../server/shipping/order-recipient.ts';
import { checkRecipient } from '../../server/shipping/recipient-preconditions.ts';
import { SHIPMENT_PACKAGE } from '../helpers/shipment-rows.ts';

// Issue #5: Amazon's IOSS number, when it collected the EU VAT, rides on the order and label.
const AMAZON_IOSS = 'IM4420000042';
const SELLER_IOSS = 'IM0123456789';

const DE_BUYER: OrderRecipient = {
  name: 'Jana Weber',
  companyName: null,
  address1: 'Unter den Linden 77',
  address2: null,
  address3: null,
  city: 'Berlin',
  districtOrCounty: null,
  stateOrRegion: null,
  postalCode: '10117',
  countryCode: 'DE',
  phone: null,
  email: null,
};

const SHIPMENT = {
  amazonOrderId: '302-1234567-1234567',
  shipentegraOrderNumber: '302-1234567-1234567-1',
  shipentegraOrderId: '11155947',
  serviceName: 'shipentegra-express',
  package: SHIPMENT_PACKAGE,
} as ShipmentRow;

function line(amazonIossNumber: string | null): OrderItemRow {
  return {
    orderId: 'order-1',
    tenantId: 'tenant-1',
    amazonOrderItemId: '1',
    asin: 'B0TEST0001',
    sellerSku: 'SKU-1',
    title: 'Silver ring',
    quantityOrdered: 1,
    quantityShipped: 0,
    unitPriceAmount: '24.50',
    subtotalAmount: '24.50',
    currencyCode: 'EUR',
    amazonIossNumber,
  };
}

function labelOrderWith(items: OrderItemRow[]): LabelOrder {
  return {
    order: {} as OrderRow,
    items,
    profiles: new Map(),
    settings: {
      sender: null,
      iossNumber: SELLER_IOSS,
      defaultServiceName: null,
      labelFormat: 'pdf',
      updatedAt: null,
    },
  };
}

describe('marketplaceIossNumberOf', () => {
  it('takes the number Amazon gave on any line, and null when it gave none', () => {
    expect(marketplaceIossNumberOf([line(null), line(AMAZON_IOSS)])).toBe(AMAZON_IOSS);
    expect(marketplaceIossNumberOf([line(null), line(null)])).toBeNull();
    expect(marketplaceIossNumberOf([])).toBeNull();
  });
});

describe('Amazon’s IOSS number on the Shipentegra order and label', () => {
  it('sends Amazon’s number, never the seller’s, under the IOSS customs mode', () => {
    const items = [line(AMAZON_IOSS)];
    const checked = checkRecipient({
      recipient: DE_BUYER,
      goodsValue: null,
      amazonIossNumber: marketplaceIossNumberOf(items),
      sellerIossNumber: SELLER_IOSS,
    });

    expect(checked.iossNumber).toBe(AMAZON_IOSS);

    const order = buildManualOrder(SHIPMENT, labelOrderWith(items), {
      recipient: DE_BUYER,
      addressLines: checked.addressLines ?? [],
      iossNumber: checked.iossNumber,
    });
    const label = buildLabelRequest(SHIPMENT, labelOrderWith(items), [], AMAZON_IOSS);

    expect(order).toMatchObject({ iossNumber: AMAZON_IOSS, shippingType: 3 });
    expect(label.iossNumber).toBe(AMAZON_IOSS);
  });

  it('declares no IOSS number on a label whose order declared none', () => {
    const label = buildLabelRequest(SHIPMENT, labelOrderWith([line(null)]), [], null);

    expect(label).not.toHaveProperty('iossNumber');
  });
});
