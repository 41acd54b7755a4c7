import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { type LabelBadge, OrderListSchema } from '../../shared/api/orders.ts';
import { attachExtensionWorld, type ExtensionWorld } from '../helpers/browser-extension-world.ts';
import type { BrowserHarness } from '../helpers/browser-harness.ts';
import { callServerAsExtension, launchSignedInHarness } from '../helpers/browser-signed-in.ts';

// Runs inside the extension's content script world, not in Node.
declare const chrome: typeof Browser;

// The Manage Orders fixture's stand-in for Seller Central re-rendering its list.
interface ManageOrdersAppWindow {
  fixtureApp: { showOrders(orderIds: string[]): void };
}

interface BadgeSnapshot {
  // The text of the link the badge sits beside.
  linkText: string | undefined;
  text: string;
  name: string | null;
  isVisible: boolean;
}

const UI_TIMEOUT = { timeout: 15_000 };
// The server's first order sync runs at start, paced by the stand-in's rate limits.
const SYNC_TIMEOUT = { timeout: 60_000, interval: 500 };
// Well-formed, and no order of the demo seller's: the server leaves it out of its answer.
const UNKNOWN_ORDER_ID = '999-0000000-0000001';

// What the seller sees beside each order link, read from inside the closed shadow roots.
function readBadges(world: ExtensionWorld): Promise<BadgeSnapshot[]> {
  return world.run(() =>
    Array.from(document.querySelectorAll('kayistra-badge')).map((host) => {
      const badge = chrome.dom
        .openOrClosedShadowRoot(host as HTMLElement)
        ?.querySelector('[role="img"]');
      const box = badge?.getBoundingClientRect();

      return {
        linkText: host.previousElementSibling?.textContent ?? undefined,
        text: badge?.textContent ?? '',
        name: badge?.getAttribute('aria-label') ?? null,
        isVisible: box !== undefined && box.width > 0 && box.height > 0,
      };
    }),
  );
}

// An order the demo seller really has with this badge, once the server's first order sync (which
// starts with the server) has stored it; asked with the extension's own token.
async function findDemoOrder(harness: BrowserHarness, badge: LabelBadge): Promise<string> {
  let orderId: string | undefined;
  await expect
    .poll(async () => {
      const { orders } = OrderListSchema.parse(
        await callServerAsExtension(harness, '/api/orders?status=UNSHIPPED&limit=100'),
      );
      orderId = orders.find((order) => order.labelBadge === badge)?.orderId;
      return orderId;
    }, SYNC_TIMEOUT)
    .toBeDefined();

  return orderId ?? '';
}

async function showOrders(page: Page, orderIds: string[]): Promise<void> {
  await page.evaluate((ids) => {
    (window as unknown as ManageOrdersAppWindow).fixtureApp.showOrders(ids);
  }, orderIds);
}

describe('order list badges in Chromium with the sandbox server (issue #6)', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await launchSignedInHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('a real unshipped order gets "no label" beside its id as the list re-renders; an unknown id gets nothing', async () => {
    const orderId = await findDemoOrder(harness, 'no_label');
    const page = await harness.openPage('https://sellercentral.amazon.com/orders-v3/mfn/unshipped');
    const world = await attachExtensionWorld(page, harness.extensionId);
    // The fixture's own rows are no orders of the demo seller's: slots, but no badge.
    await expect.poll(() => readBadges(world), UI_TIMEOUT).toHaveLength(3);

    await showOrders(page, [orderId, UNKNOWN_ORDER_ID]);

    await expect
      .poll(() => readBadges(world), UI_TIMEOUT)
      .toEqual([
        { linkText: orderId, text: 'No label', name: 'Kayistra: no label', isVisible: true },
        { linkText: UNKNOWN_ORDER_ID, text: '', name: null, isVisible: false },
      ]);
    const ourOtherElements = await world.run(
      () => document.querySelectorAll('kayistra-panel, kayistra-dock').length,
    );
    expect(ourOtherElements).toBe(0);
    await page.close();
  });
});
