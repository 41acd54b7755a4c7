import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LabelSummary, LabelSummarySchema } from '../../shared/api/shipments.ts';
import {
  type ShippingSettings,
  ShippingSettingsSchema,
  type SkuList,
  SkuListSchema,
} from '../../shared/api/shipping.ts';
import { type SyncStatus, SyncStatusSchema } from '../../shared/api/sync.ts';
import { listUnnamedControls } from '../helpers/browser-accessibility.ts';
import { readPageText } from '../helpers/browser-extension-pages.ts';
import type { BrowserHarness } from '../helpers/browser-harness.ts';
import { callServerAsExtension, launchSignedInHarness } from '../helpers/browser-signed-in.ts';

const UI_TIMEOUT = { timeout: 10_000 };
// The first sync brings the demo seller's orders and listings, and with them the SKUs.
const SYNC_TIMEOUT = { timeout: 60_000, interval: 250 };

const SENDER = {
  'Sender name': 'Ayşe Yılmaz',
  'Address line 1': 'Caferağa Mah. Moda Cad. 12',
  'Province (il)': 'İstanbul',
  'District (ilçe)': 'Kadıköy',
  'Postal code': '34710',
  Phone: '0532 123 45 67',
  'Sender email': 'depo@example.com',
};

describe('shipping settings, SKU profiles and label counts in Chromium (issue #6)', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await launchSignedInHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  // What the server itself holds, read with the extension's own token.
  const callServer = (path: string, init?: RequestInit) =>
    callServerAsExtension(harness, path, init);

  const fetchSettings = async (): Promise<ShippingSettings> =>
    ShippingSettingsSchema.parse(await callServer('/api/settings/shipping'));
  const fetchSkus = async (query = ''): Promise<SkuList> =>
    SkuListSchema.parse(await callServer(`/api/skus${query}`));
  const fetchSyncStatus = async (): Promise<SyncStatus> =>
    SyncStatusSchema.parse(await callServer('/api/sync/status'));
  const fetchLabelSummary = async (): Promise<LabelSummary> =>
    LabelSummarySchema.parse(await callServer('/api/shipments/summary'));

  async function openShippingSection(): Promise<{ page: Page; shipping: Locator }> {
    const page = await harness.openExtensionPage('options.html');
    const shipping = page.getByRole('region', { name: 'Shipping', exact: true });
    await shipping.getByLabel('Sender name').waitFor(UI_TIMEOUT);

    return { page, shipping };
  }

  async function fillSender(shipping: Locator, values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      await shipping.getByLabel(label, { exact: true }).fill(value);
    }
  }

  test('saves the sender address from the options page and shows it again after a reload', async () => {
    const { page, shipping } = await openShippingSection();

    await fillSender(shipping, SENDER);
    await shipping.getByLabel('Label format').selectOption('pdf');
    await shipping.getByRole('button', { name: 'Save shipping settings' }).click();

    await expect.poll(() => shipping.getByRole('status').textContent(), UI_TIMEOUT).toBe('Saved.');
    expect((await fetchSettings()).sender).toMatchObject({
      name: 'Ayşe Yılmaz',
      postalCode: '34710',
      phone: '+905321234567',
      countryCode: 'TR',
    });

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Shipping', exact: true });
    await expect
      .poll(() => reloaded.getByLabel('District (ilçe)').inputValue(), UI_TIMEOUT)
      .toBe('Kadıköy');
    expect(await reloaded.getByLabel('Phone').inputValue()).toBe('+905321234567');
    expect(await reloaded.getByLabel('Label format').inputValue()).toBe('pdf');
    expect(await listUnnamedControls(page)).toEqual([]);
    await page.close();
  });

  test('a postal code the server refuses is marked at its input and the typing stays', async () => {
    const { page, shipping } = await openShippingSection();
    const postalCode = shipping.getByLabel('Postal code');

    await fillSender(shipping, { ...SENDER, 'Postal code': '99999' });
    await shipping.getByRole('button', { name: 'Save shipping settings' }).click();

    await expect.poll(() => postalCode.getAttribute('aria-invalid'), UI_TIMEOUT).toBe('true');
    const description = await postalCode.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(description).toContain('A Turkish postal code');
    expect(await shipping.getByRole('alert').textContent()).toBe(
      'Check these fields: Postal code.',
    );
    expect(await postalCode.inputValue()).toBe('99999');
    expect((await fetchSettings()).sender?.postalCode).toBe('34710');
    await page.close();
  });

  test('edits a SKU profile in the table and the server keeps it', async () => {
    await callServer('/api/sync', { method: 'POST', body: '{}' });
    await expect.poll(async () => (await fetchSkus()).skus.length, SYNC_TIMEOUT).toBeGreaterThan(0);
    const sku = (await fetchSkus()).skus[0]?.sku ?? '';
    const page = await harness.openExtensionPage('options.html');
    const row = page.locator(`tr[data-sku="${sku}"]`);

    await row.getByRole('button', { name: `Edit ${sku}` }).click({ timeout: 10_000 });
    await row.getByLabel(`Weight (g) for ${sku}`).fill('450');
    await row.getByLabel(`HS code for ${sku}`).fill('691200');
    await row.getByLabel(`Declared value for ${sku}`).fill('18.50');
    await row.getByLabel(`Currency for ${sku}`).fill('usd');
    await row.getByRole('button', { name: `Save ${sku}` }).click();

    await expect.poll(() => row.getAttribute('data-editing'), UI_TIMEOUT).toBe('false');
    const saved = (await fetchSkus(`?q=${encodeURIComponent(sku)}`)).skus.find(
      (summary) => summary.sku === sku,
    );
    expect(saved?.profile).toMatchObject({
      weightGrams: 450,
      hsCode: '691200',
      declaredValue: '18.50',
      declaredCurrency: 'USD',
    });
    expect(await row.textContent()).toContain('18.50 USD');
    await page.close();
  });

  test('the popup shows the label counts the server reports', async () => {
    const isIdle = (status: SyncStatus) =>
      status.syncs.every((sync) => sync.state !== 'queued' && sync.state !== 'running');
    await expect.poll(async () => isIdle(await fetchSyncStatus()), SYNC_TIMEOUT).toBe(true);
    const summary = await fetchLabelSummary();
    const popup = await harness.openExtensionPage('popup.html');

    await expect
      .poll(() => readPageText(popup), UI_TIMEOUT)
      .toContain(`Unshipped orders without a label: ${summary.unshippedWithoutLabel}`);
    const text = await readPageText(popup);
    expect(text).toContain(`Labels not yet confirmed on Amazon: ${summary.awaitingAmazon}`);
    expect(text.includes('Shipments needing attention')).toBe(summary.needsAttention > 0);
    expect(await listUnnamedControls(popup)).toEqual([]);
    await popup.close();
  });
});
