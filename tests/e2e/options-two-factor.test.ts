import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeBase32 } from '../../server/auth/base32.ts';
import { computeTotp, totpStepAt } from '../../server/auth/totp.ts';
import { type Me, MeSchema } from '../../shared/api/me.ts';
import type { BrowserHarness } from '../helpers/browser-harness.ts';
import { callServerAsExtension, launchSignedInHarness } from '../helpers/browser-signed-in.ts';

const UI_TIMEOUT = { timeout: 10_000 };

// The server refuses a code from a step it already accepted (replay), so each use takes the
// step after the last one; the server accepts one step of drift either side of its clock.
function createAuthenticator(groupedSecret: string) {
  const secret = decodeBase32(groupedSecret.replaceAll(' ', ''));
  let lastStep = totpStepAt(new Date()) - 1;

  return () => {
    lastStep = Math.max(lastStep + 1, totpStepAt(new Date()));
    return computeTotp(secret, lastStep);
  };
}

describe('two-factor authentication on the options page in Chromium (issue #6)', () => {
  let harness: BrowserHarness;
  let nextCode: (() => string) | undefined;

  beforeAll(async () => {
    harness = await launchSignedInHarness();
  });

  // The demo account must end with MFA off, whatever step failed, so the file's later tests (and
  // anyone reusing its server) sign in with the password alone.
  afterAll(async () => {
    const me = harness ? await fetchMe().catch(() => undefined) : undefined;
    if (me?.tenant.mfaRequired) {
      await callServerAsExtension(harness, '/api/tenant/settings/security', {
        method: 'PUT',
        body: JSON.stringify({ mfaRequired: false }),
      });
    }

    if (me?.user.mfaEnabled && nextCode) {
      const password = harness.server?.demo?.password ?? '';
      await callServerAsExtension(harness, '/api/auth/mfa/disable', {
        method: 'POST',
        body: JSON.stringify({ password, code: nextCode() }),
      });
    }

    await harness?.close();
  });

  const fetchMe = async (): Promise<Me> =>
    MeSchema.parse(await callServerAsExtension(harness, '/api/me'));

  async function openTwoFactorSection(): Promise<{ page: Page; section: Locator }> {
    const page = await harness.openExtensionPage('options.html');
    const section = page.getByRole('region', { name: 'Two-factor authentication', exact: true });
    await section
      .getByText(/two-factor authentication is (on|off) for your account/i)
      .waitFor(UI_TIMEOUT);

    return { page, section };
  }

  test('set up with the shown key, turn on with a code, then turn off with password and code', async () => {
    const demo = harness.server?.demo;
    expect(demo).toBeDefined();
    expect((await fetchMe()).user.mfaEnabled).toBe(false);
    const { page, section } = await openTwoFactorSection();

    await section.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const shownKey = section.getByTestId('mfa-secret');
    await shownKey.waitFor(UI_TIMEOUT);
    const groupedSecret = (await shownKey.textContent()) ?? '';
    expect(groupedSecret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    const uri = (await section.getByTestId('mfa-otpauth-uri').textContent()) ?? '';
    expect(new URL(uri).searchParams.get('secret')).toBe(groupedSecret.replaceAll(' ', ''));
    nextCode = createAuthenticator(groupedSecret);

    const codeInput = section.getByLabel('6-digit code from the app');
    await codeInput.fill('000000');
    await section.getByRole('button', { name: 'Turn on' }).click();
    await section
      .getByText('That code is not right or has expired.', { exact: false })
      .waitFor(UI_TIMEOUT);
    expect(await codeInput.getAttribute('aria-invalid')).toBe('true');

    await codeInput.fill(nextCode());
    await section.getByRole('button', { name: 'Turn on' }).click();
    await section
      .getByText('Two-factor authentication is on for your account.')
      .waitFor(UI_TIMEOUT);

    // Enabling revoked the account's other sessions, not the extension's: it still reads /api/me.
    expect((await fetchMe()).user.mfaEnabled).toBe(true);
    expect(await page.getByText(`Signed in as ${demo?.email}`).isVisible()).toBe(true);

    await section.getByLabel('Password').fill(demo?.password ?? '');
    await section.getByLabel('6-digit code from the app').fill(nextCode());
    await section.getByRole('button', { name: 'Turn off' }).click();
    await section
      .getByText('Two-factor authentication is off for your account.')
      .waitFor(UI_TIMEOUT);

    expect((await fetchMe()).user.mfaEnabled).toBe(false);
    expect(await page.getByText(`Signed in as ${demo?.email}`).isVisible()).toBe(true);
    await page.close();
  });

  test("the owner's switch requires two-factor authentication company-wide and back", async () => {
    expect((await fetchMe()).user.role).toBe('owner');
    const { page, section } = await openTwoFactorSection();
    const requirement = section.getByLabel(
      'Require two-factor authentication for everyone in this company',
    );

    await requirement.check();
    await section
      .getByText('Your company requires two-factor authentication.', { exact: false })
      .waitFor(UI_TIMEOUT);
    expect((await fetchMe()).tenant.mfaRequired).toBe(true);

    await requirement.uncheck();
    await expect.poll(async () => (await fetchMe()).tenant.mfaRequired, UI_TIMEOUT).toBe(false);
    expect(await requirement.isChecked()).toBe(false);
    await page.close();
  });
});
