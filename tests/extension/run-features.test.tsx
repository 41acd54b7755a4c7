/**
 * @vitest-environment-options { "url": "https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567" }
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  defineFeature,
  type Feature,
  type FeatureContext,
} from '../../extension/features/runtime/feature.ts';
import { runFeatures } from '../../extension/features/runtime/run-features.ts';
import { createLogger, type LogSink } from '../../extension/logging/logger.ts';
import { getOrderIdFromUrl, isOrderDetailsPage } from '../../extension/seller-central/pages.ts';
import { orderLabelPanelAnchor } from '../../extension/seller-central/selectors.ts';
import { loadSellerCentralFixture, markPageLoaded } from '../helpers/fixture-dom.ts';
import { readShadowText, recordShadowRoots } from '../helpers/fixture-shadow-roots.ts';

const TIMING = { loadingTimeoutMs: 2_000, anchorGraceMs: 50 };
const ANCHOR = { selector: orderLabelPanelAnchor, position: 'beforebegin' } as const;

function createSink(): LogSink {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

function createOrderFeature(
  id: string,
  onRun: (context: FeatureContext) => void = () => {},
): Feature {
  return defineFeature({
    id,
    area: 'orders',
    appliesTo: isOrderDetailsPage,
    anchor: ANCHOR,
    run(context) {
      onRun(context);
      context.mount(<p>{`${id} for ${getOrderIdFromUrl(context.url)}`}</p>);
    },
  });
}

function Broken(): never {
  throw new Error('render failed');
}

function navigateClientSide(path: string) {
  history.pushState({}, '', path);
  // happy-dom has no Navigation API; a popstate stands in for its currententrychange.
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('runFeatures', () => {
  let lifetime: AbortController;
  let sink: LogSink;
  let shadows: ReturnType<typeof recordShadowRoots>;

  beforeEach(() => {
    history.replaceState({}, '', '/orders-v3/order/113-1234567-1234567');
    lifetime = new AbortController();
    sink = createSink();
    shadows = recordShadowRoots();
  });

  afterEach(() => {
    lifetime.abort();
    vi.restoreAllMocks();
  });

  function start(features: Feature[]) {
    const logger = createLogger({ scope: 'orders', isDebugEnabled: () => false, sink });
    runFeatures({ features, win: window, logger, signal: lifetime.signal, timing: TIMING });
  }

  const panelTexts = () =>
    Array.from(document.querySelectorAll('kayistra-panel')).map((host) =>
      readShadowText(shadows.rootOf(host)),
    );

  test('waits for the loading overlay to go before placing the panel at its anchor', async () => {
    loadSellerCentralFixture('order-details.html', { isLoaded: false });
    const onRun = vi.fn();
    start([createOrderFeature('first', onRun)]);

    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(onRun).not.toHaveBeenCalled();

    markPageLoaded(document);
    await vi.waitFor(() => expect(panelTexts()).toEqual(['first for 113-1234567-1234567']));
    expect(onRun.mock.calls[0]?.[0].target.kind).toBe('anchor');
  });

  test('gives a feature the fallback panel when its anchor never appears', async () => {
    loadSellerCentralFixture('order-details-no-anchor.html');
    start([createOrderFeature('first')]);

    await vi.waitFor(() => expect(panelTexts()).toEqual(['first for 113-1234567-1234567']));
    expect(document.querySelector('kayistra-panel')?.parentElement?.localName).toBe(
      'kayistra-dock',
    );
  });

  test('opens no fixed panel for a feature that has none, and still runs it', async () => {
    loadSellerCentralFixture('order-details-no-anchor.html');
    const onRun = vi.fn();
    start([
      defineFeature({
        id: 'row-decorations',
        area: 'orders',
        appliesTo: isOrderDetailsPage,
        anchor: { ...ANCHOR, hasFallbackPanel: false },
        run: onRun,
      }),
    ]);

    await vi.waitFor(() => expect(onRun).toHaveBeenCalledOnce());
    expect(onRun.mock.calls[0]?.[0]).toMatchObject({ target: { kind: 'none' }, doc: document });
    expect(document.querySelector('kayistra-dock')).toBeNull();
  });

  test('tears down on client-side navigation and runs again for the new order', async () => {
    loadSellerCentralFixture('order-details.html');
    const signals: AbortSignal[] = [];
    start([createOrderFeature('first', ({ signal }) => signals.push(signal))]);
    await vi.waitFor(() => expect(panelTexts()).toEqual(['first for 113-1234567-1234567']));

    navigateClientSide('/orders-v3/order/114-7654321-7654321');

    expect(signals[0]?.aborted).toBe(true);
    await vi.waitFor(() => expect(panelTexts()).toEqual(['first for 114-7654321-7654321']));
    expect(signals).toHaveLength(2);
  });

  test('runs nothing on pages its features do not apply to, and resumes on an order page', async () => {
    loadSellerCentralFixture('order-details.html');
    history.replaceState({}, '', '/orders-v3/mfn/unshipped');
    const onRun = vi.fn();
    start([createOrderFeature('first', onRun)]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(onRun).not.toHaveBeenCalled();

    navigateClientSide('/orders-v3/order/113-1234567-1234567');
    await vi.waitFor(() => expect(onRun).toHaveBeenCalledTimes(1));
  });

  test('a feature that throws is off for this page view and logged once; others run on', async () => {
    loadSellerCentralFixture('order-details.html');
    const failing = createOrderFeature('failing', () => {
      throw new Error('selector went stale');
    });

    start([failing, createOrderFeature('healthy')]);

    await vi.waitFor(() => expect(panelTexts()).toEqual(['healthy for 113-1234567-1234567']));
    expect(sink.error).toHaveBeenCalledTimes(1);
    expect(sink.error).toHaveBeenCalledWith(
      '[Kayistra:orders:failing]',
      'Feature failed and is off until the next page',
      expect.objectContaining({ message: 'selector went stale' }),
    );
  });

  test('a panel that fails to render is removed and logged once; it runs again on the next page', async () => {
    loadSellerCentralFixture('order-details.html');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const runs = vi.fn();
    const broken = defineFeature({
      id: 'broken',
      area: 'orders',
      appliesTo: isOrderDetailsPage,
      anchor: ANCHOR,
      run({ mount }) {
        runs();
        mount(<Broken />);
      },
    });

    start([broken, createOrderFeature('healthy')]);

    await vi.waitFor(() => expect(sink.error).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(panelTexts()).toEqual(['healthy for 113-1234567-1234567']));

    navigateClientSide('/orders-v3/order/114-7654321-7654321');
    await vi.waitFor(() => expect(runs).toHaveBeenCalledTimes(2));
  });

  test('removes every panel when the content script is invalidated', async () => {
    loadSellerCentralFixture('order-details-no-anchor.html');
    start([createOrderFeature('first')]);
    await vi.waitFor(() => expect(panelTexts()).toHaveLength(1));

    lifetime.abort();

    expect(document.querySelector('kayistra-panel')).toBeNull();
    expect(document.querySelector('kayistra-dock')).toBeNull();
  });
});
