import { z } from 'zod';
import {
  ShipentegraNumberSchema,
  ShipentegraTextIdSchema,
  ShipentegraTimeSchema,
  shipentegraEnvelopeSchema,
} from './contract-envelope.ts';

// Shipentegra's public API as far as ../shared/reference/shipentegra.md knows it. This file
// holds auth, quotes, carriers and tracking, and re-exports the envelope, orders and labels,
// so callers import every schema from here.

export * from './contract-envelope.ts';
export * from './contract-orders.ts';

/** `POST /auth/token` (sure). */
export const ShipentegraTokenRequestSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});
export type ShipentegraTokenRequest = z.infer<typeof ShipentegraTokenRequestSchema>;

export const ShipentegraTokenSchema = z.looseObject({
  accessToken: z.string().min(1),
  // No refresh endpoint is known, so nothing reads it.
  refreshToken: z.string().nullable().optional(),
  tokenType: z.string(),
  // Format unknown: seconds, `HH:MM:SS` or an expiry date have all been reported.
  accessTokenValidity: z.union([z.number(), z.string()]),
});
export type ShipentegraToken = z.infer<typeof ShipentegraTokenSchema>;

/** `POST /tools/calculate/all` (sure). */
export const ShipentegraQuoteRequestSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/),
  // Billable weight: max(actual kg, L*W*H / 5000).
  kgDesi: z.number().positive(),
  isAmazonShipment: z.literal([0, 1]),
});
export type ShipentegraQuoteRequest = z.infer<typeof ShipentegraQuoteRequestSchema>;

/** One entry of `data.prices` (sure for the names; money in major units). */
export const ShipentegraQuoteSchema = z.looseObject({
  serviceName: z.string().min(1),
  clearServiceName: z.string(),
  // `EXPRESS` or `ECO` so far; kept open so a new tier does not break quoting.
  serviceType: z.string(),
  cargoPrice: ShipentegraNumberSchema,
  fuelCost: ShipentegraNumberSchema,
  totalPrice: ShipentegraNumberSchema,
  currency: z.string(),
  additionalFee: ShipentegraNumberSchema.nullable().optional(),
  totalPriceWithAdditionalFee: ShipentegraNumberSchema,
  // HTML-ish marketing text and the only place the transit time appears ("3-6 iş günü").
  additionalDescription: z.string().nullable().optional(),
});
export type ShipentegraQuote = z.infer<typeof ShipentegraQuoteSchema>;

export const ShipentegraQuotesSchema = z.looseObject({
  bestCarrier: z.string().nullable().optional(),
  uniqueCode: ShipentegraTextIdSchema.nullable().optional(),
  prices: z.array(ShipentegraQuoteSchema),
});
export type ShipentegraQuotes = z.infer<typeof ShipentegraQuotesSchema>;

/** One entry of `GET /users/carriers` (likely): where to send the label call for a service. */
export const ShipentegraCarrierSchema = z.looseObject({
  title: z.string(),
  value: z.string(),
  info: z.looseObject({
    // The label endpoint; whether it is a path under the base URL or absolute is unknown.
    url: z.string().min(1),
    specialService: z.union([z.string(), z.number()]).nullable(),
  }),
});
export type ShipentegraCarrier = z.infer<typeof ShipentegraCarrierSchema>;

export const ShipentegraTrackingActivitySchema = z.looseObject({
  date: ShipentegraTimeSchema,
  event: z.string(),
});
export type ShipentegraTrackingActivity = z.infer<typeof ShipentegraTrackingActivitySchema>;

/** `GET /logistics/shipments/activities?trackingNumber=` (sure for the field names). */
export const ShipentegraTrackingSchema = z.looseObject({
  // The status vocabulary is unknown: map it defensively and fall back to the activities.
  status: z.string(),
  summary: z.string().nullable().optional(),
  deliveryDate: ShipentegraTimeSchema.nullable().optional(),
  // Appears later for Shipentegra's own services; Amazon must get this number once it exists.
  lastMileTrackingNumber: ShipentegraTextIdSchema.nullable().optional(),
  lastMileCarrier: z.string().nullable().optional(),
  // Order unknown: sort by date before reading the latest.
  activities: z.array(ShipentegraTrackingActivitySchema),
});
export type ShipentegraTracking = z.infer<typeof ShipentegraTrackingSchema>;

export const ShipentegraTokenResponseSchema = shipentegraEnvelopeSchema(ShipentegraTokenSchema);
export const ShipentegraQuotesResponseSchema = shipentegraEnvelopeSchema(ShipentegraQuotesSchema);
export const ShipentegraCarriersResponseSchema = shipentegraEnvelopeSchema(
  z.array(ShipentegraCarrierSchema),
);
export const ShipentegraTrackingResponseSchema =
  shipentegraEnvelopeSchema(ShipentegraTrackingSchema);
