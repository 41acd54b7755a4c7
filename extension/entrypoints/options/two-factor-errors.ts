import { ExtensionError } from '../../api/extension-error.ts';
import { describeFailure } from '../../locales/describe-failure.ts';
import type { Messages } from '../../locales/en.ts';

/** Where a refused two-factor form shows its error: under an input, or as the form's alert. */
export interface PlacedSecretError {
  code?: string;
  password?: string;
  isPlaced: boolean;
}

const NOT_PLACED: PlacedSecretError = { isPlaced: false };

function isFieldRefused(error: ExtensionError, path: string): boolean {
  return error.code === 'VALIDATION_FAILED' && (error.fields ?? []).some((f) => f.path === path);
}

// A wrong code or password belongs next to what the seller typed; a lockout (which carries when
// to try again), a lost connection or anything else concerns the whole form.
export function placeSecretError(error: unknown, t: Messages): PlacedSecretError {
  if (!(error instanceof ExtensionError) || error.retryAfterSeconds !== undefined) {
    return NOT_PLACED;
  }

  const described = describeFailure(error.toFailure(), t);
  if (error.code === 'INVALID_MFA_CODE' || error.code === 'MFA_CODE_REQUIRED') {
    return { code: described, isPlaced: true };
  }

  if (error.code === 'INVALID_CREDENTIALS') {
    return { password: described, isPlaced: true };
  }

  // The server's words for a malformed code are zod's English; the seller reads what it takes.
  if (isFieldRefused(error, 'code')) {
    return { code: t.twoFactor.codeFormat, isPlaced: true };
  }

  return NOT_PLACED;
}
