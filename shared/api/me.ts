import { z } from 'zod';
import { AmazonRegionSchema } from './connections.ts';

export const UserRoleSchema = z.enum(['owner', 'member']);
export type UserRole = z.infer<typeof UserRoleSchema>;

/** An Amazon authorisation as the seller sees it: never the refresh token. */
export const AmazonConnectionSummarySchema = z.object({
  region: AmazonRegionSchema,
  sellingPartnerId: z.string(),
  marketplaceIds: z.array(z.string()),
  status: z.enum(['connected', 'needs_reauthorization']),
  authorizedAt: z.iso.datetime(),
});
export type AmazonConnectionSummary = z.infer<typeof AmazonConnectionSummarySchema>;

/** Shipentegra credentials as the seller sees them: never the client secret. */
export const ShipentegraSummarySchema = z.object({
  connected: z.boolean(),
  clientId: z.string().nullable(),
  verifiedAt: z.iso.datetime().nullable(),
});
export type ShipentegraSummary = z.infer<typeof ShipentegraSummarySchema>;

/** `GET /api/me`: who is signed in and what their tenant has connected. */
export const MeSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string().nullable(),
    role: UserRoleSchema,
    mfaEnabled: z.boolean(),
  }),
  tenant: z.object({
    id: z.string(),
    companyName: z.string(),
    mfaRequired: z.boolean(),
  }),
  amazonConnections: z.array(AmazonConnectionSummarySchema),
  shipentegra: ShipentegraSummarySchema,
});
export type Me = z.infer<typeof MeSchema>;
