import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountSection } from '../../extension/entrypoints/options/account-section.tsx';
import { tr } from '../../extension/locales/tr.ts';
import { errorAnswer, installFakeServer, signInRoutes, TENANT_ID } from './support/fake-server.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { connectPagesToBackground } = await import('./support/fake-extension.ts');
const { click, findControl, renderPage, typeInto } = await import('./support/render-page.tsx');

const EMAIL = 'seller@example.com';
const PASSWORD = 'correct horse battery';

// The server of an account with two-factor on: the code is asked for, then checked.
function installMfaServer() {
  return installFakeServer({
    ...signInRoutes(),
    'POST /api/auth/login': (request) => {
      const { totp } = request.body as { totp?: string };
      if (totp === undefined) {
        return errorAnswer(401, 'MFA_CODE_REQUIRED', 'Enter the 6-digit code.');
      }

      return totp === '123456'
        ? (signInRoutes()['POST /api/auth/login']?.(request) ?? { status: 500 })
        : errorAnswer(401, 'INVALID_MFA_CODE', 'That code is not right.');
    },
  });
}

describe('signing in on the options page (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    connectPagesToBackground();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('asks for the authenticator code when the server wants one, then signs in', async () => {
    installMfaServer();
    const page = await renderPage(<AccountSection />);
    await vi.waitFor(() => findControl(page.container, 'Email'));
    expect(() => findControl(page.container, 'Authenticator code')).toThrow();

    await typeInto(findControl(page.container, 'Email'), EMAIL);
    await typeInto(findControl(page.container, 'Password'), PASSWORD);
    await click(findControl(page.container, 'Sign in'));

    await vi.waitFor(() => {
      expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
        'Enter the 6-digit code.',
      );
    });

    await typeInto(findControl(page.container, 'Authenticator code'), '000000');
    await click(findControl(page.container, 'Sign in'));
    await vi.waitFor(() => {
      expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
        'That code is not right.',
      );
    });

    await typeInto(findControl(page.container, 'Authenticator code'), '123456');
    await click(findControl(page.container, 'Sign in'));

    await vi.waitFor(() => expect(page.container.textContent).toContain(`Signed in as ${EMAIL}`));
    expect(page.queryClient.getQueryData([TENANT_ID, 'me'])).toMatchObject({
      user: { email: EMAIL },
    });

    page.unmount();
  });

  test('in Turkish the form and the server errors read in Turkish', async () => {
    installFakeServer({
      'POST /api/auth/login': () => errorAnswer(401, 'INVALID_CREDENTIALS', 'Not right.'),
    });

    const page = await renderPage(<AccountSection />, tr);
    await vi.waitFor(() => findControl(page.container, 'E-posta'));
    await typeInto(findControl(page.container, 'E-posta'), EMAIL);
    await typeInto(findControl(page.container, 'Şifre'), 'wrong password!');
    await click(findControl(page.container, 'Giriş yap'));

    await vi.waitFor(() => {
      expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
        'E-posta adresi veya şifre hatalı.',
      );
    });

    page.unmount();
  });

  test('sign-out empties the cache and brings the form back', async () => {
    installFakeServer(signInRoutes());
    const page = await renderPage(<AccountSection />);
    await vi.waitFor(() => findControl(page.container, 'Email'));
    await typeInto(findControl(page.container, 'Email'), EMAIL);
    await typeInto(findControl(page.container, 'Password'), PASSWORD);
    await click(findControl(page.container, 'Sign in'));
    await vi.waitFor(() => expect(page.container.textContent).toContain(EMAIL));

    await click(findControl(page.container, 'Sign out'));

    await vi.waitFor(() => findControl(page.container, 'Email'));
    expect(page.container.textContent).not.toContain(EMAIL);
    expect(page.queryClient.getQueryData([TENANT_ID, 'me'])).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    page.unmount();
  });
});
