import { describe, expect, test, vi } from 'vitest';
import { installFakeServer, startEachTestSignedIn, TOKEN } from './support/fake-server.ts';
import { EMPTY_SKU_PROFILE } from './support/label-fixtures.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { sendToBackground } = await import('./support/fake-extension.ts');

const SETTINGS = {
  sender: null,
  iossNumber: 'IM1234567890',
  defaultServiceName: 'shipentegra-express',
  labelFormat: 'original',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

const PROFILE = { ...EMPTY_SKU_PROFILE, weightGrams: 450 };

const SKU = {
  sku: 'MUG/01 #blue',
  title: 'Blue mug',
  profile: PROFILE,
  isComplete: false,
  missingFields: ['hsCode'],
};

describe('background calls for shipping settings and SKU profiles (issue #6)', () => {
  startEachTestSignedIn();

  test('GET_SHIPPING_SETTINGS and SAVE_SHIPPING_SETTINGS use /api/settings/shipping', async () => {
    const { requests } = installFakeServer({
      'GET /api/settings/shipping': () => ({ status: 200, body: SETTINGS }),
      'PUT /api/settings/shipping': () => ({ status: 200, body: SETTINGS }),
    });
    const typed = { iossNumber: ' im1234567890 ', defaultServiceName: 'shipentegra-express' };

    expect(await sendToBackground({ type: 'GET_SHIPPING_SETTINGS' })).toEqual({
      ok: true,
      data: SETTINGS,
    });
    expect(await sendToBackground({ type: 'SAVE_SHIPPING_SETTINGS', settings: typed })).toEqual({
      ok: true,
      data: SETTINGS,
    });

    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/settings/shipping',
        authorization: `Bearer ${TOKEN}`,
        body: undefined,
      },
      {
        method: 'PUT',
        path: '/api/settings/shipping',
        authorization: `Bearer ${TOKEN}`,
        body: typed,
      },
    ]);
  });

  test('the fields the server refused reach the form', async () => {
    const fields = [
      { path: 'sender.postalCode', message: 'A Turkish postal code: 5 digits, e.g. 34710.' },
      { path: 'iossNumber', message: 'An IOSS number: IM followed by 10 digits.' },
    ];
    installFakeServer({
      'PUT /api/settings/shipping': () => ({
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Some fields are not valid.',
            fields,
            requestId: 'r',
          },
        },
      }),
    });

    const result = await sendToBackground({
      type: 'SAVE_SHIPPING_SETTINGS',
      settings: { iossNumber: 'x' },
    });

    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: 'Some fields are not valid.', fields },
    });
  });

  test('LIST_SKUS passes the filter and cursor as the route names them', async () => {
    const list = { skus: [SKU], nextCursor: 'next' };
    const { requests } = installFakeServer({
      'GET /api/skus': () => ({ status: 200, body: list }),
    });

    const filtered = { type: 'LIST_SKUS', q: 'MUG/01', isIncompleteOnly: true, cursor: 'c1' };

    expect(await sendToBackground(filtered)).toEqual({ ok: true, data: list });
    expect(await sendToBackground({ type: 'LIST_SKUS', q: '', isIncompleteOnly: false })).toEqual({
      ok: true,
      data: list,
    });

    expect(requests.map((request) => request.path)).toEqual([
      '/api/skus?q=MUG%2F01&incomplete=true&cursor=c1',
      '/api/skus',
    ]);
  });

  test('SAVE_SKU_PROFILE puts the profile under the encoded SKU', async () => {
    const { requests } = installFakeServer({
      'PUT /api/skus/MUG%2F01%20%23blue/shipping-profile': () => ({ status: 200, body: SKU }),
    });

    const result = await sendToBackground({
      type: 'SAVE_SKU_PROFILE',
      sku: 'MUG/01 #blue',
      profile: { weightGrams: 450 },
    });

    expect(result).toEqual({ ok: true, data: SKU });
    expect(requests).toEqual([
      {
        method: 'PUT',
        path: '/api/skus/MUG%2F01%20%23blue/shipping-profile',
        authorization: `Bearer ${TOKEN}`,
        body: { weightGrams: 450 },
      },
    ]);
  });

  // encodeURIComponent leaves dots alone, and the URL parser would resolve `/api/skus/../x` to
  // `/api/x`: the seller's token must never be sent to a path the message did not name.
  test.each(['..', '.'])('a SKU of %j is refused before the server hears of it', async (sku) => {
    const { requests } = installFakeServer({});

    const result = await sendToBackground({ type: 'SAVE_SKU_PROFILE', sku, profile: {} });

    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_MESSAGE' } });
    expect(requests).toEqual([]);
  });
});
