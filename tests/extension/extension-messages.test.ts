import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExtensionError } from '../../extension/api/extension-error.ts';
import {
  ExtensionRequestSchema,
  type MESSAGES,
  type RequestOf,
} from '../../extension/api/messages.ts';
import { sendMessage } from '../../extension/api/send-message.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { sendToBackground } = await import('./support/fake-extension.ts');

const ORDER_ID = '302-1234567-1234567';

// One well-formed request of every type: the contract and the router must know them all.
const VALID_REQUESTS = {
  GET_HEALTH: { type: 'GET_HEALTH' },
  GET_SESSION: { type: 'GET_SESSION' },
  SIGN_IN: { type: 'SIGN_IN', email: 'seller@example.com', password: 'pw', totp: '123456' },
  SIGN_OUT: { type: 'SIGN_OUT' },
  GET_ME: { type: 'GET_ME' },
  GET_SYNC_STATUS: { type: 'GET_SYNC_STATUS' },
  START_SYNC: { type: 'START_SYNC', kinds: ['orders'] },
  AMAZON_AUTHORIZE: { type: 'AMAZON_AUTHORIZE', region: 'eu' },
  AMAZON_DISCONNECT: { type: 'AMAZON_DISCONNECT', region: 'fe' },
  SAVE_SHIPENTEGRA_CREDENTIALS: {
    type: 'SAVE_SHIPENTEGRA_CREDENTIALS',
    clientId: 'id',
    clientSecret: 'secret',
  },
  GET_PAGE_SETTINGS: { type: 'GET_PAGE_SETTINGS' },
  GET_ORDER: { type: 'GET_ORDER', orderId: ORDER_ID },
  GET_QUOTES: { type: 'GET_QUOTES', orderId: ORDER_ID, package: { weightGrams: 450 } },
  BUY_LABEL: {
    type: 'BUY_LABEL',
    orderId: ORDER_ID,
    idempotencyKey: '3f1c2a9e-5b7d-4e1a-9c3b-2d4e6f8a0b1c',
    serviceName: 'shipentegra-express',
    package: { lengthCm: 20, widthCm: 15, heightCm: 10 },
    isUnknownLabelChecked: false,
  },
  GET_SHIPMENT: { type: 'GET_SHIPMENT', orderId: ORDER_ID },
  OPEN_LABEL: { type: 'OPEN_LABEL', shipmentId: 'shp_1' },
  OPEN_OPTIONS: { type: 'OPEN_OPTIONS' },
  GET_LABEL_FILE: { type: 'GET_LABEL_FILE', shipmentId: 'shp_1' },
  GET_ORDER_BADGES: { type: 'GET_ORDER_BADGES', orderIds: [ORDER_ID, '302-7654321-7654321'] },
  GET_LABEL_SUMMARY: { type: 'GET_LABEL_SUMMARY' },
  GET_SHIPPING_SETTINGS: { type: 'GET_SHIPPING_SETTINGS' },
  SAVE_SHIPPING_SETTINGS: { type: 'SAVE_SHIPPING_SETTINGS', settings: { iossNumber: null } },
  LIST_SKUS: { type: 'LIST_SKUS', q: 'MUG', isIncompleteOnly: true, cursor: 'abc' },
  SAVE_SKU_PROFILE: { type: 'SAVE_SKU_PROFILE', sku: 'MUG/01', profile: { weightGrams: 450 } },
  MFA_SETUP: { type: 'MFA_SETUP' },
  MFA_ENABLE: { type: 'MFA_ENABLE', code: '123 456' },
  MFA_DISABLE: { type: 'MFA_DISABLE', password: 'pw', code: '123456' },
  SET_TENANT_MFA_REQUIRED: { type: 'SET_TENANT_MFA_REQUIRED', mfaRequired: true },
} satisfies { [T in keyof typeof MESSAGES]: RequestOf<T> };

function answerPagesWith(reply: unknown) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply);
}

describe('messages between pages and the background (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('the request schema accepts one well-formed request of every type', () => {
    for (const request of Object.values(VALID_REQUESTS)) {
      expect(ExtensionRequestSchema.safeParse(request).success, request.type).toBe(true);
    }
  });

  test.each([
    { type: 'SIGN_IN', email: 'seller@example.com' },
    { type: 'SIGN_IN', email: 'seller@example.com', password: 42 },
    { type: 'SIGN_IN', email: 'x', password: 'y', rememberPassword: true },
    { type: 'START_SYNC', kinds: ['orders', 'prices'] },
    { type: 'START_SYNC', kinds: [] },
    { type: 'AMAZON_AUTHORIZE', region: 'us' },
    { type: 'AMAZON_DISCONNECT' },
    { type: 'SAVE_SHIPENTEGRA_CREDENTIALS', clientId: 'id' },
    { type: 'SAVE_SHIPENTEGRA_CREDENTIALS', clientId: 'id', clientSecret: 'x'.repeat(501) },
    { type: 'GET_ME', tenantId: 'someone-else' },
    { type: 'SESSION_CHANGED', session: null },
    { type: 'GET_ORDER', orderId: '../me' },
    { type: 'GET_QUOTES', orderId: ORDER_ID, package: { weightGrams: -1 } },
    { type: 'BUY_LABEL', orderId: ORDER_ID, serviceName: 'shipentegra-express' },
    { type: 'BUY_LABEL', orderId: ORDER_ID, idempotencyKey: 'short', serviceName: 'x' },
    { type: 'OPEN_LABEL', shipmentId: '' },
    { type: 'GET_ORDER_BADGES', orderIds: [] },
    { type: 'GET_ORDER_BADGES', orderIds: Array.from({ length: 101 }, () => ORDER_ID) },
    { type: 'SAVE_SKU_PROFILE', sku: '', profile: {} },
    { type: 'LIST_SKUS', tenantId: 'someone-else' },
    { type: 'MFA_SETUP', userId: 'someone-else' },
    { type: 'MFA_ENABLE' },
    { type: 'MFA_ENABLE', code: 123456 },
    { type: 'MFA_ENABLE', code: '1'.repeat(17) },
    { type: 'MFA_DISABLE', code: '123456' },
    { type: 'MFA_DISABLE', password: 'x'.repeat(257), code: '123456' },
    { type: 'SET_TENANT_MFA_REQUIRED', mfaRequired: 'yes' },
  ])('the background refuses %j without calling the server', async (message) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);

    expect(await sendToBackground(message)).toEqual({
      ok: false,
      error: { code: 'BAD_MESSAGE', message: 'Unknown request.' },
    });

    expect(fetch).not.toHaveBeenCalled();
  });

  test('a page gets the data of a well-formed reply', async () => {
    const settings = { isDebugLoggingEnabled: true, disabledFeatureIds: ['order-label-panel'] };
    answerPagesWith({ ok: true, data: settings });

    expect(await sendMessage({ type: 'GET_PAGE_SETTINGS' })).toEqual(settings);
  });

  test('a page gets the failure as an ExtensionError with code and message', async () => {
    const failure = { code: 'SHIPENTEGRA_CREDENTIALS_REJECTED', message: 'Not accepted.' };
    answerPagesWith({ ok: false, error: failure });

    const error = await sendMessage({ type: 'GET_ME' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ExtensionError);
    expect((error as ExtensionError).toFailure()).toEqual(failure);
  });

  test.each([
    ['data of the wrong shape', { ok: true, data: { isDebugLoggingEnabled: 'yes' } }],
    ['an unknown error code', { ok: false, error: { code: 'WHATEVER', message: 'x' } }],
    ['no envelope', { isDebugLoggingEnabled: true, disabledFeatureIds: [] }],
  ])('a page refuses a reply with %s', async (_case, reply) => {
    answerPagesWith(reply);

    await expect(sendMessage({ type: 'GET_PAGE_SETTINGS' })).rejects.toMatchObject({
      code: 'BAD_MESSAGE',
    });
  });

  test('no answer at all means the background is restarting', async () => {
    answerPagesWith(undefined);

    await expect(sendMessage({ type: 'GET_SESSION' })).rejects.toMatchObject({
      code: 'NO_BACKGROUND',
    });
  });
});
