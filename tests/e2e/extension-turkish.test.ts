import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listUnnamedControls } from '../helpers/browser-accessibility.ts';
import { readPageText } from '../helpers/browser-extension-pages.ts';
import { attachExtensionWorld } from '../helpers/browser-extension-world.ts';
import { type BrowserHarness, launchBrowserHarness } from '../helpers/browser-harness.ts';
import { readFallbackDock, readPanels } from '../helpers/browser-panels.ts';
import { FIXTURE_ORDER_IDS } from '../helpers/fixture-routes.ts';

const UI_TIMEOUT = { timeout: 10_000 };

describe('the extension in a Turkish browser (issue #6)', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await launchBrowserHarness({ locale: 'tr-TR' });
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('options speaks Turkish, and every control keeps an accessible name', async () => {
    const page = await harness.openExtensionPage('options.html');

    await page.getByRole('heading', { name: 'Kayistra ayarları' }).waitFor(UI_TIMEOUT);
    await page.getByRole('button', { name: 'Giriş yap' }).waitFor();
    expect(await page.getByLabel('E-posta').count()).toBe(1);
    expect(await page.getByLabel('Şifre').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');
    expect(await page.title()).toBe('Kayistra ayarları');
    expect(await readPageText(page)).toContain('Sipariş sayfalarında etiket paneli');
    expect(await listUnnamedControls(page)).toEqual([]);
    await page.close();
  });

  test('the popup tells a signed-out seller, in Turkish, where to sign in', async () => {
    const page = await harness.openExtensionPage('popup.html');

    await page.getByText('Giriş yapmadınız.', { exact: false }).waitFor(UI_TIMEOUT);
    await page.getByRole('button', { name: 'Giriş yap' }).waitFor();
    expect(await listUnnamedControls(page)).toEqual([]);
    await page.close();
  });

  test('the panel and the fixed dock in Seller Central speak Turkish too', async () => {
    const page = await harness.openPage(
      `https://sellercentral.amazon.com.tr/orders-v3/order/${FIXTURE_ORDER_IDS.noAnchor}`,
    );
    const world = await attachExtensionWorld(page, harness.extensionId);

    await expect
      .poll(() => readPanels(world), UI_TIMEOUT)
      .toMatchObject([{ text: expect.stringContaining("Kayistra'ya giriş yapmadınız") }]);
    expect((await readPanels(world))[0]?.text).toContain(`Sipariş ${FIXTURE_ORDER_IDS.noAnchor}`);
    expect(await readFallbackDock(world)).toEqual({
      isExpanded: true,
      toggleLabel: 'Kayistra panelini daralt',
    });

    await page.close();
  });
});
