import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LabelPurchase } from '../../extension/api/messages.ts';
import orderLabelPanel from '../../extension/features/order-label-panel.tsx';
import { mountPanel } from '../../extension/features/runtime/mount-panel.ts';
import { createLogger } from '../../extension/logging/logger.ts';
import { loadSellerCentralFixture } from '../helpers/fixture-dom.ts';
import { recordShadowRoots } from '../helpers/fixture-shadow-roots.ts';
import { createDeferred, fail, fakeLabelBackground } from './support/fake-label-background.ts';
import { createOrder, createQuotes, ORDER_ID } from './support/label-fixtures.ts';
import { PANEL_WAIT } from './support/label-panel-page.tsx';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

function findButton(root: ShadowRoot | undefined, name: string): HTMLButtonElement {
  const buttons = Array.from(root?.querySelectorAll('button') ?? []);
  const button = buttons.find((candidate) => candidate.textContent === name);
  if (!button) {
    throw new Error(`No button named ${name}`);
  }

  return button;
}

describe('the order label panel feature as Seller Central re-renders (issue #6)', () => {
  let controller: AbortController;

  beforeEach(() => {
    fakeBrowser.reset();
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  test('a re-rendered order page mid-purchase keeps the attempt: still buying, then the same key', async () => {
    loadSellerCentralFixture('order-details.html');
    const pristinePage = document.querySelector('.order-page')?.cloneNode(true);
    const shadows = recordShadowRoots();
    const purchase = createDeferred<LabelPurchase>();
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('BUY_LABEL', () => purchase.promise);
    const { signal } = controller;
    await orderLabelPanel.run({
      url: new URL(`https://sellercentral.amazon.com/orders-v3/order/${ORDER_ID}`),
      doc: document,
      signal,
      logger: createLogger({ scope: 'test', isDebugEnabled: () => false }),
      target: { kind: 'none' },
      mount: (node) => {
        const anchor = orderLabelPanel.anchor;
        const onError = (error: unknown) => expect.unreachable(String(error));
        mountPanel({ featureId: orderLabelPanel.id, doc: document, anchor, node, signal, onError });
      },
    });
    const host = document.querySelector('kayistra-panel');
    const root = shadows.rootOf(host);
    const create = await vi.waitFor(() => {
      const button = findButton(root, 'Create label');
      expect(button.disabled).toBe(false);
      return button;
    }, PANEL_WAIT);
    create.click();
    await vi.waitFor(() => expect(background.ofType('BUY_LABEL')).toHaveLength(1), PANEL_WAIT);

    // Seller Central's React builds the order page afresh and drops our panel with the old nodes.
    document.querySelector('.order-page')?.replaceWith(pristinePage ?? '');

    await vi.waitFor(() => expect(host?.isConnected).toBe(true), PANEL_WAIT);
    expect(document.querySelectorAll('kayistra-panel')).toHaveLength(1);
    expect(findButton(root, 'Creating label...').disabled).toBe(true);
    purchase.reject(fail('SERVER_UNREACHABLE', 'The Kayistra server cannot be reached.'));
    const retry = await vi.waitFor(() => {
      const button = findButton(root, 'Create label');
      expect(button.disabled).toBe(false);
      return button;
    }, PANEL_WAIT);
    retry.click();
    await vi.waitFor(() => expect(background.ofType('BUY_LABEL')).toHaveLength(2), PANEL_WAIT);
    const [first, second] = background.ofType('BUY_LABEL');
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
  });
});
