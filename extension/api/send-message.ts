import { browser } from 'wxt/browser';
import { ExtensionError } from './extension-error.ts';
import {
  type ExtensionReplies,
  type ExtensionRequestType,
  parseMessageResult,
  type RequestOf,
} from './messages.ts';

// Asks the background and unwraps its answer: data, or an ExtensionError with the seller-facing
// message. The answer is checked like any input: a reply of the wrong shape (an extension half
// updated, another listener answering) is an error, not data.
export async function sendMessage<T extends ExtensionRequestType>(
  request: RequestOf<T> & { type: T },
): Promise<ExtensionReplies[T]> {
  const unverifiedResult: unknown = await browser.runtime.sendMessage(request);
  if (unverifiedResult === undefined) {
    throw new ExtensionError({
      code: 'NO_BACKGROUND',
      message: 'The Kayistra extension is restarting. Please try again.',
    });
  }

  const result = parseMessageResult(request.type, unverifiedResult);
  if (!result.success) {
    throw new ExtensionError({
      code: 'BAD_MESSAGE',
      message: 'The extension answered unexpectedly. Reload the page and try again.',
    });
  }

  if (!result.data.ok) {
    throw new ExtensionError(result.data.error);
  }

  return result.data.data as ExtensionReplies[T];
}
