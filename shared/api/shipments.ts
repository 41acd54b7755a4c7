import { z } from 'zod';
import { PackageOverrideSchema, ShipmentPackageSchema } from './shipping.ts';

/** `POST /api/orders/:orderId/label`'s body; the `Idempotency-Key` header names the attempt. */
export const LabelRequestSchema = z.object({
  /** A quoted service slug, e.g. `shipentegra-express`. */
  serviceName: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,79}$/),
  package: PackageOverrideSchema.optional(),
  /**
   * Set only after the seller checked Shipentegra's panel: a label whose answer was lost may
   * already be paid for, so a new one is bought only when the seller says so.
   */
  isUnknownLabelChecked: z.boolean().default(false),
});
export type LabelRequest = z.infer<typeof LabelRequestSchema>;

/** Between 8 and 128 printable characters: a UUID from the extension fits. */
export const IdempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{8,128}$/);

export const QuotesQuerySchema = z.object({
  /** The destination; the marketplace's country when left out. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  weightGrams: z.coerce.number().int().min(1).max(70_000).optional(),
  lengthCm: z.coerce.number().int().min(1).max(300).optional(),
  widthCm: z.coerce.number().int().min(1).max(300).optional(),
  heightCm: z.coerce.number().int().min(1).max(300).optional(),
});

/** Buying a label, in the order the server runs the steps. */
export const LABEL_PURCHASE_STEPS = [
  'fetch_recipient',
  'create_order',
  'buy_label',
  'fetch_label_file',
  'confirm_on_amazon',
  'verify_on_amazon',
] as const;

/** Every step: the purchase, then tracking until delivery, then nothing left to do. */
export const SHIPMENT_STEPS = [...LABEL_PURCHASE_STEPS, 'track', 'done'] as const;
export type ShipmentStep = (typeof SHIPMENT_STEPS)[number];

/** What the label panel shows about an order's shipment. */
export const ShipmentViewSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  attempt: z.number().int(),
  state: z.enum(['quoted', 'ordered', 'labelled', 'confirmed', 'delivered', 'failed']),
  /** What the state machine does next; `done` once delivered or failed. */
  step: z.enum(SHIPMENT_STEPS),
  serviceName: z.string(),
  serviceDisplayName: z.string().nullable(),
  cost: z.object({ amount: z.string(), currency: z.string() }).nullable(),
  package: ShipmentPackageSchema,
  trackingNumber: z.string().nullable(),
  courier: z.string().nullable(),
  lastMile: z.object({ trackingNumber: z.string(), carrier: z.string().nullable() }).nullable(),
  trackingStatus: z.enum([
    'pending',
    'in_transit',
    'out_for_delivery',
    'delivered',
    'exception',
    'returned',
  ]),
  hasLabelFile: z.boolean(),
  amazon: z.object({
    carrierCode: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    confirmedAt: z.iso.datetime().nullable(),
    verifiedAt: z.iso.datetime().nullable(),
  }),
  deliveredAt: z.iso.datetime().nullable(),
  /** Set when something needs the seller, or when a step keeps retrying by itself. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ShipmentView = z.infer<typeof ShipmentViewSchema>;

export const ShipmentAnswerSchema = z.object({ shipment: ShipmentViewSchema.nullable() });
export type ShipmentAnswer = z.infer<typeof ShipmentAnswerSchema>;

/**
 * `GET /api/shipments/summary`: the popup's to-do counts. `unshippedWithoutLabel`: unshipped
 * merchant-fulfilled orders with no live shipment; `awaitingAmazon`: labels bought that Amazon
 * does not show yet; `needsAttention`: shipments that failed and wait for the seller.
 */
export const LabelSummarySchema = z.object({
  unshippedWithoutLabel: z.number().int().nonnegative(),
  awaitingAmazon: z.number().int().nonnegative(),
  needsAttention: z.number().int().nonnegative(),
});
export type LabelSummary = z.infer<typeof LabelSummarySchema>;
