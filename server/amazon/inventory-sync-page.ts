import { z } from 'zod';

const DecimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/);
const MoneySchema = z.object({ amount: DecimalSchema, currencyCode: z.string().min(1) });
const DateSchema = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const ListingItemSchema = z.object({
  sku: z.string().min(1),
  summaries: z
    .array(
      z.object({
        marketplaceId: z.string(),
        asin: z.string().optional(),
        itemName: z.string().optional(),
        status: z.array(z.string()).optional(),
        lastUpdatedDate: DateSchema.optional(),
      }),
    )
    .optional(),
  offers: z
    .array(
      z.object({
        marketplaceId: z.string(),
        offerType: z.string(),
        price: MoneySchema,
        audience: z.object({ value: z.string().optional() }).optional(),
      }),
    )
    .optional(),
  fulfillmentAvailability: z
    .array(z.object({ fulfillmentChannelCode: z.string(), quantity: z.number().int().optional() }))
    .optional(),
});

const ListingsPageSchema = z.object({
  numberOfResults: z.number().int(),
  pagination: z.object({ nextToken: z.string().min(1).optional() }).optional(),
  items: z.array(ListingItemSchema),
});

const InventoryPageSchema = z.object({
  payload: z.object({
    inventorySummaries: z.array(
      z.object({
        sellerSku: z.string().min(1),
        asin: z.string().optional(),
        productName: z.string().optional(),
        inventoryDetails: z
          .object({
            fulfillableQuantity: z.number().int().optional(),
            inboundWorkingQuantity: z.number().int().optional(),
            inboundShippedQuantity: z.number().int().optional(),
            inboundReceivingQuantity: z.number().int().optional(),
            reservedQuantity: z
              .object({ totalReservedQuantity: z.number().int().optional() })
              .optional(),
            unfulfillableQuantity: z
              .object({ totalUnfulfillableQuantity: z.number().int().optional() })
              .optional(),
          })
          .optional(),
      }),
    ),
  }),
  pagination: z.object({ nextToken: z.string().min(1).optional() }).optional(),
});

/** A listing in one marketplace, as searchListingsItems shows it. */
export interface ListingSnapshot {
  sku: string;
  asin: string | null;
  itemName: string | null;
  statuses: string[];
  fulfillmentChannel: 'MFN' | 'AFN';
  priceAmount: string | null;
  currencyCode: string | null;
  quantity: number | null;
  amazonUpdatedAt: Date | null;
}

export interface FbaStockSnapshot {
  sku: string;
  asin: string | null;
  productName: string | null;
  fulfillable: number | null;
  inbound: number | null;
  reserved: number | null;
  unfulfillable: number | null;
}

export interface Page<Item> {
  items: Item[];
  nextToken: string | undefined;
  /** All matching items over all pages, when Amazon says. */
  total?: number;
}

export const LISTING_INCLUDED_DATA = ['summaries', 'offers', 'fulfillmentAvailability'] as const;

export function readListingsPage(body: unknown, marketplaceId: string): Page<ListingSnapshot> {
  const page = ListingsPageSchema.parse(body);

  return {
    items: page.items.map((item) => toListing(item, marketplaceId)),
    nextToken: page.pagination?.nextToken,
    total: page.numberOfResults,
  };
}

export function readInventoryPage(body: unknown): Page<FbaStockSnapshot> {
  const page = InventoryPageSchema.parse(body);

  return {
    items: page.payload.inventorySummaries.map((summary) => {
      const details = summary.inventoryDetails;
      const inbound = [
        details?.inboundWorkingQuantity,
        details?.inboundShippedQuantity,
        details?.inboundReceivingQuantity,
      ];

      return {
        sku: summary.sellerSku,
        asin: summary.asin ?? null,
        productName: summary.productName ?? null,
        fulfillable: details?.fulfillableQuantity ?? null,
        inbound: details ? inbound.reduce<number>((sum, value) => sum + (value ?? 0), 0) : null,
        reserved: details?.reservedQuantity?.totalReservedQuantity ?? null,
        unfulfillable: details?.unfulfillableQuantity?.totalUnfulfillableQuantity ?? null,
      };
    }),
    nextToken: page.pagination?.nextToken,
  };
}

function toListing(
  item: z.infer<typeof ListingItemSchema>,
  marketplaceId: string,
): ListingSnapshot {
  const summary = item.summaries?.find((entry) => entry.marketplaceId === marketplaceId);
  // The price shoppers see: the business-to-consumer offer for everyone.
  const offer = item.offers?.find(
    (entry) =>
      entry.marketplaceId === marketplaceId &&
      entry.offerType === 'B2C' &&
      (entry.audience?.value ?? 'ALL') === 'ALL',
  );
  // DEFAULT is the seller's own stock; any other code (AMAZON_NA, AMAZON_EU...) is FBA.
  const availability = item.fulfillmentAvailability?.[0];
  const isFba = availability !== undefined && availability.fulfillmentChannelCode !== 'DEFAULT';

  return {
    sku: item.sku,
    asin: summary?.asin ?? null,
    itemName: summary?.itemName ?? null,
    statuses: summary?.status ?? [],
    fulfillmentChannel: isFba ? 'AFN' : 'MFN',
    priceAmount: offer?.price.amount ?? null,
    currencyCode: offer?.price.currencyCode ?? null,
    quantity: availability?.quantity ?? null,
    amazonUpdatedAt: summary?.lastUpdatedDate ?? null,
  };
}
