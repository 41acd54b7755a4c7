import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fail, fakeLabelBackground } from './support/fake-label-background.ts';
import { TENANT_ID } from './support/fake-server.ts';
import {
  createOrder,
  createQuotes,
  createShipment,
  createSku,
  ORDER_ID,
} from './support/label-fixtures.ts';
import { PANEL_WAIT, renderPanel } from './support/label-panel-page.tsx';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, typeInto } = await import('./support/render-page.tsx');

const UNREACHABLE = 'The Kayistra server cannot be reached.';

describe('the label panel on an order page: a failed refresh (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('the server gone after a purchase attempt: the order stays, and the retry joins that attempt', async () => {
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('BUY_LABEL', () => fail('SERVER_UNREACHABLE', UNREACHABLE));
    const page = await renderPanel();
    const create = await vi.waitFor(() => {
      const button = findControl<HTMLButtonElement>(page.container, 'Create label');
      expect(button.disabled).toBe(false);
      return button;
    }, PANEL_WAIT);
    // The order refresh that follows each attempt meets the same dead server.
    background.on('GET_ORDER', () => fail('SERVER_UNREACHABLE', UNREACHABLE));

    await click(create);

    const orderKey = [TENANT_ID, 'orders', ORDER_ID];
    await vi.waitFor(
      () => expect(page.queryClient.getQueryState(orderKey)?.status).toBe('error'),
      PANEL_WAIT,
    );
    await vi.waitFor(() => expect(page.container.textContent).toContain(UNREACHABLE), PANEL_WAIT);
    // React renders the failed refresh a moment after the cache records it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const retry = findControl<HTMLButtonElement>(page.container, 'Create label');
    expect(retry.disabled).toBe(false);
    await click(retry);
    const keys = background.ofType('BUY_LABEL').map((message) => message.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    page.unmount();
  });

  test("a refusal caused by another tab's lost label answer shows that attempt and its check", async () => {
    const unknown = createShipment({
      state: 'failed',
      step: 'done',
      trackingNumber: null,
      problem: { code: 'LABEL_OUTCOME_UNKNOWN', message: 'Check order SE-1 in Shipentegra.' },
    });
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('GET_SHIPMENT', () => ({ shipment: null }));
    const page = await renderPanel();
    const create = await vi.waitFor(() => {
      const button = findControl<HTMLButtonElement>(page.container, 'Create label');
      expect(button.disabled).toBe(false);
      return button;
    }, PANEL_WAIT);
    background
      .on('GET_SHIPMENT', () => ({ shipment: unknown }))
      .on('BUY_LABEL', () => fail('CONFLICT', 'A label may already have been bought.'));

    await click(create);

    await vi.waitFor(
      () => expect(page.container.textContent).toContain('Check order SE-1 in Shipentegra.'),
      PANEL_WAIT,
    );
    const check = 'I checked Shipentegra: no label was bought for this order';
    expect(findControl(page.container, check)).toBeDefined();
    expect(findControl<HTMLButtonElement>(page.container, 'Create a new label').disabled).toBe(
      true,
    );
    page.unmount();
  });

  test('quotes refused for a missing HS code are asked again once it is saved in the panel', async () => {
    const saved = { current: false };
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () =>
        saved.current
          ? createQuotes()
          : fail('LABEL_NOT_READY', 'Fix the details named below.', [
              { path: 'skus.MUG-01.hsCode', message: 'Add the HS code (GTIP) of MUG-01.' },
            ]),
      )
      .on('SAVE_SKU_PROFILE', () => {
        saved.current = true;
        return createSku('MUG-01');
      });
    const page = await renderPanel();
    await vi.waitFor(
      () => expect(page.container.querySelector('[data-code="LABEL_NOT_READY"]')).not.toBeNull(),
      PANEL_WAIT,
    );

    await click(findControl(page.container, 'Edit customs of MUG-01'));
    await typeInto(findControl(page.container, 'HS code'), '691200');
    await click(findControl(page.container, 'Save customs'));

    await vi.waitFor(() => expect(page.container.textContent).toContain('Cheapest'), PANEL_WAIT);
    expect(background.ofType('GET_QUOTES')).toHaveLength(2);
    expect(page.container.querySelector('[data-code="LABEL_NOT_READY"]')).toBeNull();
    page.unmount();
  });

  test('quotes that failed on the way can be asked for again without reloading the page', async () => {
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => fail('SHIPENTEGRA_UNAVAILABLE', 'Shipentegra did not answer.'));
    const page = await renderPanel();
    const askAgain = await vi.waitFor(
      () => findControl(page.container, 'Ask for prices again'),
      PANEL_WAIT,
    );
    background.on('GET_QUOTES', () => createQuotes());

    await click(askAgain);

    await vi.waitFor(() => expect(page.container.textContent).toContain('Cheapest'), PANEL_WAIT);
    expect(page.container.querySelector('[role="alert"]')).toBeNull();
    page.unmount();
  });
});
