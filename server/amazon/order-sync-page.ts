import { z } from 'zod';

// Amazon's Decimal: a plain decimal string, kept as text so no float ever rounds a price.
const DecimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/);
const MoneySchema = z.object({ amount: DecimalSchema, currencyCode: z.string().min(1) });
const DateSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const WindowSchema = z.object({
  earliestDateTime: DateSchema.optional(),
  latestDateTime: DateSchema.optional(),
});

// Only the fields we keep. BUYER and RECIPIENT are never requested, and nothing here would
// keep them if they came: unknown keys are dropped.
const OrderItemSchema = z.object({
  orderItemId: z.string().min(1),
  quantityOrdered: z.number().int(),
  product: z.object({
    asin: z.string().optional(),
    title: z.string().optional(),
    sellerSku: z.string().optional(),
    price: z.object({ unitPrice: MoneySchema.optional() }).optional(),
  }),
  proceeds: z.object({ proceedsTotal: MoneySchema.optional() }).optional(),
  fulfillment: z
    .object({
      quantityFulfilled: z.number().int().optional(),
      shipping: z
        .object({
          internationalShipping: z.object({ iossNumber: z.string().optional() }).optional(),
        })
        .optional(),
    })
    .optional(),
});

const OrderSchema = z.object({
  orderId: z.string().min(1),
  createdTime: DateSchema,
  lastUpdatedTime: DateSchema,
  programs: z.array(z.string()).optional(),
  salesChannel: z.object({ marketplaceId: z.string().optional() }),
  proceeds: z.object({ grandTotal: MoneySchema.optional() }).optional(),
  fulfillment: z.object({
    fulfillmentStatus: z.string().min(1),
    fulfilledBy: z.string().optional(),
    fulfillmentServiceLevel: z.string().optional(),
    shipByWindow: WindowSchema.optional(),
    deliverByWindow: WindowSchema.optional(),
  }),
  orderItems: z.array(OrderItemSchema),
});

const SearchOrdersPageSchema = z.object({
  orders: z.array(OrderSchema),
  pagination: z.object({ nextToken: z.string().min(1).optional() }).optional(),
  lastUpdatedBefore: DateSchema.optional(),
});

export interface OrderItemSnapshot {
  amazonOrderItemId: string;
  asin: string | null;
  sellerSku: string | null;
  title: string | null;
  quantityOrdered: number;
  quantityShipped: number | null;
  unitPriceAmount: string | null;
  subtotalAmount: string | null;
  currencyCode: string | null;
  /** Amazon's IOSS number when it collected the EU import VAT on this line (not PII). */
  amazonIossNumber: string | null;
}

/** One order as we store it: what Amazon said at `amazonUpdatedAt`, without PII. */
export interface OrderSnapshot {
  amazonOrderId: string;
  marketplaceId: string;
  fulfillmentStatus: string;
  fulfilledBy: string;
  serviceLevel: string | null;
  isPrime: boolean;
  purchasedAt: Date;
  amazonUpdatedAt: Date;
  shipByLatest: Date | null;
  deliverByEarliest: Date | null;
  deliverByLatest: Date | null;
  totalAmount: string | null;
  currencyCode: string | null;
  items: OrderItemSnapshot[];
}

export interface OrderPage {
  orders: OrderSnapshot[];
  nextToken: string | undefined;
  /** The upper time bound Amazon applied to the whole walk through the pages. */
  bound: Date | undefined;
}

/** The includedData that fills every field above: status, dates, Amazon's IOSS number, amounts. */
export const ORDER_INCLUDED_DATA = ['FULFILLMENT', 'PROCEEDS'] as const;

/** Reads a searchOrders answer; throws when it does not have the shape Amazon's model gives. */
export function readOrderPage(body: unknown): OrderPage {
  const page = SearchOrdersPageSchema.parse(body);

  return {
    orders: page.orders.map(toSnapshot),
    nextToken: page.pagination?.nextToken,
    bound: page.lastUpdatedBefore,
  };
}

function toSnapshot(order: z.infer<typeof OrderSchema>): OrderSnapshot {
  const { fulfillment } = order;
  const total = order.proceeds?.grandTotal;

  return {
    amazonOrderId: order.orderId,
    marketplaceId: order.salesChannel.marketplaceId ?? 'UNKNOWN',
    fulfillmentStatus: fulfillment.fulfillmentStatus,
    fulfilledBy: fulfillment.fulfilledBy ?? 'UNKNOWN',
    serviceLevel: fulfillment.fulfillmentServiceLevel ?? null,
    isPrime: order.programs?.includes('PRIME') ?? false,
    purchasedAt: order.createdTime,
    amazonUpdatedAt: order.lastUpdatedTime,
    shipByLatest: fulfillment.shipByWindow?.latestDateTime ?? null,
    deliverByEarliest: fulfillment.deliverByWindow?.earliestDateTime ?? null,
    deliverByLatest: fulfillment.deliverByWindow?.latestDateTime ?? null,
    totalAmount: total?.amount ?? null,
    currencyCode: total?.currencyCode ?? null,
    items: order.orderItems.map(toItemSnapshot),
  };
}

function toItemSnapshot(item: z.infer<typeof OrderItemSchema>): OrderItemSnapshot {
  const unitPrice = item.product.price?.unitPrice;
  const subtotal = item.proceeds?.proceedsTotal;

  return {
    amazonOrderItemId: item.orderItemId,
    asin: item.product.asin ?? null,
    sellerSku: item.product.sellerSku ?? null,
    title: item.product.title ?? null,
    quantityOrdered: item.quantityOrdered,
    quantityShipped: item.fulfillment?.quantityFulfilled ?? null,
    unitPriceAmount: unitPrice?.amount ?? null,
    subtotalAmount: subtotal?.amount ?? null,
    currencyCode: unitPrice?.currencyCode ?? subtotal?.currencyCode ?? null,
    amazonIossNumber: iossNumberOf(item),
  };
}

// Amazon names its own IOSS number per line, under FULFILLMENT, when it collected the VAT as
// marketplace facilitator; an empty string is treated as no number.
function iossNumberOf(item: z.infer<typeof OrderItemSchema>): string | null {
  const number = item.fulfillment?.shipping?.internationalShipping?.iossNumber?.trim();

  return number ? number : null;
}
