/**
 * Amazon's IOSS number for the parcel, from the order's lines as the sync stored them. Amazon
 * gives it on each line whose EU import VAT it collected as marketplace facilitator, and one
 * order comes from one marketplace, so the lines agree; the first number found is the one.
 * Null when Amazon collected nothing, and the seller's own number (if any) applies instead.
 */
export function marketplaceIossNumberOf(
  items: readonly { amazonIossNumber: string | null }[],
): string | null {
  const found = items.find((item) => item.amazonIossNumber);

  return found?.amazonIossNumber ?? null;
}
