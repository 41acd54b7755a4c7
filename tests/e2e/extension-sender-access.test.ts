import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { en } from '../../extension/locales/en.ts';
import { listUnnamedControls } from '../helpers/browser-accessibility.ts';
import { readPageText } from '../helpers/browser-extension-pages.ts';
import { attachExtensionWorld } from '../helpers/browser-extension-world.ts';
import { type BrowserHarness, launchBrowserHarness } from '../helpers/browser-harness.ts';
import { readPanels } from '../helpers/browser-panels.ts';
import { FIXTURE_ORDER_IDS } from '../helpers/fixture-routes.ts';

// Runs inside the extension (content script world or an extension page), not in Node.
declare const chrome: typeof Browser;

const UI_TIMEOUT = { timeout: 10_000 };

describe("who may ask the background what, with Chrome's real senders (issue #6)", () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await launchBrowserHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test("Seller Central's tab may not read label files or change settings; our pages may", async () => {
    const page = await harness.openPage(
      `https://sellercentral.amazon.com/orders-v3/order/${FIXTURE_ORDER_IDS.classic}`,
    );
    const world = await attachExtensionWorld(page, harness.extensionId);
    await expect.poll(() => readPanels(world), UI_TIMEOUT).toHaveLength(1);

    const askFromContentScript = (message: object) =>
      world.run((sent) => chrome.runtime.sendMessage(sent), message);

    const refused = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(
      await askFromContentScript({ type: 'GET_LABEL_FILE', shipmentId: 'shp_1' }),
    ).toMatchObject(refused);
    expect(await askFromContentScript({ type: 'SIGN_OUT' })).toMatchObject(refused);
    expect(
      await askFromContentScript({ type: 'SAVE_SHIPPING_SETTINGS', settings: {} }),
    ).toMatchObject(refused);
    expect(await askFromContentScript({ type: 'GET_SESSION' })).toEqual({ ok: true, data: null });

    const options = await harness.openExtensionPage('options.html');
    const fromOwnPage = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'GET_LABEL_FILE', shipmentId: 'shp_1' }),
    );

    expect(fromOwnPage).toMatchObject({ ok: false, error: { code: 'SIGNED_OUT' } });
    await options.close();
    await page.close();
  });

  test('OPEN_LABEL from the panel opens our label page, which asks to sign in', async () => {
    const page = await harness.openPage(
      `https://sellercentral.amazon.com/orders-v3/order/${FIXTURE_ORDER_IDS.classic}`,
    );
    const world = await attachExtensionWorld(page, harness.extensionId);
    await expect.poll(() => readPanels(world), UI_TIMEOUT).toHaveLength(1);

    const opened = harness.context.waitForEvent('page', UI_TIMEOUT);
    await world.run(() => chrome.runtime.sendMessage({ type: 'OPEN_LABEL', shipmentId: 'shp_1' }));
    const labelPage = await opened;

    expect(labelPage.url()).toBe(
      `chrome-extension://${harness.extensionId}/label.html?shipment=shp_1`,
    );
    await labelPage.getByRole('alert').waitFor(UI_TIMEOUT);
    expect(await readPageText(labelPage)).toContain(en.labelPage.signedOut);
    expect(await labelPage.title()).toBe(en.labelPage.title);
    expect(await listUnnamedControls(labelPage)).toEqual([]);
    await labelPage.close();
    await page.close();
  });
});
