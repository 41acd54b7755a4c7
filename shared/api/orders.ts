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

export const OrderListQuerySchema = z.object({
  status: OrderStatusSchema.optional(),
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
