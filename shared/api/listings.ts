import { z } from 'zod';
import { MoneySchema } from './orders.ts';

export const ListingListQuerySchema = z.object({
  /** A SKU or ASIN (its beginning), or words of the product name. */
  q: z.string().trim().min(1).max(100).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListingListQuery = z.infer<typeof ListingListQuerySchema>;

export const ListingSchema = z.object({
  sku: z.string(),
  marketplaceId: z.string(),
  region: z.enum(['na', 'eu', 'fe']),
  asin: z.string().nullable(),
  itemName: z.string().nullable(),
  statuses: z.array(z.string()),
  /** MFN ships from the seller (Turkey), AFN from Amazon's warehouses (FBA). */
  fulfillmentChannel: z.enum(['MFN', 'AFN']),
  price: MoneySchema.nullable(),
  quantity: z.number().int().nullable(),
  fba: z
    .object({
      fulfillable: z.number().int().nullable(),
      inbound: z.number().int().nullable(),
      reserved: z.number().int().nullable(),
      unfulfillable: z.number().int().nullable(),
    })
    .nullable(),
  syncedAt: z.iso.datetime(),
});
export type Listing = z.infer<typeof ListingSchema>;

export const ListingListSchema = z.object({
  listings: z.array(ListingSchema),
  nextCursor: z.string().nullable(),
});
export type ListingList = z.infer<typeof ListingListSchema>;
