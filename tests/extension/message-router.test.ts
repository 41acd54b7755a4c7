import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../extension/background/message-router.ts';
import { createLogger, type LogSink } from '../../extension/logging/logger.ts';
import { serverUrlItem } from '../../extension/settings/settings-items.ts';

// The extension APIs, in memory, installed before the extension's modules load: they pick the
// global `chrome` once, at import time.
await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const HEALTH = { status: 'ok', version: '0.1.0', mode: 'sandbox' };

function answerWith(body: unknown, status = 200) {
  return vi.fn(async (_url: URL | RequestInfo) => new Response(JSON.stringify(body), { status }));
}

describe('background message router', () => {
  let sink: LogSink;
  const logger = () => createLogger({ scope: 'background', isDebugEnabled: () => false, sink });

  beforeEach(() => {
    fakeBrowser.reset();
    sink = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('GET_HEALTH asks the default local server', async () => {
    const fetch = answerWith(HEALTH);
    vi.stubGlobal('fetch', fetch);

    const result = await handleMessage({ type: 'GET_HEALTH' }, logger());

    expect(result).toEqual({ ok: true, data: { ...HEALTH, serverUrl: 'http://127.0.0.1:8787' } });
    expect(String(fetch.mock.calls[0]?.[0])).toBe('http://127.0.0.1:8787/api/health');
  });

  test('GET_HEALTH uses the server URL saved in options', async () => {
    const fetch = answerWith(HEALTH);
    vi.stubGlobal('fetch', fetch);
    await serverUrlItem.setValue('https://kayistra.example.com');

    await handleMessage({ type: 'GET_HEALTH' }, logger());

    expect(String(fetch.mock.calls[0]?.[0])).toBe('https://kayistra.example.com/api/health');
  });

  test('a restarting server is reported from its body, not its 503', async () => {
    vi.stubGlobal('fetch', answerWith({ ...HEALTH, status: 'shutting_down' }, 503));

    const result = await handleMessage({ type: 'GET_HEALTH' }, logger());

    expect(result).toMatchObject({ ok: true, data: { status: 'shutting_down' } });
  });

  test('an unreachable server and a foreign server get messages the seller can act on', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await handleMessage({ type: 'GET_HEALTH' }, logger())).toEqual({
      ok: false,
      error: {
        code: 'SERVER_UNREACHABLE',
        message:
          "The Kayistra server at http://127.0.0.1:8787 cannot be reached. Check the server URL in the extension's options.",
      },
    });

    vi.stubGlobal('fetch', answerWith({ hello: 'world' }));
    expect(await handleMessage({ type: 'GET_HEALTH' }, logger())).toMatchObject({
      ok: false,
      error: { code: 'BAD_SERVER_RESPONSE' },
    });
  });

  test.each([undefined, 'GET_HEALTH', { type: 'DELETE_EVERYTHING' }, { kind: 'GET_HEALTH' }])(
    'refuses a malformed message %j without calling the server',
    async (message) => {
      const fetch = answerWith(HEALTH);
      vi.stubGlobal('fetch', fetch);

      const result = await handleMessage(message, logger());

      expect(result).toEqual({
        ok: false,
        error: { code: 'BAD_MESSAGE', message: 'Unknown request.' },
      });

      expect(fetch).not.toHaveBeenCalled();
    },
  );

  test('an unexpected failure is logged and answered as INTERNAL', async () => {
    await fakeBrowser.storage.local.set({ serverUrl: 'not a url' });

    const result = await handleMessage({ type: 'GET_HEALTH' }, logger());

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Something went wrong in the extension. Please try again.',
      },
    });

    expect(sink.error).toHaveBeenCalledTimes(1);
  });
});
