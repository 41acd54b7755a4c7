import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EXPIRES_AT,
  errorAnswer,
  installFakeServer,
  signInRoutes,
  TENANT_ID,
  TOKEN,
} from './support/fake-server.ts';

// The extension APIs, in memory, installed before the extension's modules load.
await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { recordBroadcasts, sendToBackground } = await import('./support/fake-extension.ts');

const SIGN_IN = { type: 'SIGN_IN', email: 'seller@example.com', password: 'correct horse battery' };

async function storedSession() {
  return (await fakeBrowser.storage.local.get('session')).session;
}

async function signIn() {
  installFakeServer(signInRoutes());
  expect(await sendToBackground(SIGN_IN)).toMatchObject({ ok: true });
}

describe('background sessions (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('sign-in keeps the token, its expiry and the tenant, and nothing the seller typed', async () => {
    const { requests } = installFakeServer(signInRoutes());
    const broadcasts = recordBroadcasts();

    const result = await sendToBackground(SIGN_IN);

    const session = { tenantId: TENANT_ID, expiresAt: EXPIRES_AT };
    expect(result).toEqual({ ok: true, data: session });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      session: { token: TOKEN, expiresAt: EXPIRES_AT, tenantId: TENANT_ID },
    });

    expect(requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /api/auth/login',
      'GET /api/me',
    ]);

    expect(requests[0]?.body).toEqual({ email: SIGN_IN.email, password: SIGN_IN.password });
    expect(requests[1]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(broadcasts).toEqual([{ type: 'SESSION_CHANGED', session }]);
  });

  test('the authenticator code goes to the server only when the seller typed one', async () => {
    const { requests } = installFakeServer(signInRoutes());

    await sendToBackground({ ...SIGN_IN, totp: '' });
    await sendToBackground({ ...SIGN_IN, totp: '123 456' });

    const logins = requests.filter((request) => request.path === '/api/auth/login');
    expect(logins.map((login) => login.body)).toEqual([
      { email: SIGN_IN.email, password: SIGN_IN.password },
      { email: SIGN_IN.email, password: SIGN_IN.password, totp: '123 456' },
    ]);
  });

  test.each([
    [401, 'INVALID_CREDENTIALS', 'The email or password is not right.'],
    [401, 'MFA_CODE_REQUIRED', 'Enter the 6-digit code from your authenticator app.'],
  ])(
    'a refused sign-in (%i %s) passes the server message through',
    async (status, code, message) => {
      installFakeServer({ 'POST /api/auth/login': () => errorAnswer(status, code, message) });

      expect(await sendToBackground(SIGN_IN)).toEqual({ ok: false, error: { code, message } });
      expect(await storedSession()).toBeUndefined();
    },
  );

  test('a locked account says when to try again', async () => {
    installFakeServer({
      'POST /api/auth/login': () => ({
        ...errorAnswer(429, 'ACCOUNT_LOCKED', 'Too many failed sign-ins.'),
        headers: { 'Retry-After': '900' },
      }),
    });

    expect(await sendToBackground(SIGN_IN)).toEqual({
      ok: false,
      error: {
        code: 'ACCOUNT_LOCKED',
        message: 'Too many failed sign-ins.',
        retryAfterSeconds: 900,
      },
    });
  });

  test('a 401 on a signed-in call signs the extension out and tells every open page', async () => {
    await signIn();
    const { requests } = installFakeServer({
      'GET /api/me': () => errorAnswer(401, 'UNAUTHENTICATED', 'Please sign in again.'),
    });

    const broadcasts = recordBroadcasts();
    const result = await sendToBackground({ type: 'GET_ME' });

    expect(result).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Please sign in again.' },
    });

    expect(requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(await storedSession()).toBeUndefined();
    expect(broadcasts).toEqual([{ type: 'SESSION_CHANGED', session: null }]);
    expect(await sendToBackground({ type: 'GET_SESSION' })).toEqual({ ok: true, data: null });
  });

  test('a late 401 for an old token leaves the session that replaced it alone', async () => {
    const newer = { token: 'b'.repeat(43), expiresAt: EXPIRES_AT, tenantId: 'tenant-b' };
    let answerLate: () => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(
        () =>
          new Promise<Response>((resolve) => {
            const body = JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'No.' } });
            answerLate = () => resolve(new Response(body, { status: 401 }));
          }),
      ),
    );

    await fakeBrowser.storage.local.set({
      session: { token: TOKEN, expiresAt: EXPIRES_AT, tenantId: TENANT_ID },
    });
    const pending = sendToBackground({ type: 'GET_ME' });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await fakeBrowser.storage.local.set({ session: newer });
    answerLate();

    expect(await pending).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await storedSession()).toEqual(newer);
  });

  test('without a session nothing reaches the server', async () => {
    const { fetch } = installFakeServer(signInRoutes());

    expect(await sendToBackground({ type: 'GET_SYNC_STATUS' })).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });

    expect(fetch).not.toHaveBeenCalled();
  });

  test('an expired session counts as signed out, is removed from disk and pages hear of it', async () => {
    const expired = { token: TOKEN, expiresAt: '2020-01-01T00:00:00.000Z', tenantId: TENANT_ID };
    await fakeBrowser.storage.local.set({ session: expired });
    const broadcasts = recordBroadcasts();

    expect(await sendToBackground({ type: 'GET_SESSION' })).toEqual({ ok: true, data: null });
    expect(await storedSession()).toBeUndefined();
    expect(broadcasts).toEqual([{ type: 'SESSION_CHANGED', session: null }]);

    expect(await sendToBackground({ type: 'GET_SESSION' })).toEqual({ ok: true, data: null });
    expect(broadcasts).toHaveLength(1);
  });

  test('sign-out ends the session on the server and here, even when the server is away', async () => {
    await signIn();
    const { requests } = installFakeServer(signInRoutes());
    expect(await sendToBackground({ type: 'SIGN_OUT' })).toEqual({ ok: true, data: null });
    expect(requests.map(({ path, authorization }) => [path, authorization])).toEqual([
      ['/api/auth/logout', `Bearer ${TOKEN}`],
    ]);

    await signIn();
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const broadcasts = recordBroadcasts();
    expect(await sendToBackground({ type: 'SIGN_OUT' })).toEqual({ ok: true, data: null });
    expect(await storedSession()).toBeUndefined();
    expect(broadcasts).toEqual([{ type: 'SESSION_CHANGED', session: null }]);
  });

  test('a sign-in whose account cannot be read is ended rather than kept', async () => {
    const { requests } = installFakeServer({
      ...signInRoutes(),
      'GET /api/me': () => errorAnswer(500, 'INTERNAL', 'Something went wrong on our side.'),
    });

    expect(await sendToBackground(SIGN_IN)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(requests.at(-1)?.path).toBe('/api/auth/logout');
    expect(await storedSession()).toBeUndefined();
  });

  test('a code this extension does not know keeps the server message', async () => {
    await signIn();
    installFakeServer({
      'GET /api/sync/status': () => errorAnswer(409, 'SOMETHING_NEW', 'Do the new thing first.'),
    });

    expect(await sendToBackground({ type: 'GET_SYNC_STATUS' })).toEqual({
      ok: false,
      error: { code: 'SERVER_ERROR', message: 'Do the new thing first.' },
    });
  });

  test('an answer of the wrong shape is refused, not passed on', async () => {
    await signIn();
    installFakeServer({ 'GET /api/me': () => ({ status: 200, body: { user: 'someone' } }) });

    expect(await sendToBackground({ type: 'GET_ME' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_SERVER_RESPONSE' },
    });
  });

  test('Amazon consent opens in a new tab; only web addresses are opened', async () => {
    await signIn();
    const consentUrl = 'https://sellercentral.amazon.de/apps/authorize/consent?state=abc';
    const { requests } = installFakeServer({
      'GET /api/amazon/authorize': () => ({ status: 200, body: { url: consentUrl } }),
    });

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await sendToBackground({ type: 'AMAZON_AUTHORIZE', region: 'eu' })).toMatchObject({
      ok: true,
      data: { url: consentUrl, tabId: expect.any(Number) },
    });

    expect(requests[0]?.path).toBe('/api/amazon/authorize?region=eu');
    expect(create).toHaveBeenCalledWith({ url: consentUrl });

    installFakeServer({
      'GET /api/amazon/authorize': () => ({ status: 200, body: { url: 'http://evil.example/' } }),
    });
    expect(await sendToBackground({ type: 'AMAZON_AUTHORIZE', region: 'eu' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_SERVER_RESPONSE' },
    });

    expect(create).toHaveBeenCalledTimes(1);
  });

  test('disconnect, Shipentegra credentials and Sync now reach their routes', async () => {
    await signIn();
    const account = { connected: true, clientId: 'client-1', verifiedAt: EXPIRES_AT };
    const { requests } = installFakeServer({
      'DELETE /api/amazon/connections/eu': () => ({ status: 204 }),
      'PUT /api/shipentegra/credentials': () => ({ status: 200, body: account }),
      'POST /api/sync': () => ({ status: 202, body: { syncs: [] } }),
    });

    const credentials = { clientId: 'client-1', clientSecret: 'secret-1' };
    expect(await sendToBackground({ type: 'AMAZON_DISCONNECT', region: 'eu' })).toEqual({
      ok: true,
      data: null,
    });

    expect(
      await sendToBackground({ type: 'SAVE_SHIPENTEGRA_CREDENTIALS', ...credentials }),
    ).toEqual({ ok: true, data: account });
    expect(await sendToBackground({ type: 'START_SYNC' })).toEqual({
      ok: true,
      data: { syncs: [] },
    });
    expect(requests.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['DELETE', '/api/amazon/connections/eu', undefined],
      ['PUT', '/api/shipentegra/credentials', credentials],
      ['POST', '/api/sync', { kinds: ['orders', 'inventory'] }],
    ]);
  });
});
