import { z } from 'zod';
import { ShipmentPackageSchema } from './shipping.ts';

/** Business days, as far as Shipentegra's description of the service says. */
export const TransitDaysSchema = z.object({
  min: z.number().int().nonnegative(),
  max: z.number().int().positive(),
});
export type TransitDays = z.infer<typeof TransitDaysSchema>;

/** One service a label can be bought with, as `GET /api/orders/:orderId/quotes` lists it. */
export const ShippingQuoteSchema = z.object({
  /** Shipentegra's service slug, e.g. `shipentegra-express`: what a label purchase names. */
  serviceName: z.string(),
  displayName: z.string(),
  /** `EXPRESS` or `ECO` so far; open so a new tier still shows. */
  serviceType: z.string(),
  /** What the label costs, fees included, as an exact decimal in major units: `"18.42"`. */
  totalPrice: z.string().regex(/^\d+\.\d{2,}$/),
  currency: z.string(),
  /** Null when the service's description gives no delivery estimate. */
  transitDays: TransitDaysSchema.nullable(),
  isCheapest: z.boolean(),
  isFastest: z.boolean(),
});
export type ShippingQuote = z.infer<typeof ShippingQuoteSchema>;

export const QuotesResponseSchema = z.object({
  country: z.string(),
  /** The billable weight quoted: the larger of actual kilograms and L*W*H / 5000. */
  kgDesi: z.number(),
  /** The parcel quoted: computed from the SKU profiles, with the seller's overrides applied. */
  package: ShipmentPackageSchema,
  quotes: z.array(ShippingQuoteSchema),
});
export type QuotesResponse = z.infer<typeof QuotesResponseSchema>;
