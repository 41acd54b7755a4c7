import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtensionFailure, ExtensionRequestType } from '../../../extension/api/messages.ts';

export interface ReceivedMessage {
  type: string;
  [field: string]: unknown;
}

/** What a handler answers: the reply's data, or a failure as the background would send it. */
export type FakeAnswer = { data: unknown } | { error: ExtensionFailure };
type Handler = (message: ReceivedMessage) => FakeAnswer;

// The background as a page sees it, one handler per message type; every message is recorded.
// A type without a handler fails loudly, so a test notices a request it did not expect.
export function answerMessages(handlers: Partial<Record<ExtensionRequestType, Handler>>) {
  const received: ReceivedMessage[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const request = message as ReceivedMessage;
    received.push(request);
    const answer = handlers[request.type as ExtensionRequestType]?.(request);
    if (!answer) {
      return {
        ok: false,
        error: { code: 'BAD_MESSAGE', message: `No answer for ${request.type}` },
      };
    }

    return 'data' in answer ? { ok: true, data: answer.data } : { ok: false, error: answer.error };
  });

  return received;
}

/** The messages of one type received so far. */
export function messagesOfType(received: ReceivedMessage[], type: ExtensionRequestType) {
  return received.filter((message) => message.type === type);
}
