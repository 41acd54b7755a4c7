import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtensionFailure } from '../../../extension/api/messages.ts';
import { EXPIRES_AT, TENANT_ID } from './fake-server.ts';
import { createSettings, createSku } from './label-fixtures.ts';

type Message = { type: string } & Record<string, unknown>;
type Handler = (message: Message) => unknown;

// A handler returns or throws this to answer `{ ok: false }`, as the background does for a server error.
export class FakeFailure {
  constructor(readonly failure: ExtensionFailure) {}
}

export function fail(
  code: ExtensionFailure['code'],
  message: string,
  fields?: ExtensionFailure['fields'],
) {
  return new FakeFailure({ code, message, ...(fields && { fields }) });
}

// The background as the panel sees it: each message type answered by a handler set with `on`
// (some have defaults), every message recorded. Handlers may return promises settled later.
export function fakeLabelBackground() {
  const sent: Message[] = [];
  const handlers = new Map<string, Handler>([
    ['GET_SESSION', () => ({ tenantId: TENANT_ID, expiresAt: EXPIRES_AT })],
    ['GET_SHIPMENT', () => ({ shipment: null })],
    ['GET_SHIPPING_SETTINGS', () => createSettings(null)],
    ['LIST_SKUS', (message) => ({ skus: [createSku(String(message.q))], nextCursor: null })],
    ['OPEN_LABEL', () => null],
  ]);

  const answer = async (message: Message) => {
    const handler = handlers.get(message.type);
    const data = handler
      ? await handler(message)
      : fail('BAD_MESSAGE', `No fake for ${message.type}`);
    if (data instanceof FakeFailure) {
      throw data;
    }

    return data;
  };

  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
    const message = raw as Message;
    sent.push(message);

    try {
      return { ok: true, data: await answer(message) };
    } catch (error) {
      if (error instanceof FakeFailure) {
        return { ok: false, error: error.failure };
      }

      throw error;
    }
  });

  const background = {
    sent,
    ofType: (type: string) => sent.filter((message) => message.type === type),
    on(type: string, handler: Handler) {
      handlers.set(type, handler);
      return background;
    },
  };

  return background;
}

// A promise the test settles when it wants: a slow background answer.
export function createDeferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((settle, refuse) => {
    resolve = settle;
    reject = refuse;
  });

  return { promise, resolve, reject };
}
