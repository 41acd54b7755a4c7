import { browser } from 'wxt/browser';
import { ExtensionError } from './extension-error.ts';
import type {
  ExtensionReplies,
  ExtensionRequest,
  ExtensionRequestType,
  MessageResult,
} from './messages.ts';

type RequestOf<T extends ExtensionRequestType> = Extract<ExtensionRequest, { type: T }>;

// Asks the background and unwraps its answer: data, or an ExtensionError with the seller-facing
// message. The cast is safe because only our background answers runtime messages.
export async function sendMessage<T extends ExtensionRequestType>(
  request: RequestOf<T>,
): Promise<ExtensionReplies[T]> {
  const result = (await browser.runtime.sendMessage(request)) as
    | MessageResult<ExtensionReplies[T]>
    | undefined;

  if (!result) {
    throw new ExtensionError({
      code: 'NO_BACKGROUND',
      message: 'The Kayistra extension is restarting. Please try again.',
    });
  }

  if (!result.ok) {
    throw new ExtensionError(result.error);
  }

  return result.data;
}
