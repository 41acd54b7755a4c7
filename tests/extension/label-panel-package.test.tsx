import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REQUOTE_DELAY_MS } from '../../extension/components/label-panel/package-editor.tsx';
import { en, type Messages } from '../../extension/locales/en.ts';
import { tr } from '../../extension/locales/tr.ts';
import { createDeferred, fakeLabelBackground } from './support/fake-label-background.ts';
import { createOrder, createQuote, createQuotes } from './support/label-fixtures.ts';
import { PANEL_WAIT, renderPanel } from './support/label-panel-page.tsx';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, typeInto } = await import('./support/render-page.tsx');

function fakePanel() {
  return fakeLabelBackground()
    .on('GET_ORDER', () => createOrder())
    .on('GET_QUOTES', (message) =>
      message.package
        ? createQuotes([createQuote({ totalPrice: '11.75', isCheapest: true })], 1250)
        : createQuotes(),
    )
    .on('BUY_LABEL', () => createDeferred().promise);
}

async function renderReadyPanel(messages: Messages = en) {
  const page = await renderPanel(messages);
  await vi.waitFor(() => {
    const create = findControl<HTMLButtonElement>(
      page.container,
      messages.labelPanel.purchase.create,
    );
    expect(create.disabled).toBe(false);
  }, PANEL_WAIT);

  return page;
}

function errorOf(input: HTMLInputElement): string | null | undefined {
  const errorId = input.getAttribute('aria-describedby');

  return errorId ? input.ownerDocument.getElementById(errorId)?.textContent : null;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('the label panel on an order page: the package editor (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test.each([
    ['Weight (g)', '0', 'Enter the weight in grams, a whole number from 1 to 70,000.'],
    ['Weight (g)', '', 'Enter the weight in grams, a whole number from 1 to 70,000.'],
    ['Weight (g)', '71000', 'Enter the weight in grams, a whole number from 1 to 70,000.'],
    ['Weight (g)', '1.5', 'Enter the weight in grams, a whole number from 1 to 70,000.'],
    ['Length (cm)', '301', 'Enter whole centimetres, from 1 to 300.'],
  ])(
    '%s "%s" is named as wrong, quoted nowhere and blocks Create label',
    async (name, typed, error) => {
      const background = fakePanel();
      const page = await renderReadyPanel();
      const input = findControl<HTMLInputElement>(page.container, name);

      await typeInto(input, typed);

      await vi.waitFor(() => expect(errorOf(input)).toBe(error), PANEL_WAIT);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(
        page.container
          .querySelector(`[id="${input.getAttribute('aria-describedby')}"]`)
          ?.getAttribute('role'),
      ).toBe('alert');
      const create = findControl<HTMLButtonElement>(page.container, 'Create label');
      expect(create.disabled).toBe(true);

      await click(create);
      await sleep(REQUOTE_DELAY_MS + 100);
      expect(background.ofType('GET_QUOTES')).toHaveLength(1);
      expect(background.ofType('BUY_LABEL')).toEqual([]);
      page.unmount();
    },
  );

  test('a click before the changed package is quoted buys nothing; then it buys that package', async () => {
    const background = fakePanel();
    const page = await renderReadyPanel();

    await typeInto(findControl(page.container, 'Weight (g)'), '1250');
    await click(findControl(page.container, 'Create label'));

    expect(findControl<HTMLButtonElement>(page.container, 'Create label').disabled).toBe(true);
    expect(page.container.textContent).toContain('quoted as soon as you stop typing');
    expect(background.ofType('BUY_LABEL')).toEqual([]);
    await vi.waitFor(() => expect(page.container.textContent).toContain('11.75 USD'), PANEL_WAIT);
    expect(page.container.textContent).toContain('Changed by you');
    const create = await vi.waitFor(() => {
      const button = findControl<HTMLButtonElement>(page.container, 'Create label');
      expect(button.disabled).toBe(false);
      return button;
    }, PANEL_WAIT);

    await click(create);

    expect(background.ofType('BUY_LABEL')).toEqual([
      expect.objectContaining({
        package: { weightGrams: 1250, lengthCm: 20, widthCm: 15, heightCm: 20 },
      }),
    ]);
    page.unmount();
  });

  test('a corrected field clears its error and is quoted', async () => {
    const background = fakePanel();
    const page = await renderReadyPanel();
    const input = findControl<HTMLInputElement>(page.container, 'Weight (g)');

    await typeInto(input, '0');
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'), PANEL_WAIT);
    await typeInto(input, '1250');

    await vi.waitFor(() => expect(page.container.textContent).toContain('11.75 USD'), PANEL_WAIT);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(background.ofType('GET_QUOTES').at(-1)).toMatchObject({
      package: { weightGrams: 1250 },
    });
    page.unmount();
  });

  test('in Turkish the limit is written the Turkish way', async () => {
    fakePanel();
    const page = await renderReadyPanel(tr);
    const input = findControl<HTMLInputElement>(page.container, 'Ağırlık (g)');

    await typeInto(input, '71000');

    await vi.waitFor(
      () =>
        expect(errorOf(input)).toBe(
          'Ağırlığı gram olarak, 1 ile 70.000 arasında bir tam sayı girin.',
        ),
      PANEL_WAIT,
    );
    page.unmount();
  });
});
