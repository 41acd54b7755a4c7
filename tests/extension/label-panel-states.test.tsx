import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tr } from '../../extension/locales/tr.ts';
import { fail, fakeLabelBackground } from './support/fake-label-background.ts';
import {
  createOrder,
  createQuotes,
  createShipment,
  ORDER_ID,
  SHIPMENT_ID,
} from './support/label-fixtures.ts';
import { PANEL_WAIT, renderPanel, textOf } from './support/label-panel-page.tsx';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl } = await import('./support/render-page.tsx');

describe('the label panel on an order page: states (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('signed out: says so, opens settings to sign in, and asks the server nothing', async () => {
    const background = fakeLabelBackground()
      .on('GET_SESSION', () => null)
      .on('OPEN_OPTIONS', () => null);

    const page = await renderPanel();

    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('You are not signed in'),
      PANEL_WAIT,
    );
    expect(textOf(page.container)).toContain(`Order ${ORDER_ID}`);
    expect(textOf(page.container)).toContain('This is fixed in Kayistra settings.');
    await click(findControl(page.container, 'Open settings'));
    expect(background.sent.map((message) => message.type)).toEqual(['GET_SESSION', 'OPEN_OPTIONS']);
    page.unmount();
  });

  test('an order not synced yet: it will arrive within minutes', async () => {
    fakeLabelBackground().on('GET_ORDER', () => fail('NOT_FOUND', 'Nothing was found here.'));

    const page = await renderPanel();

    await vi.waitFor(
      () =>
        expect(page.container.querySelector('[data-state="not-synced"]')?.textContent).toContain(
          'Orders sync every few minutes',
        ),
      PANEL_WAIT,
    );
    page.unmount();
  });

  test('an FBA order has nothing to label: no quotes, no button', async () => {
    const background = fakeLabelBackground().on('GET_ORDER', () =>
      createOrder({ fulfilledBy: 'AMAZON', labelBadge: null }),
    );

    const page = await renderPanel();

    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('Amazon ships this order'),
      PANEL_WAIT,
    );
    expect(background.ofType('GET_QUOTES')).toEqual([]);
    expect(page.container.querySelector('button')).toBeNull();
    page.unmount();
  });

  test('a cancelled order and one shipped without us each say so', async () => {
    fakeLabelBackground().on('GET_ORDER', () => createOrder({ status: 'CANCELLED' }));
    const cancelled = await renderPanel();
    await vi.waitFor(
      () => expect(textOf(cancelled.container)).toContain('was cancelled'),
      PANEL_WAIT,
    );
    cancelled.unmount();

    fakeLabelBackground().on('GET_ORDER', () => createOrder({ status: 'SHIPPED' }));
    const shipped = await renderPanel();
    await vi.waitFor(
      () => expect(textOf(shipped.container)).toContain('already shipped'),
      PANEL_WAIT,
    );
    shipped.unmount();
  });

  test('an order with a label shows it and never offers a second one', async () => {
    const shipment = createShipment();
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder({ status: 'SHIPPED', shipment }))
      .on('GET_SHIPMENT', () => ({ shipment }));

    const page = await renderPanel();

    await vi.waitFor(() => expect(textOf(page.container)).toContain('SE123456789TR'), PANEL_WAIT);
    expect(textOf(page.container)).toContain('Waiting for Amazon, retrying by itself');
    expect(textOf(page.container)).not.toContain('Create label');
    expect(background.ofType('GET_QUOTES')).toEqual([]);

    // Each button asks the label page for its own action, not the same page twice.
    await click(findControl(page.container, 'Print label'));
    const download = findControl<HTMLButtonElement>(page.container, 'Download label');
    await vi.waitFor(() => expect(download.disabled).toBe(false), PANEL_WAIT);
    await click(download);
    await vi.waitFor(() => expect(background.ofType('OPEN_LABEL')).toHaveLength(2), PANEL_WAIT);
    expect(background.ofType('OPEN_LABEL')).toEqual([
      { type: 'OPEN_LABEL', shipmentId: SHIPMENT_ID, action: 'print' },
      { type: 'OPEN_LABEL', shipmentId: SHIPMENT_ID, action: 'download' },
    ]);
    page.unmount();
  });

  test('a bought label Amazon refuses says so with the problem, not that it is retrying', async () => {
    const shipment = createShipment({
      problem: {
        code: 'AMAZON_NEEDS_REAUTHORIZATION',
        message: 'The label is bought; reconnect Amazon in Options so it gets the tracking.',
      },
      nextAttemptAt: null,
    });
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder({ shipment }))
      .on('GET_SHIPMENT', () => ({ shipment }));

    const page = await renderPanel();

    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('Not on Amazon yet'),
      PANEL_WAIT,
    );
    expect(textOf(page.container)).not.toContain('retrying by itself');
    const problem = page.container.querySelector('[data-code="AMAZON_NEEDS_REAUTHORIZATION"]');
    expect(problem?.querySelector('p')?.textContent).toBe(
      'Problem: The label is bought; reconnect Amazon in Options so it gets the tracking.',
    );
    // Reconnecting happens in Kayistra's settings, which the panel opens.
    expect(problem?.querySelector('button')?.textContent).toBe('Open settings');
    page.unmount();
  });

  test('a server error is shown with its message', async () => {
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => {
        throw fail('SHIPENTEGRA_UNAVAILABLE', 'Shipentegra did not answer properly.');
      });

    const page = await renderPanel();

    await vi.waitFor(
      () =>
        expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
          'Shipentegra did not answer properly.',
        ),
      PANEL_WAIT,
    );
    page.unmount();
  });

  test('Shipentegra not connected: the message and where to fix it', async () => {
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => {
        throw fail('SHIPENTEGRA_NOT_CONNECTED', 'Add your Shipentegra API credentials first.');
      });

    const page = await renderPanel();

    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('Add your Shipentegra API credentials first.'),
      PANEL_WAIT,
    );
    expect(textOf(page.container)).toContain('This is fixed in Kayistra settings.');
    expect(findControl(page.container, 'Open settings')).toBeDefined();
    page.unmount();
  });

  test('in Turkish', async () => {
    const failed = createShipment({
      state: 'failed',
      step: 'done',
      problem: { code: 'SHIPENTEGRA_BALANCE_EMPTY', message: 'Your balance is too low.' },
    });
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder({ shipment: failed }))
      .on('GET_QUOTES', () => createQuotes())
      .on('GET_SHIPMENT', () => ({ shipment: failed }));

    const page = await renderPanel(tr);

    await vi.waitFor(() => expect(textOf(page.container)).toContain('En ucuz'), PANEL_WAIT);
    const text = textOf(page.container);
    expect(text).toContain(`Sipariş ${ORDER_ID}`);
    expect(text).toContain('En hızlı');
    expect(text).toContain('8-12 iş günü');
    // Money with the Turkish decimal comma, the exact amount the server sent.
    expect(text).toContain('Shipentegra Eco 9,10 USD · ekonomik · 8-12 iş günü');
    expect(text).toContain('12,00 USD');
    expect(text).toContain('Shipentegra bakiyeniz yetersiz');
    expect(text).toContain('Your balance is too low.');
    expect(findControl(page.container, 'Yeni etiket oluştur')).toBeDefined();
    expect(findControl(page.container, 'Ağırlık (g)')).toBeDefined();
    page.unmount();
  });
});
