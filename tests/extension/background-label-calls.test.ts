import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  errorAnswer,
  installFakeServer,
  startEachTestSignedIn,
  TOKEN,
} from './support/fake-server.ts';
import { createOrder, createShipment, ORDER_ID, SHIPMENT_ID } from './support/label-fixtures.ts';

// The extension APIs, in memory, installed before the extension's modules load.
await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { recordBroadcasts, sendToBackground } = await import('./support/fake-extension.ts');

const IDEMPOTENCY_KEY = '3f1c2a9e-5b7d-4e1a-9c3b-2d4e6f8a0b1c';
const BUY_LABEL = {
  type: 'BUY_LABEL',
  orderId: ORDER_ID,
  idempotencyKey: IDEMPOTENCY_KEY,
  serviceName: 'shipentegra-express',
  package: { weightGrams: 600 },
};

function sentHeaders(fetch: ReturnType<typeof installFakeServer>['fetch'], index = 0) {
  return new Headers(fetch.mock.calls[index]?.[1]?.headers);
}

describe('background calls for orders and labels (issue #6)', () => {
  startEachTestSignedIn();

  test('GET_ORDER reads the order as the seller', async () => {
    const order = createOrder();
    const { requests } = installFakeServer({
      [`GET /api/orders/${ORDER_ID}`]: () => ({ status: 200, body: order }),
    });

    expect(await sendToBackground({ type: 'GET_ORDER', orderId: ORDER_ID })).toEqual({
      ok: true,
      data: order,
    });

    expect(requests).toEqual([
      {
        method: 'GET',
        path: `/api/orders/${ORDER_ID}`,
        authorization: `Bearer ${TOKEN}`,
        body: undefined,
      },
    ]);
  });

  test('GET_QUOTES sends the package the seller set as query parameters', async () => {
    const quotes = {
      country: 'DE',
      kgDesi: 0.6,
      package: { ...createShipment().package, weightGrams: 600, isOverridden: true },
      quotes: [],
    };
    const { requests } = installFakeServer({
      [`GET /api/orders/${ORDER_ID}/quotes`]: () => ({ status: 200, body: quotes }),
    });

    const override = { weightGrams: 600, lengthCm: 30, widthCm: 20, heightCm: 5 };
    const withOverride = await sendToBackground({
      type: 'GET_QUOTES',
      orderId: ORDER_ID,
      package: override,
    });
    const plain = await sendToBackground({ type: 'GET_QUOTES', orderId: ORDER_ID });

    expect(withOverride).toEqual({ ok: true, data: quotes });
    expect(plain).toEqual({ ok: true, data: quotes });
    expect(requests.map((request) => request.path)).toEqual([
      `/api/orders/${ORDER_ID}/quotes?weightGrams=600&lengthCm=30&widthCm=20&heightCm=5`,
      `/api/orders/${ORDER_ID}/quotes`,
    ]);
  });

  test.each([
    [201, 'created'],
    [200, 'joined'],
  ])('BUY_LABEL answered %i is %s, with the key in its header', async (status, outcome) => {
    const shipment = createShipment();
    const { requests, fetch } = installFakeServer({
      [`POST /api/orders/${ORDER_ID}/label`]: () => ({ status, body: { shipment } }),
    });

    const result = await sendToBackground({ ...BUY_LABEL, isUnknownLabelChecked: true });

    expect(result).toEqual({ ok: true, data: { outcome, shipment } });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: `/api/orders/${ORDER_ID}/label`,
      authorization: `Bearer ${TOKEN}`,
      body: {
        serviceName: 'shipentegra-express',
        package: { weightGrams: 600 },
        isUnknownLabelChecked: true,
      },
    });

    expect(sentHeaders(fetch).get('Idempotency-Key')).toBe(IDEMPOTENCY_KEY);
    expect(sentHeaders(fetch).get('Content-Type')).toBe('application/json');
  });

  test('BUY_LABEL waits for the whole purchase; other calls give up after 15 s', async () => {
    installFakeServer({
      [`POST /api/orders/${ORDER_ID}/label`]: () => ({
        status: 201,
        body: { shipment: createShipment() },
      }),
      [`GET /api/orders/${ORDER_ID}/shipment`]: () => ({ status: 200, body: { shipment: null } }),
    });
    const timeout = vi.spyOn(AbortSignal, 'timeout');

    await sendToBackground(BUY_LABEL);
    await sendToBackground({ type: 'GET_SHIPMENT', orderId: ORDER_ID });

    expect(timeout.mock.calls).toEqual([[90_000], [15_000]]);
  });

  test('BUY_LABEL for an order with another live label shows that label, not an error', async () => {
    const shipment = createShipment({ id: 'shp_other', attempt: 2 });
    installFakeServer({
      [`POST /api/orders/${ORDER_ID}/label`]: () => ({
        status: 409,
        body: {
          error: { code: 'CONFLICT', message: 'This order already has a label.', requestId: 'r' },
          shipment,
        },
      }),
    });

    expect(await sendToBackground(BUY_LABEL)).toEqual({
      ok: true,
      data: { outcome: 'other_active', shipment },
    });
  });

  test.each([
    ['a 409 without a shipment', errorAnswer(409, 'CONFLICT', 'Changed meanwhile.'), 'CONFLICT'],
    [
      'MFA the tenant demands',
      errorAnswer(403, 'MFA_REQUIRED_BY_TENANT', 'Turn on MFA.'),
      'MFA_REQUIRED_BY_TENANT',
    ],
    ['a missing order', errorAnswer(404, 'NOT_FOUND', 'Nothing was found here.'), 'NOT_FOUND'],
  ])('BUY_LABEL refused with %s is the server error', async (_case, answer, code) => {
    installFakeServer({ [`POST /api/orders/${ORDER_ID}/label`]: () => answer });

    expect(await sendToBackground(BUY_LABEL)).toMatchObject({ ok: false, error: { code } });
  });

  test('GET_SHIPMENT, GET_LABEL_SUMMARY and GET_ORDER_BADGES read their routes', async () => {
    const shipment = createShipment();
    const summary = { unshippedWithoutLabel: 3, awaitingAmazon: 1, needsAttention: 0 };
    const orders = [
      { ...createOrder(), labelBadge: 'label_bought' },
      { ...createOrder({ orderId: '302-7654321-7654321' }), labelBadge: null },
    ];
    const { requests } = installFakeServer({
      [`GET /api/orders/${ORDER_ID}/shipment`]: () => ({ status: 200, body: { shipment } }),
      'GET /api/shipments/summary': () => ({ status: 200, body: summary }),
      'GET /api/orders': () => ({ status: 200, body: { orders, nextCursor: null } }),
    });

    const orderIds = [ORDER_ID, '302-7654321-7654321', '302-0000000-0000000'];

    expect(await sendToBackground({ type: 'GET_SHIPMENT', orderId: ORDER_ID })).toEqual({
      ok: true,
      data: { shipment },
    });

    expect(await sendToBackground({ type: 'GET_LABEL_SUMMARY' })).toEqual({
      ok: true,
      data: summary,
    });
    expect(await sendToBackground({ type: 'GET_ORDER_BADGES', orderIds })).toEqual({
      ok: true,
      data: {
        badges: [
          { orderId: ORDER_ID, badge: 'label_bought' },
          { orderId: '302-7654321-7654321', badge: null },
        ],
      },
    });

    expect(requests.map((request) => request.path)).toEqual([
      `/api/orders/${ORDER_ID}/shipment`,
      '/api/shipments/summary',
      `/api/orders?ids=${encodeURIComponent(orderIds.join(','))}&limit=100`,
    ]);
  });

  test('OPEN_LABEL opens the label page in a tab of its own', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);

    const result = await sendToBackground({ type: 'OPEN_LABEL', shipmentId: SHIPMENT_ID });

    // The in-memory browser starts with one blank tab.
    const tabs = await fakeBrowser.tabs.query({});
    expect(result).toEqual({ ok: true, data: null });
    expect(tabs.flatMap((tab) => tab.url ?? [])).toEqual([
      `chrome-extension://test-extension-id/label.html?shipment=${SHIPMENT_ID}`,
    ]);

    expect(fetch).not.toHaveBeenCalled();
  });

  test.each([
    ['download', '&action=download'],
    ['print', '&action=print'],
    ['view', ''],
  ] as const)(
    'OPEN_LABEL for %s names the action in the label page address',
    async (action, query) => {
      const result = await sendToBackground({
        type: 'OPEN_LABEL',
        shipmentId: SHIPMENT_ID,
        action,
      });

      const tabs = await fakeBrowser.tabs.query({});
      expect(result).toEqual({ ok: true, data: null });
      expect(tabs.flatMap((tab) => tab.url ?? [])).toEqual([
        `chrome-extension://test-extension-id/label.html?shipment=${SHIPMENT_ID}${query}`,
      ]);
    },
  );

  test('OPEN_LABEL with an action the label page does not know opens nothing', async () => {
    const result = await sendToBackground({
      type: 'OPEN_LABEL',
      shipmentId: SHIPMENT_ID,
      action: 'javascript:alert(1)',
    });

    expect(result).toEqual({
      ok: false,
      error: { code: 'BAD_MESSAGE', message: 'Unknown request.' },
    });
    // The in-memory browser starts with one blank tab.
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.flatMap((tab) => tab.url ?? [])).toEqual([]);
  });

  test('OPEN_OPTIONS opens the settings page for a panel, which cannot itself', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();

    expect(await sendToBackground({ type: 'OPEN_OPTIONS' })).toEqual({ ok: true, data: null });
    expect(openOptions).toHaveBeenCalledOnce();
  });

  test('a 401 signs the extension out and tells every open page', async () => {
    installFakeServer({
      [`GET /api/orders/${ORDER_ID}/shipment`]: () =>
        errorAnswer(401, 'UNAUTHENTICATED', 'Please sign in again.'),
    });
    const broadcasts = recordBroadcasts();

    const result = await sendToBackground({ type: 'GET_SHIPMENT', orderId: ORDER_ID });

    expect(result).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Please sign in again.' },
    });
    expect(await fakeBrowser.storage.local.get('session')).toEqual({});
    expect(broadcasts).toEqual([{ type: 'SESSION_CHANGED', session: null }]);
  });

  test('signed out, nothing is sent', async () => {
    await fakeBrowser.storage.local.clear();
    const { requests } = installFakeServer({});

    expect(await sendToBackground(BUY_LABEL)).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
    expect(requests).toEqual([]);
  });
});
