import { ExtensionError } from '../../api/extension-error.ts';

/** The server's objections by field path (`sender.postalCode`), several joined into one line. */
export type FieldErrors = ReadonlyMap<string, string>;

export const NO_FIELD_ERRORS: FieldErrors = new Map();

// The server's words are zod's English ("Too small: expected string to have >=2 characters"): the
// seller reads instead what the field takes, in their language, whatever the exact objection.
export function describeFieldError(
  errors: FieldErrors,
  path: string,
  rule: string | undefined,
): string | undefined {
  const message = errors.get(path);

  return message === undefined ? undefined : (rule ?? message);
}

// VALIDATION_FAILED names each refused field; anything else concerns the form as a whole.
export function collectFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ExtensionError) || error.code !== 'VALIDATION_FAILED') {
    return NO_FIELD_ERRORS;
  }

  const errors = new Map<string, string>();
  for (const { path, message } of error.fields ?? []) {
    const earlier = errors.get(path);
    errors.set(path, earlier ? `${earlier} ${message}` : message);
  }

  return errors;
}
