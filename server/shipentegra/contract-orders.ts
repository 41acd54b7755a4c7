import { z } from 'zod';
import {
  ShipentegraNumberSchema,
  ShipentegraTextIdSchema,
  shipentegraEnvelopeSchema,
} from './contract-envelope.ts';

// Orders and labels. Request schemas carry Shipentegra's limits (sure unless marked) so the
// client can refuse a bad order before spending a call; response schemas stay lenient.

const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/);
const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);
const DimensionSchema = z.number().int().min(1).max(300);
const ShipentegraIdSchema = ShipentegraNumberSchema.pipe(z.number().int().positive());

/** Customs mode (likely): 1 DDP, 2 DDU, 3 IOSS, 4 Shipentegra IOSS, 5 HMRC, 7 VOEC. */
export const ShipentegraShippingTypeSchema = z.literal([1, 2, 3, 4, 5, 7]);
export type ShipentegraShippingType = z.infer<typeof ShipentegraShippingTypeSchema>;

// US and CA addresses are refused without a state (sure).
function requireStateFor(country: string, state: string | undefined): boolean {
  return !(['US', 'CA'].includes(country) && !state?.trim());
}

const stateIssue = { message: 'state is required for US and CA', path: ['state'] };

export const ShipentegraManualAddressSchema = z
  .object({
    name: z.string().min(2).max(50),
    address: z.string().min(1).max(35),
    city: z.string().min(2).max(35),
    state: z.string().max(35).optional(),
    postalCode: z.string().min(1),
    country: CountryCodeSchema,
    phone: z.string().optional(),
    email: z.string().optional(),
    town: z.string().max(35).optional(),
  })
  .refine((address) => requireStateFor(address.country, address.state), stateIssue);

export const ShipentegraManualItemSchema = z.object({
  name: z.string().min(3).max(512),
  quantity: z.number().int().min(1),
  unitPrice: z.number().positive(),
  sku: z.string(),
  gtip: z.string().optional(),
});

/** `POST /orders/manual` (sure; deprecated upstream since 2026-03-01 but widely used). */
export const ShipentegraManualOrderRequestSchema = z.object({
  // Unique per attempt: a reused number is rejected, even after a failed label.
  number: z.string().min(1).max(128),
  reference1: z.string().max(40).optional(),
  description: z.string().min(5).max(50),
  packageQuantity: z.number().int().min(1),
  currency: CurrencySchema,
  shippingAmount: z.number().nonnegative(),
  weight: z.number().positive(),
  width: DimensionSchema,
  height: DimensionSchema,
  length: DimensionSchema,
  // EU destinations only.
  iossNumber: z.string().optional(),
  shippingType: ShipentegraShippingTypeSchema,
  shippingAddress: ShipentegraManualAddressSchema,
  items: z.array(ShipentegraManualItemSchema).min(1),
});
export type ShipentegraManualOrderRequest = z.infer<typeof ShipentegraManualOrderRequestSchema>;

/** `data` of both order-creating calls: `{ success: true, orderId: 11155947 }` (sure for manual). */
export const ShipentegraCreatedOrderSchema = z.looseObject({
  success: z.boolean().optional(),
  orderId: ShipentegraIdSchema,
});
export type ShipentegraCreatedOrder = z.infer<typeof ShipentegraCreatedOrderSchema>;

export const ShipentegraPartySchema = z
  .object({
    name: z.string().min(2).max(50),
    address1: z.string().min(1).max(35),
    address2: z.string().max(35).optional(),
    city: z.string().min(2).max(35),
    state: z.string().max(35).optional(),
    zipCode: z.string().min(1),
    country: CountryCodeSchema,
    phone: z.string().optional(),
    email: z.string().optional(),
  })
  .refine((party) => requireStateFor(party.country, party.state), stateIssue);

/** `POST /orders`, the multi-package form (likely). Its success body is unknown. */
export const ShipentegraOrderRequestSchema = z.object({
  orderNumber: z.string().min(1).max(128),
  description: z.string().min(5).max(50),
  currency: CurrencySchema,
  shippingType: ShipentegraShippingTypeSchema,
  // Open question: whether the IOSS number belongs here or in a separate field.
  vatNumber: z.string().optional(),
  exportReason: z.string().optional(),
  shipTo: ShipentegraPartySchema,
  shipFrom: ShipentegraPartySchema,
  products: z
    .array(
      z.object({
        name: z.string().min(3).max(512),
        quantity: z.number().int().min(1),
        unitPrice: z.number().positive(),
        hsCode: z.string().optional(),
        sku: z.string(),
      }),
    )
    .min(1),
  packages: z
    .array(
      z.object({
        width: DimensionSchema,
        height: DimensionSchema,
        length: DimensionSchema,
        weight: z.number().positive(),
        packageQuantity: z.number().int().min(1),
      }),
    )
    .min(1),
});
export type ShipentegraOrderRequest = z.infer<typeof ShipentegraOrderRequestSchema>;

/** `GET /orders/manual/{orderId}`: only `generalInfo.items[] { sku, itemId }` is known (likely). */
export const ShipentegraOrderDetailSchema = z.looseObject({
  generalInfo: z.looseObject({
    items: z.array(
      z.looseObject({
        sku: z.string().nullable().optional(),
        // Shipentegra's own line-item id, which the label call needs.
        itemId: ShipentegraIdSchema,
      }),
    ),
  }),
});
export type ShipentegraOrderDetail = z.infer<typeof ShipentegraOrderDetailSchema>;

/** Body of every `POST /logistics/labels/shipentegra[/carrier]` call (sure). */
export const ShipentegraLabelRequestSchema = z.object({
  orderId: z.number().int().positive(),
  // A value from `GET /users/carriers` `info.specialService`; its type is unknown.
  specialService: z.union([z.string(), z.number()]),
  content: z.string().min(1).max(50),
  weight: z.number().positive(),
  currency: CurrencySchema,
  iossNumber: z.string().optional(),
  // -1 outside Germany; what 1 and 2 mean there is unknown.
  verpackg: z.number().int(),
  // Type unknown: both booleans and 0/1 are accepted by the stand-in.
  insurance: z.union([z.boolean(), z.number()]).optional(),
  items: z
    .array(
      z.object({
        itemId: z.number().int().positive(),
        declaredQuantity: z.number().int().min(1),
        declaredPrice: z.number().positive(),
        gtip: z.string().optional(),
      }),
    )
    .min(1),
});
export type ShipentegraLabelRequest = z.infer<typeof ShipentegraLabelRequestSchema>;

/** The label call's `data` (sure for the field names). */
export const ShipentegraLabelSchema = z.looseObject({
  success: z.boolean().optional(),
  // Sometimes a JSON number (sure): always kept as a string.
  trackingNumber: ShipentegraTextIdSchema,
  // A URL to the file, not its bytes: PDF, GIF for UPS, PNG for DHL eCommerce (likely).
  label: z.string().min(1),
  invoice: z.string().nullable().optional(),
  courier: z.string().nullable().optional(),
  seOrderId: ShipentegraTextIdSchema.nullable().optional(),
  serviceType: z.string().nullable().optional(),
});
export type ShipentegraLabel = z.infer<typeof ShipentegraLabelSchema>;

export const ShipentegraCreatedOrderResponseSchema = shipentegraEnvelopeSchema(
  ShipentegraCreatedOrderSchema,
);
export const ShipentegraOrderDetailResponseSchema = shipentegraEnvelopeSchema(
  ShipentegraOrderDetailSchema,
);
export const ShipentegraLabelResponseSchema = shipentegraEnvelopeSchema(ShipentegraLabelSchema);
