import { z } from 'zod';
import { PasswordInputSchema, TotpCodeSchema } from './auth.ts';

/** Shown once at setup, for the authenticator app (as text or as a QR code of the URI). */
export const MfaSetupResponseSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
});
export type MfaSetupResponse = z.infer<typeof MfaSetupResponseSchema>;

export const MfaEnableRequestSchema = z.object({ code: TotpCodeSchema });
export type MfaEnableRequest = z.infer<typeof MfaEnableRequestSchema>;

export const MfaDisableRequestSchema = z.object({
  password: PasswordInputSchema,
  code: TotpCodeSchema,
});
export type MfaDisableRequest = z.infer<typeof MfaDisableRequestSchema>;

export const MfaStateSchema = z.object({ mfaEnabled: z.boolean() });
export type MfaState = z.infer<typeof MfaStateSchema>;

/** `PUT /api/tenant/settings/security`, owner only. */
export const TenantSecuritySettingsSchema = z.object({ mfaRequired: z.boolean() });
export type TenantSecuritySettings = z.infer<typeof TenantSecuritySettingsSchema>;
