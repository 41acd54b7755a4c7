import { z } from 'zod';

/** The SP-API regions an authorisation covers: one connection per tenant and region. */
export const AmazonRegionSchema = z.enum(['na', 'eu', 'fe']);
export type AmazonRegion = z.infer<typeof AmazonRegionSchema>;

/** `GET /api/amazon/authorize?region=` */
export const AmazonAuthorizeQuerySchema = z.object({ region: AmazonRegionSchema });
export type AmazonAuthorizeQuery = z.infer<typeof AmazonAuthorizeQuerySchema>;

/** Amazon's consent page for the region, carrying a fresh single-use state. */
export const AmazonAuthorizeResponseSchema = z.object({ url: z.url() });
export type AmazonAuthorizeResponse = z.infer<typeof AmazonAuthorizeResponseSchema>;

/** `DELETE /api/amazon/connections/:region` */
export const AmazonConnectionParamsSchema = z.object({ region: AmazonRegionSchema });

/** `PUT /api/shipentegra/credentials`: checked against Shipentegra before anything is saved. */
export const ShipentegraCredentialsSchema = z.object({
  clientId: z.string().trim().min(1).max(200),
  clientSecret: z.string().trim().min(1).max(500),
});
export type ShipentegraCredentials = z.infer<typeof ShipentegraCredentialsSchema>;

/** What a save answers: never the secret. */
export const ShipentegraAccountSchema = z.object({
  connected: z.literal(true),
  clientId: z.string(),
  verifiedAt: z.iso.datetime(),
});
export type ShipentegraAccount = z.infer<typeof ShipentegraAccountSchema>;
