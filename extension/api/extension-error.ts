import type { ExtensionErrorCode, ExtensionFailure } from './extension-failure.ts';

// An error that crossed (or could not cross) the message channel, carrying a code the UI can
// branch on and a message safe to show the seller.
export class ExtensionError extends Error {
  readonly code: ExtensionErrorCode;
  readonly fields: ExtensionFailure['fields'];
  readonly retryAfterSeconds: number | undefined;

  constructor({ code, message, fields, retryAfterSeconds }: ExtensionFailure) {
    super(message);
    this.name = 'ExtensionError';
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  toFailure(): ExtensionFailure {
    const { code, message, fields, retryAfterSeconds } = this;

    return {
      code,
      message,
      ...(fields ? { fields } : {}),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
}

// Whatever a query or mutation threw, as a failure the UI can describe.
export function toExtensionFailure(error: unknown): ExtensionFailure {
  if (error instanceof ExtensionError) {
    return error.toFailure();
  }

  return { code: 'INTERNAL', message: 'Something went wrong in the extension. Please try again.' };
}
