import type { ExtensionErrorCode, ExtensionFailure } from '../api/messages.ts';
import type { Messages } from './en.ts';

function hasWording(t: Messages, code: string): code is ExtensionErrorCode {
  return Object.hasOwn(t.errors, code);
}

// What the seller reads for an error code: this language's wording when it has one, otherwise
// the message the server (or the background) wrote, which is English.
export function describeCode(code: string, message: string, t: Messages): string {
  return hasWording(t, code) ? (t.errors[code] ?? message) : message;
}

// A failed request, plus when to try again after a lockout or rate limit.
export function describeFailure(failure: ExtensionFailure, t: Messages): string {
  const message = describeCode(failure.code, failure.message, t);
  if (failure.retryAfterSeconds === undefined) {
    return message;
  }

  return `${message} ${t.common.retryAfter(Math.ceil(failure.retryAfterSeconds / 60))}`;
}
