import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tr } from '../../extension/locales/tr.ts';
import { fail, fakeLabelBackground } from './support/fake-label-background.ts';
import {
  createOrder,
  createQuotes,
  createSettings,
  createShipment,
  createSku,
  ORDER_ID,
  SHIPMENT_ID,
  SKU_PROFILE,
} from './support/label-fixtures.ts';
import { PANEL_WAIT, renderPanel, textOf } from './support/label-panel-page.tsx';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, typeInto } = await import('./support/render-page.tsx');

function radios(container: HTMLElement) {
  return Array.from(container.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
}

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

  test('shows the order without PII and each item with its customs details', async () => {
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes());

    const page = await renderPanel();

    await vi.waitFor(() => expect(textOf(page.container)).toContain('Ceramic mug'), PANEL_WAIT);
    const summary = page.container.querySelector('[aria-label="Order summary"]');
    expect(textOf(summary as HTMLElement)).toContain('unshipped');
    expect(textOf(summary as HTMLElement)).toContain('MUG-01Hand-painted mug2');
    expect(textOf(page.container)).toContain('691200');
    expect(textOf(page.container)).toContain('12.00 USD');
    expect(textOf(page.container)).toContain('Ready for customs.');
    page.unmount();
  });

  test('names what a SKU profile is missing', async () => {
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('LIST_SKUS', () => ({
        // The search matches SKU beginnings: only the exact SKU describes this item.
        skus: [
          createSku('MUG-01', {
            profile: { ...createSku('MUG-01').profile, hsCode: null, customsDescription: null },
            isComplete: false,
            missingFields: ['hsCode', 'customsDescription'],
          }),
          createSku('MUG-010'),
        ],
        nextCursor: null,
      }));

    const page = await renderPanel();

    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('Missing: HS code, description.'),
      PANEL_WAIT,
    );
    expect(background.ofType('LIST_SKUS')).toEqual([{ type: 'LIST_SKUS', q: 'MUG-01' }]);
    expect(textOf(page.container)).toContain('Fill them in here, or in Kayistra settings');
    page.unmount();
  });

  test('customs complete for every SKU: one line each, no prompt to fill anything in', async () => {
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes());

    const page = await renderPanel();

    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('Ready for customs.'),
      PANEL_WAIT,
    );
    expect(textOf(page.container)).not.toContain('Fill them in');
    // One line per ready SKU, so the services stay close to the top of the panel.
    const item = page.container.querySelector('[data-sku="MUG-01"]') as HTMLElement;
    expect(textOf(item)).toBe(
      'MUG-01 · HS code 691200 · 12.00 USD · Ceramic mug Ready for customs. Edit customs of MUG-01',
    );
    expect(item.querySelector('dl')).toBeNull();
    page.unmount();
  });

  test('customs are edited in place and saved with the rest of the profile unchanged', async () => {
    const incomplete = createSku('MUG-01', {
      profile: { ...createSku('MUG-01').profile, hsCode: null },
      isComplete: false,
      missingFields: ['hsCode'],
    });
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('LIST_SKUS', () => ({ skus: [incomplete], nextCursor: null }))
      .on('SAVE_SKU_PROFILE', (message) =>
        String((message.profile as { hsCode: string }).hsCode).length < 6
          ? fail('VALIDATION_FAILED', 'Some fields are not valid.', [
              { path: 'hsCode', message: 'An HS code (GTIP): 6 to 12 digits.' },
            ])
          : createSku('MUG-01', { profile: { ...incomplete.profile, hsCode: '691200' } }),
      );
    const page = await renderPanel();
    await click(
      await vi.waitFor(() => findControl(page.container, 'Edit customs of MUG-01'), PANEL_WAIT),
    );

    await typeInto(findControl(page.container, 'HS code'), '6912');
    await click(findControl(page.container, 'Save customs'));
    await vi.waitFor(() => expect(textOf(page.container)).toContain('6 to 12 digits'), PANEL_WAIT);
    await typeInto(findControl(page.container, 'HS code'), '691200');
    await click(findControl(page.container, 'Save customs'));

    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('Ready for customs.'),
      PANEL_WAIT,
    );
    expect(background.ofType('SAVE_SKU_PROFILE').at(-1)).toEqual({
      type: 'SAVE_SKU_PROFILE',
      sku: 'MUG-01',
      profile: { ...SKU_PROFILE, hsCode: '691200' },
    });
    page.unmount();
  });

  test('LABEL_NOT_READY lists each problem with what to fix', async () => {
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => {
        throw fail('LABEL_NOT_READY', 'Fix the details named below.', [
          { path: 'settings.sender', message: 'Add your sender address in Options > Shipping.' },
          { path: 'skus.MUG-01.hsCode', message: 'Add the HS code (GTIP) of MUG-01.' },
          { path: 'skus.MUG-01.weightGrams', message: 'Add the weight of MUG-01.' },
        ]);
      });

    const page = await renderPanel();

    const problems = await vi.waitFor(() => {
      const items = page.container.querySelectorAll('[data-code="LABEL_NOT_READY"] li');
      expect(items).toHaveLength(3);
      return Array.from(items, (item) => item.textContent);
    }, PANEL_WAIT);
    expect(problems).toEqual([
      'Add your sender address in Kayistra settings, under Shipping.',
      'MUG-01: add the HS code under Customs above, or in Kayistra settings under SKU profiles.',
      'MUG-01: add the weight to its SKU profile, or enter the package above.',
    ]);
    expect(findControl<HTMLButtonElement>(page.container, 'Create label').disabled).toBe(true);
    page.unmount();
  });

  test('quotes: each service with price, tier and transit, marks, the default preselected', async () => {
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('GET_SHIPPING_SETTINGS', () => createSettings('shipentegra-express'));

    const page = await renderPanel();

    await vi.waitFor(() => expect(radios(page.container)[1]?.checked).toBe(true), PANEL_WAIT);
    const labels = Array.from(page.container.querySelectorAll('label.quote'), (label) =>
      textOf(label as HTMLElement),
    );
    expect(labels).toEqual([
      'Shipentegra Eco 9.10 USD · economy · 8-12 business daysCheapest',
      'Shipentegra Express 18.42 USD · express · 3-5 business days',
      'UPS Express 31.00 USD · express · 2 business daysFastest',
    ]);
    expect(page.container.querySelector('fieldset.quotes legend')?.textContent).toBe('Service');
    page.unmount();
  });

  test('without a default service the cheapest is preselected, and the seller may pick another', async () => {
    fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes());

    const page = await renderPanel();

    await vi.waitFor(() => expect(radios(page.container)[0]?.checked).toBe(true), PANEL_WAIT);
    await click(radios(page.container)[2] as HTMLInputElement);
    expect(radios(page.container).map((radio) => radio.checked)).toEqual([false, false, true]);
    page.unmount();
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
