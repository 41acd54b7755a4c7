import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { OrderListSchema, type OrderSummary } from '../../shared/api/orders.ts';
import { ShipmentAnswerSchema } from '../../shared/api/shipments.ts';
import { ShippingSettingsSchema, SkuListSchema } from '../../shared/api/shipping.ts';
import { SKU_PROFILE } from '../extension/support/label-fixtures.ts';
import { listUnnamedControls } from '../helpers/browser-accessibility.ts';
import { attachExtensionWorld, type ExtensionWorld } from '../helpers/browser-extension-world.ts';
import type { BrowserHarness } from '../helpers/browser-harness.ts';
import { locateButton, readPanels } from '../helpers/browser-panels.ts';
import { callServerAsExtension, launchSignedInHarness } from '../helpers/browser-signed-in.ts';
import type { FixtureAppWindow } from '../helpers/fixture-routes.ts';

// Runs inside the extension's content script world, not in Node.
declare const chrome: typeof Browser;

// The sync, the label purchase and Amazon's confirmation all run on the sandbox's stand-ins,
// whose clocks run fast; a loaded 2-core machine still needs generous waits.
const UI_TIMEOUT = { timeout: 20_000 };
const LABEL_TIMEOUT = { timeout: 60_000, interval: 500 };
const US_MARKETPLACE = 'ATVPDKIKX0DER';

// An unshipped merchant-fulfilled US order without a label, once the first order sync (which
// starts with the server) has stored one.
async function findUnshippedOrder(
  harness: BrowserHarness,
  exceptOrderId?: string,
): Promise<OrderSummary> {
  let found: OrderSummary | undefined;
  await expect
    .poll(async () => {
      const { orders } = OrderListSchema.parse(
        await callServerAsExtension(harness, '/api/orders?status=UNSHIPPED&limit=100'),
      );
      const candidates = orders.filter(
        (order) =>
          order.fulfilledBy === 'MERCHANT' &&
          order.labelBadge === 'no_label' &&
          order.orderId !== exceptOrderId,
      );
      found = candidates.find((order) => order.marketplaceId === US_MARKETPLACE) ?? candidates[0];
      return found?.orderId;
    }, UI_TIMEOUT)
    .toBeDefined();

  return found as OrderSummary;
}

// The sandbox seeds a sender and SKU profiles for the demo tenant; filled in here only if not,
// so this test does not depend on which seeding ran first.
async function ensureLabelSettings(harness: BrowserHarness, skus: string[]): Promise<void> {
  const settings = ShippingSettingsSchema.parse(
    await callServerAsExtension(harness, '/api/settings/shipping'),
  );
  if (!settings.sender) {
    const sender = {
      name: 'Demo Seller',
      address1: 'Moda Caddesi 10',
      city: 'Istanbul',
      state: 'Kadikoy',
      postalCode: '34710',
      phone: '+90 532 123 45 67',
      email: 'shipping@example.com',
    };
    await callServerAsExtension(harness, '/api/settings/shipping', {
      method: 'PUT',
      body: JSON.stringify({ sender }),
    });
  }

  for (const sku of skus) {
    const { skus: found } = SkuListSchema.parse(
      await callServerAsExtension(harness, `/api/skus?q=${encodeURIComponent(sku)}`),
    );
    if (!found.find((summary) => summary.sku === sku)?.isComplete) {
      const path = `/api/skus/${encodeURIComponent(sku)}/shipping-profile`;
      await callServerAsExtension(harness, path, {
        method: 'PUT',
        body: JSON.stringify(SKU_PROFILE),
      });
    }
  }
}

// Clicks a panel button with the real mouse, as a seller would, after scrolling it into view:
// the panel is taller than the window once the quotes are in.
async function clickPanelButton(page: Page, world: ExtensionWorld, name: string): Promise<void> {
  await world.run((buttonName) => {
    const host = document.querySelector<HTMLElement>('kayistra-panel');
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    const buttons = Array.from(root?.querySelectorAll('button') ?? []);
    const button = buttons.find((candidate) => candidate.textContent?.trim() === buttonName);
    button?.scrollIntoView({ block: 'center' });
  }, name);
  const box = await locateButton(world, 'kayistra-panel', name);
  if (!box) {
    throw new Error(`The panel has no ${name} button`);
  }

  await page.mouse.click(box.x, box.y);
}

async function readPanelText(world: ExtensionWorld): Promise<string> {
  const [panel] = await readPanels(world);

  return panel?.text ?? '';
}

describe('buying a label from the order page in Chromium with the sandbox server (issue #6)', () => {
  let harness: BrowserHarness;
  let order: OrderSummary;

  beforeAll(async () => {
    harness = await launchSignedInHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function openOrderPage(): Promise<{ page: Page; world: ExtensionWorld }> {
    const page = await harness.openPage(
      `https://sellercentral.amazon.com/orders-v3/order/${order.orderId}`,
    );
    const world = await attachExtensionWorld(page, harness.extensionId);

    return { page, world };
  }

  test('quotes, Create label, then the tracking number confirmed on Amazon; a reload shows the same', async () => {
    order = await findUnshippedOrder(harness);
    await ensureLabelSettings(harness, order.skus);
    const { page, world } = await openOrderPage();

    await expect.poll(() => readPanelText(world), UI_TIMEOUT).toContain('Cheapest');
    expect(await readPanelText(world)).toContain(`Order ${order.orderId}`);
    // Closed shadow roots still reach the accessibility tree: every control there has a name.
    expect(await listUnnamedControls(page)).toEqual([]);

    await clickPanelButton(page, world, 'Create label');

    await expect.poll(() => readPanelText(world), LABEL_TIMEOUT).toContain('Confirmed on Amazon');
    const { shipment } = ShipmentAnswerSchema.parse(
      await callServerAsExtension(harness, `/api/orders/${order.orderId}/shipment`),
    );
    const trackingNumber = shipment?.trackingNumber ?? 'no tracking number';
    expect(await readPanelText(world)).toContain(`Tracking number${trackingNumber}`);
    expect(await readPanelText(world)).not.toContain('Create label');

    await page.reload();

    await expect.poll(() => readPanelText(world), UI_TIMEOUT).toContain(trackingNumber);
    const reloaded = await readPanelText(world);
    expect(reloaded).toContain('Confirmed on Amazon');
    expect(reloaded).toContain('Download label');
    expect(reloaded).not.toContain('Create label');
    await page.close();
  });

  test("client-side navigation to another order shows that order's own panel", async () => {
    const other = await findUnshippedOrder(harness, order.orderId);
    const { page, world } = await openOrderPage();
    await expect.poll(() => readPanelText(world), UI_TIMEOUT).toContain('Confirmed on Amazon');

    // Seller Central's own app navigates with history.pushState and re-renders the order.
    await page.evaluate(
      (orderId) => (window as unknown as FixtureAppWindow).fixtureApp.openOrder(orderId),
      other.orderId,
    );

    await expect.poll(() => readPanelText(world), UI_TIMEOUT).toContain('Cheapest');
    const text = await readPanelText(world);
    expect(text).toContain(`Order ${other.orderId}`);
    expect(text).toContain('Create label');
    expect(text).not.toContain('Confirmed on Amazon');
    await page.close();
  });
});
