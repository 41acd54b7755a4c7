import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../server/amazon/order-sync-page.ts';
import { getOperation } from '../../server/sandbox/spapi/model-catalogue.ts';

// Amazon's own sample answers from the Orders 2026-01-01 model, buyer and recipient included.
const samples = getOperation('searchOrders')
  ['x-amzn-api-sandbox'].filter((sample) => sample.status === '200')
  .map((sample) => sample.response);

describe('reading a searchOrders page', () => {
  it('reads Amazon’s sample answers', () => {
    expect(samples.length).toBeGreaterThan(0);

    for (const sample of samples) {
      const page = readOrderPage(sample);

      expect(page.orders.length).toBeGreaterThan(0);
      expect(page.orders.every((order) => order.items.length > 0)).toBe(true);
    }
  });

  it('keeps nothing of the buyer even when Amazon sends it', () => {
    const text = JSON.stringify(samples.map((sample) => readOrderPage(sample)));

    expect(text).not.toMatch(/buyer|recipient|deliveryAddress|addressLine|John Smith/i);
  });

  it('keeps amounts as Amazon’s decimal strings and leaves missing windows empty', () => {
    const page = readOrderPage({
      orders: [
        {
          orderId: '113-1234567-1234567',
          createdTime: '2026-03-01T10:00:00Z',
          lastUpdatedTime: '2026-03-01T11:00:00Z',
          salesChannel: { channelName: 'AMAZON', marketplaceId: 'ATVPDKIKX0DER' },
          proceeds: { grandTotal: { amount: '1234.10', currencyCode: 'USD' } },
          fulfillment: { fulfillmentStatus: 'UNSHIPPED' },
          orderItems: [{ orderItemId: '1', quantityOrdered: 2, product: { sellerSku: 'SKU-1' } }],
        },
      ],
    });

    expect(page.orders[0]).toMatchObject({
      totalAmount: '1234.10',
      deliverByLatest: null,
      shipByLatest: null,
      items: [{ sellerSku: 'SKU-1', quantityOrdered: 2, unitPriceAmount: null }],
    });
    expect(page.nextToken).toBeUndefined();
  });

  it('keeps Amazon’s own IOSS number from each line, and none where Amazon gave none', () => {
    const line = (orderItemId: string, iossNumber?: string) => ({
      orderItemId,
      quantityOrdered: 1,
      product: { sellerSku: `SKU-${orderItemId}` },
      fulfillment: {
        quantityFulfilled: 0,
        shipping: iossNumber === undefined ? {} : { internationalShipping: { iossNumber } },
      },
    });
    const page = readOrderPage({
      orders: [
        {
          orderId: '302-1234567-1234567',
          createdTime: '2026-03-01T10:00:00Z',
          lastUpdatedTime: '2026-03-01T11:00:00Z',
          salesChannel: { marketplaceId: 'A1PA6795UKMFR9' },
          fulfillment: { fulfillmentStatus: 'UNSHIPPED', fulfilledBy: 'MERCHANT' },
          orderItems: [line('1', 'IM4420000042'), line('2'), line('3', ' ')],
        },
      ],
    });

    expect(page.orders[0]?.items.map((item) => item.amazonIossNumber)).toEqual([
      'IM4420000042',
      null,
      null,
    ]);
  });

  it('refuses a page that is not shaped like Amazon’s model', () => {
    expect(() => readOrderPage({ orders: [{ orderId: 5 }] })).toThrow();
  });
});
