import { z } from 'zod';
import { EmailSchema, PasswordInputSchema, TotpCodeSchema } from './auth.ts';

/**
 * `PATCH /api/me`: the seller corrects their own account details. Changing the email moves
 * the sign-in name, so it takes the current password as well: a stolen session alone must not
 * be able to take the account over.
 */
export const UpdateMeRequestSchema = z
  .object({
    displayName: z.string().trim().min(1).max(100).nullable().optional(),
    email: EmailSchema.optional(),
    password: PasswordInputSchema.optional(),
    totp: TotpCodeSchema.optional(),
  })
  .refine((request) => request.email === undefined || request.password !== undefined, {
    path: ['password'],
    message: 'Enter your current password to change your email.',
  });
export type UpdateMeRequest = z.infer<typeof UpdateMeRequestSchema>;

/** `DELETE /api/tenant`: the password (and code) again, on top of a recent confirmation. */
export const DeleteTenantRequestSchema = z.object({
  password: PasswordInputSchema,
  totp: TotpCodeSchema.optional(),
});
export type DeleteTenantRequest = z.infer<typeof DeleteTenantRequestSchema>;

const ExportRowSchema = z.record(z.string(), z.unknown());

/**
 * `GET /api/tenant/export`: everything the tenant owns, one array per kind of record. Never
 * password hashes, MFA secrets, refresh tokens, client secrets or label files; buyer PII still
 * held appears opened, since it is the seller's to take.
 */
export const TenantExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  tenant: ExportRowSchema,
  users: z.array(ExportRowSchema),
  amazonConnections: z.array(ExportRowSchema),
  shipentegraAccounts: z.array(ExportRowSchema),
  shippingSettings: z.array(ExportRowSchema),
  skuProfiles: z.array(ExportRowSchema),
  orders: z.array(ExportRowSchema),
  orderItems: z.array(ExportRowSchema),
  orderRecipients: z.array(ExportRowSchema),
  shipments: z.array(ExportRowSchema),
  listings: z.array(ExportRowSchema),
  syncRuns: z.array(ExportRowSchema),
  auditEvents: z.array(ExportRowSchema),
  /** Sections cut at the row limit; a complete export lists none. */
  truncatedSections: z.array(z.string()),
});
export type TenantExport = z.infer<typeof TenantExportSchema>;

/** `DELETE /api/orders/:orderId/pii`: what one order's purge removed (zero when already gone). */
export const OrderPiiPurgeResultSchema = z.object({
  recipients: z.number().int(),
  labels: z.number().int(),
});
export type OrderPiiPurgeResult = z.infer<typeof OrderPiiPurgeResultSchema>;
