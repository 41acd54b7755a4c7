import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fail, fakeLabelBackground } from './support/fake-label-background.ts';
import {
  createOrder,
  createQuotes,
  createSettings,
  createSku,
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

describe('the label panel on an order page: the order, its customs and its quotes (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
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
});
