import type { ExtensionErrorCode, ExtensionFailure } from './messages.ts';

// An error that crossed (or could not cross) the message channel, carrying a code the UI can
// branch on and a message safe to show the seller.
export class ExtensionError extends Error {
  readonly code: ExtensionErrorCode;

  constructor({ code, message }: ExtensionFailure) {
    super(message);
    this.name = 'ExtensionError';
    this.code = code;
  }

  toFailure(): ExtensionFailure {
    return { code: this.code, message: this.message };
  }
}
