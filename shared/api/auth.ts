import { z } from 'zod';
import {
  findPasswordWeakness,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from './password-rules.ts';

/** Emails are compared trimmed and lower-cased: that is how they are stored. */
export const EmailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** A password being checked (sign-in, confirmation): any length we are willing to hash. */
export const PasswordInputSchema = z.string().min(1).max(MAX_PASSWORD_LENGTH);

/** A 6-digit TOTP code; spaces are dropped because apps show codes as "123 456". */
export const TotpCodeSchema = z
  .string()
  .max(16)
  .transform((code) => code.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6 digits from your authenticator app.'));

export const SignupRequestSchema = z
  .object({
    email: EmailSchema,
    password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
    companyName: z.string().trim().min(2).max(100),
  })
  .superRefine((request, context) => {
    const { length } = request.password;

    // A password already refused for its length needs no second complaint.
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
      return;
    }

    const weakness = findPasswordWeakness(request.password, request.email);

    if (weakness) {
      context.addIssue({ code: 'custom', path: ['password'], message: weakness });
    }
  });
export type SignupRequest = z.infer<typeof SignupRequestSchema>;

export const LoginRequestSchema = z.object({
  email: EmailSchema,
  password: PasswordInputSchema,
  totp: TotpCodeSchema.optional(),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Re-proving who you are before export or deletion (`POST /api/auth/confirm`). */
export const ConfirmRequestSchema = z.object({
  password: PasswordInputSchema,
  totp: TotpCodeSchema.optional(),
});
export type ConfirmRequest = z.infer<typeof ConfirmRequestSchema>;

/** A new session: the bearer token is shown this once and never stored in clear. */
export const SessionTokenSchema = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
});
export type SessionToken = z.infer<typeof SessionTokenSchema>;

export const ConfirmResponseSchema = z.object({ confirmedAt: z.iso.datetime() });
export type ConfirmResponse = z.infer<typeof ConfirmResponseSchema>;
