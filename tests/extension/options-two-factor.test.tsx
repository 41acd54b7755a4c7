import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TwoFactorSection } from '../../extension/entrypoints/options/two-factor-section.tsx';
import { tr } from '../../extension/locales/tr.ts';
import {
  answerMessages,
  type FakeAnswer,
  messagesOfType,
  type ReceivedMessage,
} from './support/fake-background-answers.ts';
import { createMe } from './support/fake-server.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, renderPage, typeInto } = await import('./support/render-page.tsx');

const TENANT_ID = 'tenant-a';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/Kayistra:seller@example.com?secret=${SECRET}&issuer=Kayistra`;
const WRONG_CODE = {
  code: 'INVALID_MFA_CODE',
  message: 'That code is not right or has expired. Enter the current code from your app.',
} as const;

// The server's side: /api/me follows what enabling, disabling and the company switch changed.
function answerAsServer(options: { role?: 'owner' | 'member'; isEnabled?: boolean } = {}) {
  const me = createMe();
  me.user.role = options.role ?? 'owner';
  me.user.mfaEnabled = options.isEnabled ?? false;

  const readMe = () => ({ data: structuredClone(me) });
  const enable = (message: ReceivedMessage): FakeAnswer => {
    if (message.code !== '123456') {
      return { error: WRONG_CODE };
    }

    me.user.mfaEnabled = true;
    return { data: { mfaEnabled: true } };
  };
  const disable = (message: ReceivedMessage): FakeAnswer => {
    if (message.password !== 'right password') {
      return { error: { code: 'INVALID_CREDENTIALS', message: 'Not right.' } };
    }

    me.user.mfaEnabled = false;
    return { data: { mfaEnabled: false } };
  };
  const requireForCompany = (message: ReceivedMessage): FakeAnswer => {
    me.tenant.mfaRequired = message.mfaRequired === true;
    return { data: { mfaRequired: me.tenant.mfaRequired } };
  };

  return answerMessages({
    GET_ME: readMe,
    MFA_SETUP: { data: { secret: SECRET, otpauthUri: URI } },
    MFA_ENABLE: enable,
    MFA_DISABLE: disable,
    SET_TENANT_MFA_REQUIRED: requireForCompany,
  });
}

function textOf(container: HTMLElement): string {
  return container.textContent ?? '';
}

function companySwitch(container: HTMLElement): HTMLInputElement | null {
  return container.querySelector<HTMLInputElement>('input[type="checkbox"]');
}

describe('two-factor authentication on the options page (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('sets up with the key shown in groups, refuses a wrong code at the input, then turns on', async () => {
    const received = answerAsServer();
    const page = await renderPage(<TwoFactorSection tenantId={TENANT_ID} />);
    const { container } = page;

    await vi.waitFor(() => expect(textOf(container)).toContain('is off for your account'));
    await click(findControl(container, 'Set up two-factor authentication'));

    await vi.waitFor(() =>
      expect(container.querySelector('[data-testid="mfa-secret"]')?.textContent).toBe(
        'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
      ),
    );
    expect(container.querySelector('[data-testid="mfa-otpauth-uri"]')?.textContent).toBe(URI);
    expect(textOf(container)).toContain('Add this key to your authenticator app');

    const codeInput = findControl<HTMLInputElement>(container, '6-digit code from the app');
    await typeInto(codeInput, '000000');
    await click(findControl(container, 'Turn on'));

    await vi.waitFor(() => expect(codeInput.getAttribute('aria-invalid')).toBe('true'));
    const errorId = codeInput.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe(WRONG_CODE.message);
    expect(container.querySelector('[role="alert"]')).toBeNull();

    await typeInto(codeInput, '123456');
    await click(findControl(container, 'Turn on'));

    await vi.waitFor(() => expect(textOf(container)).toContain('is on for your account'));
    expect(textOf(container)).toContain('Two-factor authentication is now on.');
    expect(messagesOfType(received, 'MFA_ENABLE')).toEqual([
      { type: 'MFA_ENABLE', code: '000000' },
      { type: 'MFA_ENABLE', code: '123456' },
    ]);
    // Read again after each attempt, so the page shows what the server now holds.
    expect(messagesOfType(received, 'GET_ME').length).toBeGreaterThanOrEqual(3);
    page.unmount();
  });

  test('turns off with password and code; a wrong password shows at the password', async () => {
    const received = answerAsServer({ isEnabled: true });
    const page = await renderPage(<TwoFactorSection tenantId={TENANT_ID} />);
    const { container } = page;

    await vi.waitFor(() => expect(textOf(container)).toContain('is on for your account'));
    const password = findControl<HTMLInputElement>(container, 'Password');
    await typeInto(password, 'wrong password');
    await typeInto(findControl(container, '6-digit code from the app'), '654321');
    await click(findControl(container, 'Turn off'));

    await vi.waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(textOf(container)).toContain('Not right.');

    await typeInto(password, 'right password');
    await click(findControl(container, 'Turn off'));

    await vi.waitFor(() => expect(textOf(container)).toContain('is off for your account'));
    expect(textOf(container)).toContain('Two-factor authentication is now off.');
    expect(findControl(container, 'Set up two-factor authentication')).toBeDefined();
    expect(messagesOfType(received, 'MFA_DISABLE').at(-1)).toEqual({
      type: 'MFA_DISABLE',
      password: 'right password',
      code: '654321',
    });
    page.unmount();
  });

  test('the owner requires it for the company; a member sees no switch', async () => {
    const received = answerAsServer();
    const page = await renderPage(<TwoFactorSection tenantId={TENANT_ID} />, tr);

    await vi.waitFor(() => expect(companySwitch(page.container)?.checked).toBe(false));
    expect(textOf(page.container)).toContain('Bu şirketteki herkes için');
    await click(companySwitch(page.container) as HTMLInputElement);

    await vi.waitFor(() => expect(companySwitch(page.container)?.checked).toBe(true));
    expect(textOf(page.container)).toContain('Şirketiniz iki adımlı doğrulamayı zorunlu tutuyor.');
    expect(messagesOfType(received, 'SET_TENANT_MFA_REQUIRED')).toEqual([
      { type: 'SET_TENANT_MFA_REQUIRED', mfaRequired: true },
    ]);
    page.unmount();

    answerAsServer({ role: 'member' });
    const memberPage = await renderPage(<TwoFactorSection tenantId={TENANT_ID} />);

    await vi.waitFor(() => expect(textOf(memberPage.container)).toContain('is off'));
    expect(companySwitch(memberPage.container)).toBeNull();
    memberPage.unmount();
  });

  test('a refused company switch goes back to what the server holds and says why', async () => {
    answerMessages({
      GET_ME: { data: createMe() },
      SET_TENANT_MFA_REQUIRED: { error: { code: 'FORBIDDEN', message: 'Owners only.' } },
    });
    const page = await renderPage(<TwoFactorSection tenantId={TENANT_ID} />);

    await vi.waitFor(() => expect(companySwitch(page.container)?.checked).toBe(false));
    await click(companySwitch(page.container) as HTMLInputElement);

    await vi.waitFor(() =>
      expect(page.container.querySelector('[role="alert"]')?.getAttribute('data-code')).toBe(
        'FORBIDDEN',
      ),
    );
    expect(companySwitch(page.container)?.checked).toBe(false);
    page.unmount();
  });
});
