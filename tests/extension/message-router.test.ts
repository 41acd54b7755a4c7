import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, listenForMessages } from '../../extension/background/message-router.ts';
import { CONTENT_SCRIPT_MESSAGES } from '../../extension/background/sender-access.ts';
import { createLogger, type LogSink } from '../../extension/logging/logger.ts';
import { serverUrlItem } from '../../extension/settings/settings-items.ts';
import { EXPIRES_AT, installFakeServer, TENANT_ID, TOKEN } from './support/fake-server.ts';

// The extension APIs, in memory, installed before the extension's modules load: they pick the
// global `chrome` once, at import time.
await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const HEALTH = { status: 'ok', version: '0.1.0', mode: 'sandbox' };
const OWN_PAGE = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/label.html',
};
const CONTENT_SCRIPT = {
  id: 'test-extension-id',
  url: 'https://sellercentral.amazon.de/orders-v3/order/302-1234567-1234567',
  tab: { id: 7 },
};

// What a compromised Seller Central renderer must never get done through our content script.
const REFUSED_TO_CONTENT_SCRIPTS = [
  { type: 'SIGN_IN', email: 'seller@example.com', password: 'pw' },
  { type: 'SIGN_OUT' },
  { type: 'GET_ME' },
  { type: 'GET_SYNC_STATUS' },
  { type: 'START_SYNC' },
  { type: 'AMAZON_AUTHORIZE', region: 'eu' },
  { type: 'AMAZON_DISCONNECT', region: 'eu' },
  { type: 'SAVE_SHIPENTEGRA_CREDENTIALS', clientId: 'id', clientSecret: 'secret' },
  { type: 'GET_LABEL_FILE', shipmentId: 'shp_01' },
  { type: 'GET_LABEL_SUMMARY' },
  { type: 'SAVE_SHIPPING_SETTINGS', settings: {} },
  { type: 'MFA_SETUP' },
  { type: 'MFA_ENABLE', code: '123456' },
  { type: 'MFA_DISABLE', password: 'pw', code: '123456' },
  { type: 'SET_TENANT_MFA_REQUIRED', mfaRequired: false },
];

// The listener the background registers, called as Chrome calls it; resolves with its answer.
function captureListener(logger: ReturnType<typeof createLogger>) {
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  listenForMessages(logger);
  const listener = addListener.mock.calls[0]?.[0];

  return (message: unknown, sender: object) =>
    new Promise<unknown>((resolve) => {
      const isAnswering = listener?.(message, sender, resolve);
      if (isAnswering !== true) {
        resolve('no answer');
      }
    });
}

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
    vi.restoreAllMocks();
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

  test('content scripts may send only what the Seller Central panels need', () => {
    expect([...CONTENT_SCRIPT_MESSAGES].sort()).toEqual([
      'BUY_LABEL',
      'GET_HEALTH',
      'GET_ORDER',
      'GET_ORDER_BADGES',
      'GET_PAGE_SETTINGS',
      'GET_QUOTES',
      'GET_SESSION',
      'GET_SHIPMENT',
      'GET_SHIPPING_SETTINGS',
      'LIST_SKUS',
      'OPEN_LABEL',
      'OPEN_OPTIONS',
      'SAVE_SKU_PROFILE',
    ]);
  });

  test.each(REFUSED_TO_CONTENT_SCRIPTS)(
    'a content script asking $type is refused before the server hears of it',
    async (message) => {
      const fetch = answerWith(HEALTH);
      vi.stubGlobal('fetch', fetch);
      const send = captureListener(logger());

      expect(await send(message, CONTENT_SCRIPT)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'This page may not ask for that.' },
      });

      expect(fetch).not.toHaveBeenCalled();
    },
  );

  test("the label file goes to our own pages, never to Seller Central's tab", async () => {
    const fetch = vi.fn(
      async () => new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf' } }),
    );
    vi.stubGlobal('fetch', fetch);
    await fakeBrowser.storage.local.set({
      session: {
        token: 't'.repeat(43),
        expiresAt: '2099-01-01T00:00:00.000Z',
        tenantId: 'tenant-a',
      },
    });
    const send = captureListener(logger());
    const message = { type: 'GET_LABEL_FILE', shipmentId: 'shp_01' };

    expect(await send(message, CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // A tab-less sender with no URL is no page of ours either.
    expect(await send(message, { id: 'test-extension-id' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // A page of ours framed inside Seller Central's tab is that page's to drive.
    expect(await send(message, { ...OWN_PAGE, tab: { id: 7 }, frameId: 3 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    expect(fetch).not.toHaveBeenCalled();
    expect(await send(message, { ...OWN_PAGE, tab: { id: 8 }, frameId: 0 })).toMatchObject({
      ok: true,
      data: { contentType: 'application/pdf', base64: btoa('%PDF-1.4') },
    });
  });

  test('a content script still reaches the messages its panel needs', async () => {
    vi.stubGlobal('fetch', answerWith(HEALTH));
    const send = captureListener(logger());

    expect(await send({ type: 'GET_HEALTH' }, CONTENT_SCRIPT)).toMatchObject({ ok: true });
    expect(await send({ type: 'GET_SESSION' }, CONTENT_SCRIPT)).toEqual({ ok: true, data: null });
  });

  test("Seller Central's tab gets the default service, not the seller's address or IOSS number", async () => {
    const settings = {
      sender: {
        name: 'Ayşe Yılmaz',
        company: null,
        phone: '+905321234567',
        email: 'ayse@example.com',
        address1: 'Atatürk Cad. 12',
        address2: null,
        city: 'İstanbul',
        state: 'Kadıköy',
        postalCode: '34710',
        countryCode: 'TR',
      },
      iossNumber: 'IM1234567890',
      defaultServiceName: 'shipentegra-express',
      labelFormat: 'original',
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    installFakeServer({ 'GET /api/settings/shipping': () => ({ status: 200, body: settings }) });
    await fakeBrowser.storage.local.set({
      session: { token: TOKEN, expiresAt: EXPIRES_AT, tenantId: TENANT_ID },
    });
    const send = captureListener(logger());
    const message = { type: 'GET_SHIPPING_SETTINGS' };

    expect(await send(message, CONTENT_SCRIPT)).toEqual({
      ok: true,
      data: { ...settings, sender: null, iossNumber: null },
    });
    expect(await send(message, { ...OWN_PAGE, tab: { id: 8 } })).toEqual({
      ok: true,
      data: settings,
    });
  });

  test('another extension gets no answer at all', async () => {
    const fetch = answerWith(HEALTH);
    vi.stubGlobal('fetch', fetch);
    const send = captureListener(logger());

    expect(await send({ type: 'GET_HEALTH' }, { ...OWN_PAGE, id: 'someone-else' })).toBe(
      'no answer',
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
