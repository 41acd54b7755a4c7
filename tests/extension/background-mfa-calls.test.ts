import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  errorAnswer,
  installFakeServer,
  startEachTestSignedIn,
  TOKEN,
} from './support/fake-server.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { sendToBackground } = await import('./support/fake-extension.ts');

const SETUP = { secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/Kayistra:a@b.c?x=1' };

async function storedSession() {
  return (await fakeBrowser.storage.local.get('session')).session;
}

describe('background calls for two-factor authentication (issue #6)', () => {
  startEachTestSignedIn();

  test('set up, enable, disable and the company switch reach their routes with the token', async () => {
    const { requests } = installFakeServer({
      'POST /api/auth/mfa/setup': () => ({ status: 200, body: SETUP }),
      'POST /api/auth/mfa/enable': () => ({ status: 200, body: { mfaEnabled: true } }),
      'POST /api/auth/mfa/disable': () => ({ status: 200, body: { mfaEnabled: false } }),
      'PUT /api/tenant/settings/security': () => ({ status: 200, body: { mfaRequired: true } }),
    });

    expect(await sendToBackground({ type: 'MFA_SETUP' })).toEqual({ ok: true, data: SETUP });
    expect(await sendToBackground({ type: 'MFA_ENABLE', code: '123 456' })).toEqual({
      ok: true,
      data: { mfaEnabled: true },
    });
    const disable = { type: 'MFA_DISABLE', password: 'pw', code: '654321' };
    expect(await sendToBackground(disable)).toEqual({ ok: true, data: { mfaEnabled: false } });
    expect(await sendToBackground({ type: 'SET_TENANT_MFA_REQUIRED', mfaRequired: true })).toEqual({
      ok: true,
      data: { mfaRequired: true },
    });

    const bearer = `Bearer ${TOKEN}`;
    expect(requests).toEqual([
      { method: 'POST', path: '/api/auth/mfa/setup', authorization: bearer, body: undefined },
      {
        method: 'POST',
        path: '/api/auth/mfa/enable',
        authorization: bearer,
        body: { code: '123 456' },
      },
      {
        method: 'POST',
        path: '/api/auth/mfa/disable',
        authorization: bearer,
        body: { password: 'pw', code: '654321' },
      },
      {
        method: 'PUT',
        path: '/api/tenant/settings/security',
        authorization: bearer,
        body: { mfaRequired: true },
      },
    ]);
  });

  test.each([
    [
      'MFA_ENABLE',
      { type: 'MFA_ENABLE', code: '000000' },
      '/api/auth/mfa/enable',
      'INVALID_MFA_CODE',
    ],
    [
      'MFA_DISABLE',
      { type: 'MFA_DISABLE', password: 'wrong', code: '000000' },
      '/api/auth/mfa/disable',
      'INVALID_CREDENTIALS',
    ],
  ])(
    'a mistyped secret on %s is reported and the extension stays signed in',
    async (_type, message, path, code) => {
      installFakeServer({ [`POST ${path}`]: () => errorAnswer(401, code, 'Not right.') });

      expect(await sendToBackground(message)).toEqual({
        ok: false,
        error: { code, message: 'Not right.' },
      });

      expect(await storedSession()).toMatchObject({ token: TOKEN });
    },
  );

  test('a revoked session on MFA_ENABLE signs the extension out, as any other call does', async () => {
    installFakeServer({
      'POST /api/auth/mfa/enable': () => errorAnswer(401, 'UNAUTHENTICATED', 'Sign in again.'),
    });

    expect(await sendToBackground({ type: 'MFA_ENABLE', code: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    expect(await storedSession()).toBeUndefined();
  });
});
