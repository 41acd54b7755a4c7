import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../../shared/errors.ts';

// Codes only the extension produces; the server's catalogue codes pass through unchanged.
const EXTENSION_ONLY_CODES = [
  'SERVER_UNREACHABLE',
  'BAD_SERVER_RESPONSE',
  'BAD_MESSAGE',
  'NO_BACKGROUND',
  // No session in the extension: the seller has not signed in (or signed out) on this browser.
  'SIGNED_OUT',
  // A server newer than this extension answered with a code we do not know; its message stands.
  'SERVER_ERROR',
] as const;

const SERVER_CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];

export const ExtensionErrorCodeSchema = z.enum([...SERVER_CODES, ...EXTENSION_ONLY_CODES]);
export type ExtensionErrorCode = z.infer<typeof ExtensionErrorCodeSchema>;

export function isServerErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}

export const ExtensionFailureSchema = z.object({
  code: ExtensionErrorCodeSchema,
  message: z.string(),
  // Which fields of a form the server refused, for VALIDATION_FAILED.
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  // From Retry-After, for lockouts and rate limits.
  retryAfterSeconds: z.number().nonnegative().optional(),
});

export type ExtensionFailure = z.infer<typeof ExtensionFailureSchema>;
