import { z } from 'zod';
import type { SealedCell } from '../crypto/associated-data.ts';
import type { TenantSealer } from '../crypto/tenant-sealer.ts';

/**
 * The buyer's delivery address and contact, as kept sealed in `order_recipients` for a label.
 * Field names follow Amazon's `CustomerAddress` (Orders 2026-01-01) so mapping stays obvious;
 * everything but the country may be missing, and the label checks say which are needed.
 */
export const OrderRecipientSchema = z.object({
  name: z.string().nullable(),
  companyName: z.string().nullable(),
  address1: z.string().nullable(),
  address2: z.string().nullable(),
  address3: z.string().nullable(),
  city: z.string().nullable(),
  districtOrCounty: z.string().nullable(),
  stateOrRegion: z.string().nullable(),
  postalCode: z.string().nullable(),
  countryCode: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type OrderRecipient = z.infer<typeof OrderRecipientSchema>;

/** The sealed cell of an order's recipient: bound to its order, so it opens nowhere else. */
export function recipientCellOf(orderId: string): SealedCell {
  return { purpose: 'pii', table: 'order_recipients', column: 'recipient_sealed', rowId: orderId };
}

export function sealRecipient(sealer: TenantSealer, orderId: string, recipient: OrderRecipient) {
  return sealer.seal(
    recipientCellOf(orderId),
    JSON.stringify(OrderRecipientSchema.parse(recipient)),
  );
}

export function openRecipient(
  sealer: TenantSealer,
  orderId: string,
  sealed: string,
): OrderRecipient {
  return OrderRecipientSchema.parse(
    JSON.parse(sealer.openAsString(recipientCellOf(orderId), sealed)),
  );
}
