import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { en } from '../../extension/locales/en.ts';
import { type Me, MeSchema } from '../../shared/api/me.ts';
import { type SyncStatus, SyncStatusSchema } from '../../shared/api/sync.ts';
import { listUnnamedControls } from '../helpers/browser-accessibility.ts';
import {
  readPageText,
  type SignIn,
  signInOnOptionsPage,
} from '../helpers/browser-extension-pages.ts';
import { attachExtensionWorld } from '../helpers/browser-extension-world.ts';
import { type BrowserHarness, launchBrowserHarness } from '../helpers/browser-harness.ts';
import { readPanels } from '../helpers/browser-panels.ts';
import { callServerAsExtension, readExtensionToken } from '../helpers/browser-signed-in.ts';
import { FIXTURE_ORDER_IDS } from '../helpers/fixture-routes.ts';

// Runs inside the extension's content script world, not in Node.
declare const chrome: typeof Browser;

const UI_TIMEOUT = { timeout: 10_000 };

// What the server itself says, read with the extension's own token, to compare with the popup.
async function fetchMe(harness: BrowserHarness): Promise<Me> {
  return MeSchema.parse(await callServerAsExtension(harness, '/api/me'));
}

async function fetchSyncStatus(harness: BrowserHarness): Promise<SyncStatus> {
  return SyncStatusSchema.parse(await callServerAsExtension(harness, '/api/sync/status'));
}

describe('account, connections and sync status in Chromium with the sandbox server (issue #6)', () => {
  let harness: BrowserHarness;
  let demo: SignIn;

  beforeAll(async () => {
    harness = await launchBrowserHarness({ withServer: true, acceptSandboxCertificates: true });
    if (!harness.server?.demo) {
      throw new Error('The sandbox server printed no demo sign-in');
    }

    demo = harness.server.demo;
  });

  afterAll(async () => {
    await harness?.close();
  });

  test("a wrong password shows the server's message and stores nothing", async () => {
    const page = await harness.openExtensionPage('options.html');

    await signInOnOptionsPage(page, { email: demo.email, password: 'not-the-demo-password' });

    await expect
      .poll(() => page.getByRole('alert').textContent(), UI_TIMEOUT)
      .toBe('The email or password is not right.');
    expect(await harness.readExtensionStorage()).not.toHaveProperty('session');
    await page.close();
  });

  test('signs in with the demo account, shows it, and keeps only the token', async () => {
    const page = await harness.openExtensionPage('options.html');

    await signInOnOptionsPage(page, demo);

    await page.getByText(`Signed in as ${demo.email}`).waitFor(UI_TIMEOUT);
    expect(await readPageText(page)).toContain('Company: Demo Seller (sandbox)');
    const storage = await harness.readExtensionStorage();
    expect(storage.session).toEqual({
      token: expect.any(String),
      expiresAt: expect.any(String),
      tenantId: expect.any(String),
    });

    const stored = JSON.stringify(storage);
    expect(stored).not.toContain(demo.email);
    expect(stored).not.toContain(demo.password);
    expect(await listUnnamedControls(page)).toEqual([]);
    await page.close();
  });

  test('a content script cannot read storage, yet its features still get their settings', async () => {
    const page = await harness.openPage(
      `https://sellercentral.amazon.com/orders-v3/order/${FIXTURE_ORDER_IDS.classic}`,
    );
    const world = await attachExtensionWorld(page, harness.extensionId);

    await expect.poll(() => readPanels(world), UI_TIMEOUT).toHaveLength(1);
    const attempt = await world.run(() =>
      chrome.storage.local.get(null).then(
        (items) => `read ${Object.keys(items).length} keys`,
        () => 'refused',
      ),
    );

    expect(attempt).toBe('refused');
    await page.close();
  });

  // Connect opens Amazon's consent page in a new tab; our callback page then asks to close it.
  async function connectThroughConsent(region: Locator): Promise<void> {
    await region.getByRole('button', { name: 'Connect Amazon Europe' }).click();
    const consent = await harness.context.waitForEvent('page', UI_TIMEOUT);
    await consent.waitForLoadState();
    await consent.getByRole('button', { name: 'Confirm' }).click();
    await consent.waitForLoadState();
    expect(await readPageText(consent)).toMatch(/close this tab/i);
    await consent.close();
    await expect.poll(() => region.getAttribute('data-status'), UI_TIMEOUT).toBe('connected');
  }

  test('connects Amazon Europe through the consent page, and disconnects it', async () => {
    const page = await harness.openExtensionPage('options.html');
    const europe = page.locator('li[data-region="eu"]');
    await europe.waitFor(UI_TIMEOUT);
    if ((await europe.getAttribute('data-status')) === 'not_connected') {
      await connectThroughConsent(europe);
    }

    await europe.getByRole('button', { name: 'Disconnect Amazon Europe' }).click();
    await expect.poll(() => europe.getAttribute('data-status'), UI_TIMEOUT).toBe('not_connected');
    expect(await europe.textContent()).toContain('Not connected');

    await connectThroughConsent(europe);
    expect(await europe.textContent()).toMatch(/Connected \(seller .+\)/);
    await page.close();
  });

  test('Shipentegra credentials the carrier refuses show its message, and nothing is saved', async () => {
    const before = await fetchMe(harness);
    const page = await harness.openExtensionPage('options.html');

    await page.getByLabel('Client id').fill('not-a-shipentegra-client');
    await page.getByLabel('Client secret').fill('not-a-shipentegra-secret');
    await page.getByRole('button', { name: 'Verify and save' }).click();

    await expect
      .poll(() => page.getByRole('alert').textContent(), UI_TIMEOUT)
      .toBe('Shipentegra did not accept these credentials. Check the client id and secret.');
    expect((await fetchMe(harness)).shipentegra).toEqual(before.shipentegra);
    await page.close();
  });

  test('the popup shows the account and the connections the server reports', async () => {
    const me = await fetchMe(harness);
    const page = await harness.openExtensionPage('popup.html');

    await page.getByText(`${demo.email} (${me.tenant.companyName})`).waitFor(UI_TIMEOUT);
    const text = await readPageText(page);
    for (const connection of me.amazonConnections) {
      const state = connection.status === 'connected' ? 'connected' : 'needs re-authorisation';
      expect(text).toContain(`Amazon ${en.amazon.regions[connection.region]}: ${state}`);
    }

    const shipentegra = me.shipentegra.connected ? 'connected' : 'not connected';
    expect(text).toContain(`Shipentegra: ${shipentegra}`);
    expect(await listUnnamedControls(page)).toEqual([]);
    await page.close();
  });

  test('the popup lists every sync the server reports and follows Sync now', async () => {
    const { syncs } = await fetchSyncStatus(harness);
    const page = await harness.openExtensionPage('popup.html');
    const rows = page.locator('li[data-kind]');
    await page.getByRole('heading', { name: 'Sync' }).waitFor(UI_TIMEOUT);
    await expect.poll(() => rows.count(), UI_TIMEOUT).toBe(syncs.length);
    expect(syncs.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Sync now' }).click();

    // Queued, running or already done, depending on how fast the server's worker gets to it.
    for (const row of await rows.all()) {
      await expect
        .poll(() => row.textContent(), UI_TIMEOUT)
        .toMatch(/Waiting to start|Syncing now|Last synced/);
    }

    await page.close();
  });

  test('a 401 from the server signs the extension out everywhere', async () => {
    const options = await harness.openExtensionPage('options.html');
    await options.getByText(`Signed in as ${demo.email}`).waitFor(UI_TIMEOUT);
    const token = await readExtensionToken(harness);

    // Revoked behind the extension's back, as when the seller signs out on another computer.
    const revoked = await fetch(`${harness.server?.url}/api/auth/logout`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(204);

    const popup = await harness.openExtensionPage('popup.html');
    await popup.getByText('You are not signed in.', { exact: false }).waitFor(UI_TIMEOUT);
    await options.getByRole('button', { name: 'Sign in', exact: true }).waitFor(UI_TIMEOUT);
    expect(await harness.readExtensionStorage()).not.toHaveProperty('session');
    expect(await readPageText(options)).not.toContain(demo.email);
    await popup.close();
    await options.close();
  });

  test('signing out clears the session and everything shown for it', async () => {
    const options = await harness.openExtensionPage('options.html');
    await signInOnOptionsPage(options, demo);
    await options.getByText(`Signed in as ${demo.email}`).waitFor(UI_TIMEOUT);
    const popup = await harness.openExtensionPage('popup.html');
    await popup.getByText(demo.email, { exact: false }).waitFor(UI_TIMEOUT);

    await options.getByRole('button', { name: 'Sign out' }).click();

    await options.getByRole('button', { name: 'Sign in', exact: true }).waitFor(UI_TIMEOUT);
    await popup.getByText('You are not signed in.', { exact: false }).waitFor(UI_TIMEOUT);
    expect(await readPageText(options)).not.toContain(demo.email);
    expect(await readPageText(popup)).not.toContain(demo.email);
    expect(await harness.readExtensionStorage()).not.toHaveProperty('session');
    await popup.close();
    await options.close();
  });
});
