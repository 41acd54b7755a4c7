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

/** Answers in turn, the last one again once all were given. */
export function answerInTurn(...answers: FakeAnswer[]): Handler {
  let answered = 0;

  return () => {
    const answer = answers[Math.min(answered, answers.length - 1)];
    answered += 1;
    return answer ?? { error: { code: 'INTERNAL', message: 'No answers given.' } };
  };
}

// The background as a page sees it: per message type a fixed answer or a handler; every message
// is recorded. A type without one fails loudly, so a test notices a request it did not expect.
export function answerMessages(
  answers: Partial<Record<ExtensionRequestType, FakeAnswer | Handler>>,
) {
  const received: ReceivedMessage[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const request = message as ReceivedMessage;
    received.push(request);
    const given = answers[request.type as ExtensionRequestType];
    const answer = typeof given === 'function' ? given(request) : given;
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
