/**
 * @vitest-environment-options { "url": "https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567" }
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContentScriptSettings } from '../../extension/api/content-script-settings.ts';
import { FeatureToggles } from '../../extension/entrypoints/options/feature-toggles.tsx';
import { defineFeature, type Feature } from '../../extension/features/runtime/feature.ts';
import { runFeatures } from '../../extension/features/runtime/run-features.ts';
import { createLogger, type LogSink } from '../../extension/logging/logger.ts';
import { isOrderDetailsPage } from '../../extension/seller-central/pages.ts';
import { switchFeature } from '../../extension/settings/feature-switches.ts';
import { debugLoggingItem, disabledFeaturesItem } from '../../extension/settings/settings-items.ts';
import { loadSellerCentralFixture } from '../helpers/fixture-dom.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { connectPagesToBackground, sendToBackground } = await import('./support/fake-extension.ts');
const { click, findControl, renderPage } = await import('./support/render-page.tsx');

const TIMING = { loadingTimeoutMs: 500, anchorGraceMs: 20 };

function createFeature(id: string, runs: string[]): Feature {
  return defineFeature({
    id,
    area: 'orders',
    appliesTo: isOrderDetailsPage,
    run() {
      runs.push(id);
    },
  });
}

function navigateClientSide(path: string) {
  history.pushState({}, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('feature toggles (issue #6)', () => {
  let lifetime: AbortController;
  let sink: LogSink;

  beforeEach(() => {
    fakeBrowser.reset();
    history.replaceState({}, '', '/orders-v3/order/113-1234567-1234567');
    loadSellerCentralFixture('order-details.html');
    lifetime = new AbortController();
    sink = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  });

  afterEach(() => {
    lifetime.abort();
    vi.restoreAllMocks();
  });

  function start(features: Feature[], loadDisabledFeatureIds: () => Promise<ReadonlySet<string>>) {
    const logger = createLogger({ scope: 'orders', isDebugEnabled: () => false, sink });
    runFeatures({
      features,
      win: window,
      logger,
      signal: lifetime.signal,
      timing: TIMING,
      loadDisabledFeatureIds,
    });
  }

  test('a feature switched off does not run; switched on again it runs on the next page', async () => {
    const runs: string[] = [];
    let disabled = new Set(['first']);
    start([createFeature('first', runs), createFeature('second', runs)], async () => disabled);

    await vi.waitFor(() => expect(runs).toEqual(['second']));

    disabled = new Set();
    navigateClientSide('/orders-v3/order/114-7654321-7654321');
    await vi.waitFor(() => expect(runs.sort()).toEqual(['first', 'second', 'second']));
  });

  test('when the switches cannot be read, features run as by default and it is said', async () => {
    const runs: string[] = [];
    start([createFeature('first', runs)], () => Promise.reject(new Error('restarting')));

    await vi.waitFor(() => expect(runs).toEqual(['first']));
    expect(sink.warn).toHaveBeenCalledTimes(1);
  });

  test('content scripts get the switches and the debug setting from the background', async () => {
    connectPagesToBackground();
    await disabledFeaturesItem.setValue(['order-label-panel']);
    await debugLoggingItem.setValue(true);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const settings = createContentScriptSettings('orders');

    settings.logger.debug('before the answer');
    expect(await settings.loadDisabledFeatureIds()).toEqual(new Set(['order-label-panel']));
    settings.logger.debug('after the answer');

    expect(debug.mock.calls.map((call) => call[1])).toEqual(['after the answer']);
    expect(await sendToBackground({ type: 'GET_PAGE_SETTINGS' })).toEqual({
      ok: true,
      data: { isDebugLoggingEnabled: true, disabledFeatureIds: ['order-label-panel'] },
    });
  });

  test('the stored "off" list gains and loses one feature at a time', () => {
    expect(switchFeature([], 'order-label-panel', false)).toEqual(['order-label-panel']);
    expect(switchFeature(['a', 'order-label-panel'], 'order-label-panel', true)).toEqual(['a']);
    expect(switchFeature(['a'], 'a', false)).toEqual(['a']);
  });

  test('options shows one named switch per feature and stores what the seller flips', async () => {
    const page = await renderPage(<FeatureToggles />);
    const toggle = await vi.waitFor(() =>
      findControl<HTMLInputElement>(page.container, 'Label panel on order pages'),
    );
    await vi.waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(true);

    await click(toggle);
    await vi.waitFor(async () => {
      expect(await disabledFeaturesItem.getValue()).toEqual(['order-label-panel']);
    });

    await vi.waitFor(() => expect(toggle.checked).toBe(false));
    page.unmount();
  });
});
