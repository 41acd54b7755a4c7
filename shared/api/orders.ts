import { z } from 'zod';
import { ShipmentViewSchema } from './shipments.ts';

/** Amazon's fulfilment statuses (Orders 2026-01-01); stored orders may carry newer ones. */
export const ORDER_STATUSES = [
  'PENDING_AVAILABILITY',
  'PENDING',
  'UNSHIPPED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'CANCELLED',
  'UNFULFILLABLE',
] as const;

export const OrderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

/** Amazon order ids look like `113-1234567-1234567`. */
const AMAZON_ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

export const OrderListQuerySchema = z.object({
  status: OrderStatusSchema.optional(),
  /**
   * Only these orders, comma-separated (at most 100): what the order list badges ask for the
   * rows on screen. Ids the tenant does not have are simply absent from the answer.
   */
  ids: z
    .string()
    .trim()
    .transform((value) => value.split(',').map((id) => id.trim()))
    .pipe(
      z
        .array(z.string().regex(AMAZON_ORDER_ID, 'Amazon order ids, e.g. 113-1234567-1234567.'))
        .min(1)
        .max(100),
    )
    .optional(),
  /** An Amazon order id or a SKU, whole or its beginning. */
  q: z.string().trim().min(1).max(60).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type OrderListQuery = z.infer<typeof OrderListQuerySchema>;

/** An amount exactly as Amazon sent it, e.g. `{ amount: "19.99", currencyCode: "USD" }`. */
export const MoneySchema = z.object({
  amount: z.string(),
  currencyCode: z.string(),
});
export type Money = z.infer<typeof MoneySchema>;

/**
 * The order list badge: where the order stands with its label. `no_label` only for orders the
 * seller still has to ship themselves (merchant-fulfilled, unshipped); `on_amazon` once Amazon
 * shows our tracking; `problem` when a shipment failed or needs the seller. Null when there is
 * nothing for Kayistra to do (FBA, cancelled, or shipped without a Kayistra label).
 */
export const LABEL_BADGES = [
  'no_label',
  'label_bought',
  'on_amazon',
  'delivered',
  'problem',
] as const;
export const LabelBadgeSchema = z.enum(LABEL_BADGES);
export type LabelBadge = z.infer<typeof LabelBadgeSchema>;

export const OrderSummarySchema = z.object({
  orderId: z.string(),
  region: z.enum(['na', 'eu', 'fe']),
  marketplaceId: z.string(),
  status: z.string(),
  fulfilledBy: z.string(),
  serviceLevel: z.string().nullable(),
  isPrime: z.boolean(),
  purchasedAt: z.iso.datetime(),
  lastUpdatedAt: z.iso.datetime(),
  shipByLatest: z.iso.datetime().nullable(),
  deliverByLatest: z.iso.datetime().nullable(),
  total: MoneySchema.nullable(),
  skus: z.array(z.string()),
  unitCount: z.number().int(),
  labelBadge: LabelBadgeSchema.nullable(),
});
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const OrderListSchema = z.object({
  orders: z.array(OrderSummarySchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type OrderList = z.infer<typeof OrderListSchema>;

export const OrderItemSchema = z.object({
  orderItemId: z.string(),
  asin: z.string().nullable(),
  sku: z.string().nullable(),
  title: z.string().nullable(),
  quantityOrdered: z.number().int(),
  quantityShipped: z.number().int().nullable(),
  unitPrice: MoneySchema.nullable(),
  subtotal: MoneySchema.nullable(),
});
export type OrderItem = z.infer<typeof OrderItemSchema>;

/** One order without PII, with its latest shipment (null before any label). */
export const OrderDetailSchema = OrderSummarySchema.extend({
  deliverByEarliest: z.iso.datetime().nullable(),
  items: z.array(OrderItemSchema),
  shipment: ShipmentViewSchema.nullable(),
});
export type OrderDetail = z.infer<typeof OrderDetailSchema>;
