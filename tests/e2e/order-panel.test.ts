import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEV_EXTENSION_ID } from '../../shared/extension-identity.ts';
import { attachExtensionWorld, type ExtensionWorld } from '../helpers/browser-extension-world.ts';
import { type BrowserHarness, launchBrowserHarness } from '../helpers/browser-harness.ts';
import { locateButton, readFallbackDock, readPanels } from '../helpers/browser-panels.ts';
import { FIXTURE_ORDER_IDS, type FixtureAppWindow } from '../helpers/fixture-routes.ts';

// The fixture app reveals the order after 300 ms and our runtime waits up to a second more for
// an anchor before choosing the fallback, so a few seconds is plenty on a loaded machine.
const PANEL_TIMEOUT = { timeout: 10_000 };

describe('order label panel in Chromium (issue #2)', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await launchBrowserHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function openOrderPage(url: string): Promise<{ page: Page; world: ExtensionWorld }> {
    const page = await harness.openPage(url);
    const world = await attachExtensionWorld(page, harness.extensionId);

    return { page, world };
  }

  test('loads the unpacked extension under the fixed development id', () => {
    expect(harness.extensionId).toBe(DEV_EXTENSION_ID);
  });

  test('shows the panel above the order items with the order id from the URL', async () => {
    const { page, world } = await openOrderPage(
      `https://sellercentral.amazon.com/orders-v3/order/${FIXTURE_ORDER_IDS.classic}`,
    );

    await expect
      .poll(() => readPanels(world), PANEL_TIMEOUT)
      .toEqual([
        {
          featureId: 'order-label-panel',
          placement: 'anchor',
          heading: 'Kayistra',
          text: expect.stringContaining(`Order ${FIXTURE_ORDER_IDS.classic}`),
          isVisible: true,
        },
      ]);
    const nextToPanel = await world.run(
      () => document.querySelector('kayistra-panel')?.nextElementSibling?.className,
    );

    expect(nextToPanel).toBe('a-keyvalue');
    // No server and nobody signed in here: once it has asked the background, the panel says so
    // instead of offering a label.
    await expect
      .poll(async () => (await readPanels(world))[0]?.text, PANEL_TIMEOUT)
      .toContain('You are not signed in to Kayistra');
    await page.close();
  });

  test('finds the anchor on the redesigned order page of another marketplace', async () => {
    const { page, world } = await openOrderPage(
      `https://sellercentral.amazon.de/orders-v3/order/${FIXTURE_ORDER_IDS.redesign}`,
    );

    await expect
      .poll(() => readPanels(world), PANEL_TIMEOUT)
      .toMatchObject([
        { placement: 'anchor', text: expect.stringContaining(FIXTURE_ORDER_IDS.redesign) },
      ]);
    await page.close();
  });

  test('puts the panel in our collapsible fixed panel when the anchor is missing', async () => {
    const { page, world } = await openOrderPage(
      `https://sellercentral.amazon.co.uk/orders-v3/order/${FIXTURE_ORDER_IDS.noAnchor}`,
    );

    await expect
      .poll(() => readPanels(world), PANEL_TIMEOUT)
      .toMatchObject([
        { placement: 'fallback', text: expect.stringContaining(FIXTURE_ORDER_IDS.noAnchor) },
      ]);
    expect(await readFallbackDock(world)).toEqual({
      isExpanded: true,
      toggleLabel: 'Collapse Kayistra',
    });

    const toggle = await locateButton(world, 'kayistra-dock', 'Collapse Kayistra');
    expect(toggle).toBeDefined();
    await page.mouse.click(toggle?.x ?? 0, toggle?.y ?? 0);
    await expect.poll(() => readFallbackDock(world)).toMatchObject({ isExpanded: false });
    expect((await readPanels(world))[0]?.isVisible).toBe(false);
    await page.close();
  });

  test('re-renders for the new order after client-side navigation', async () => {
    const { page, world } = await openOrderPage(
      `https://sellercentral.amazon.com/orders-v3/order/${FIXTURE_ORDER_IDS.classic}`,
    );

    await expect.poll(() => readPanels(world), PANEL_TIMEOUT).toHaveLength(1);

    // Seller Central's own app navigates with history.pushState and re-renders the order.
    const nextOrderId = '113-7654321-0000001';
    await page.evaluate(
      (orderId) => (window as unknown as FixtureAppWindow).fixtureApp.openOrder(orderId),
      nextOrderId,
    );

    await expect
      .poll(() => readPanels(world), PANEL_TIMEOUT)
      .toMatchObject([
        { placement: 'anchor', text: expect.stringContaining(`Order ${nextOrderId}`) },
      ]);
    expect(page.url()).toContain(nextOrderId);
    await page.close();
  });

  test("keeps the panel's contents away from the page's own scripts", async () => {
    const { page, world } = await openOrderPage(
      `https://sellercentral.amazon.com/orders-v3/order/${FIXTURE_ORDER_IDS.classic}`,
    );

    // The panel's own words first, so the page is searched for text that is really on screen.
    await expect
      .poll(async () => (await readPanels(world))[0]?.text, PANEL_TIMEOUT)
      .toContain('not signed in');

    // Runs in the page's main world, as Seller Central's (or an injected third party's) script.
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('kayistra-panel');
      const pageChrome = (
        window as { chrome?: { runtime?: { sendMessage?: unknown }; storage?: unknown } }
      ).chrome;

      return {
        hasHost: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        hostText: host?.textContent ?? '',
        pageHtmlMentionsPanel: document.documentElement.outerHTML.includes('not signed in'),
        // Without externally_connectable, pages get no runtime messaging and no storage.
        canMessageExtension: typeof pageChrome?.runtime?.sendMessage,
        canReadExtensionStorage: typeof pageChrome?.storage,
      };
    });

    expect(seenByPage).toEqual({
      hasHost: true,
      shadowRoot: null,
      hostText: '',
      pageHtmlMentionsPanel: false,
      canMessageExtension: 'undefined',
      canReadExtensionStorage: 'undefined',
    });

    await page.close();
  });

  test('waits on Manage Orders and brings the panel up when an order opens client-side', async () => {
    const { page, world } = await openOrderPage(
      'https://sellercentral.amazon.com.tr/orders-v3/mfn/unshipped',
    );

    await expect.poll(() => world.hasContentScript(), PANEL_TIMEOUT).toBe(true);
    expect(await readPanels(world)).toEqual([]);

    // The list fixture does not render orders, so the panel arrives in the fallback dock.
    await page.evaluate(() => history.pushState({}, '', '/orders-v3/order/404-0000000-0000001'));
    await expect
      .poll(() => readPanels(world), PANEL_TIMEOUT)
      .toMatchObject([{ text: expect.stringContaining('Order 404-0000000-0000001') }]);
    await page.close();
  });
});
