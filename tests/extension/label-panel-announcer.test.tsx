import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LabelPurchase } from '../../extension/api/messages.ts';
import type { ShipmentView } from '../../shared/api/shipments.ts';
import { createDeferred, fakeLabelBackground } from './support/fake-label-background.ts';
import { TENANT_ID } from './support/fake-server.ts';
import { createOrder, createQuotes, createShipment, ORDER_ID } from './support/label-fixtures.ts';
import { PANEL_WAIT, renderPanel } from './support/label-panel-page.tsx';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl } = await import('./support/render-page.tsx');

describe('the label panel on an order page: progress for screen readers (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('one live region says each step, from the click to the shipment the poll brings', async () => {
    const shipment: { current: ShipmentView | null } = { current: null };
    const purchase = createDeferred<LabelPurchase>();
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('GET_SHIPMENT', () => ({ shipment: shipment.current }))
      .on('BUY_LABEL', () => purchase.promise);
    const page = await renderPanel();
    const create = await vi.waitFor(() => {
      const button = findControl<HTMLButtonElement>(page.container, 'Create label');
      expect(button.disabled).toBe(false);
      return button;
    }, PANEL_WAIT);
    const live = page.container.querySelector('[role="status"][aria-live="polite"]');
    expect(live?.textContent).toBe('');

    await click(create);

    expect(live?.textContent).toBe("Label progress: Reading the buyer's address from Amazon");
    const buying = { state: 'ordered', step: 'buy_label', trackingNumber: null } as const;
    shipment.current = createShipment({ ...buying, cost: null, hasLabelFile: false });
    await page.queryClient.refetchQueries({
      queryKey: [TENANT_ID, 'orders', ORDER_ID, 'shipment'],
    });
    await vi.waitFor(
      () => expect(live?.textContent).toBe('Label progress: Buying the label'),
      PANEL_WAIT,
    );
    // The same element as before the click: a fresh region would be read by nobody.
    expect(live?.isConnected).toBe(true);
    expect(page.container.querySelector('[data-shipment-state="ordered"]')).not.toBeNull();
    purchase.resolve({ outcome: 'created', shipment: shipment.current });
    page.unmount();
  });
});
