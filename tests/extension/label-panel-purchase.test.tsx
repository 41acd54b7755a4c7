import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LabelPurchase } from '../../extension/api/messages.ts';
import {
  AMAZON_POLL_INTERVAL_MS,
  PURCHASE_POLL_INTERVAL_MS,
  shipmentQueryOptions,
} from '../../extension/api/order-queries.ts';
import type { ShipmentView } from '../../shared/api/shipments.ts';
import { createDeferred, fail, fakeLabelBackground } from './support/fake-label-background.ts';
import { TENANT_ID } from './support/fake-server.ts';
import {
  CONFIRMED,
  createOrder,
  createQuote,
  createQuotes,
  createShipment,
  ORDER_ID,
} from './support/label-fixtures.ts';
import { PANEL_WAIT, renderPanel, textOf } from './support/label-panel-page.tsx';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, typeInto } = await import('./support/render-page.tsx');

const SHIPMENT_KEY = [TENANT_ID, 'orders', ORDER_ID, 'shipment'];

function readSteps(container: HTMLElement) {
  return Array.from(container.querySelectorAll('[aria-label="Label progress"] li'), (item) => [
    item.getAttribute('data-step'),
    item.getAttribute('data-state'),
    item.getAttribute('aria-current'),
  ]);
}

// An unshipped order with quotes, whose GET_SHIPMENT answers whatever `shipment.current` is.
function fakeOrderWithQuotes() {
  const shipment: { current: ShipmentView | null } = { current: null };
  const background = fakeLabelBackground()
    .on('GET_ORDER', () => createOrder())
    .on('GET_QUOTES', () => createQuotes())
    .on('GET_SHIPMENT', () => ({ shipment: shipment.current }));

  return { background, shipment };
}

async function renderReadyPanel() {
  const page = await renderPanel();
  const button = await vi.waitFor(() => {
    const create = findControl<HTMLButtonElement>(page.container, 'Create label');
    expect(create.disabled).toBe(false);
    return create;
  }, PANEL_WAIT);

  return { page, button };
}

describe('the label panel on an order page: buying a label (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('a changed package is quoted again, and the label is bought for it', async () => {
    const { background } = fakeOrderWithQuotes();
    background.on('GET_QUOTES', (message) =>
      message.package
        ? createQuotes([createQuote({ totalPrice: '11.75', isCheapest: true })], 1250)
        : createQuotes(),
    );
    const { page } = await renderReadyPanel();
    expect(findControl<HTMLInputElement>(page.container, 'Weight (g)').value).toBe('800');

    await typeInto(findControl(page.container, 'Weight (g)'), '1250');

    await vi.waitFor(() => expect(textOf(page.container)).toContain('11.75 USD'), PANEL_WAIT);
    const override = { weightGrams: 1250, lengthCm: 20, widthCm: 15, heightCm: 20 };
    expect(background.ofType('GET_QUOTES').at(-1)).toEqual({
      type: 'GET_QUOTES',
      orderId: ORDER_ID,
      package: override,
    });
    expect(textOf(page.container)).toContain('Changed by you');

    background.on('BUY_LABEL', () => createDeferred().promise);
    await click(findControl(page.container, 'Create label'));
    expect(background.ofType('BUY_LABEL')[0]).toMatchObject({ package: override });
    page.unmount();
  });

  test('Create label shows each step, then the tracking number and Amazon confirmation', async () => {
    const { background, shipment } = fakeOrderWithQuotes();
    const purchase = createDeferred<LabelPurchase>();
    background.on('BUY_LABEL', () => purchase.promise);
    const { page, button } = await renderReadyPanel();

    await click(button);

    expect(findControl<HTMLButtonElement>(page.container, 'Creating label...').disabled).toBe(true);
    expect(readSteps(page.container)[0]).toEqual(['fetch_recipient', 'current', 'step']);
    expect(background.ofType('BUY_LABEL')).toEqual([
      {
        type: 'BUY_LABEL',
        orderId: ORDER_ID,
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
        serviceName: 'shipentegra-eco',
      },
    ]);

    // What the ~1 s poll brings while the purchase runs.
    const buying = { state: 'ordered', step: 'buy_label', trackingNumber: null } as const;
    shipment.current = createShipment({ ...buying, cost: null, hasLabelFile: false });
    await page.queryClient.refetchQueries({ queryKey: SHIPMENT_KEY });
    await vi.waitFor(() => expect(readSteps(page.container)[0]?.[1]).toBe('done'), PANEL_WAIT);
    expect(readSteps(page.container).slice(0, 4)).toEqual([
      ['fetch_recipient', 'done', null],
      ['create_order', 'done', null],
      ['buy_label', 'current', 'step'],
      ['fetch_label_file', 'pending', null],
    ]);

    shipment.current = createShipment();
    purchase.resolve({ outcome: 'created', shipment: shipment.current });
    await vi.waitFor(() => expect(textOf(page.container)).toContain('SE123456789TR'), PANEL_WAIT);
    expect(textOf(page.container)).toContain('Waiting for Amazon, retrying by itself');

    shipment.current = createShipment(CONFIRMED);
    await page.queryClient.refetchQueries({ queryKey: SHIPMENT_KEY });
    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('Confirmed on Amazon'),
      PANEL_WAIT,
    );
    expect(readSteps(page.container)).toEqual([]);
    expect(textOf(page.container)).not.toContain('Create label');
    expect(findControl(page.container, 'Download label')).toBeDefined();
    page.unmount();
  });

  test('polls each second while buying, every 5 s while Amazon is retried, then stops', () => {
    const intervalOf = (isPurchasing: boolean, shipment: ShipmentView | null) => {
      const { refetchInterval } = shipmentQueryOptions(TENANT_ID, ORDER_ID, isPurchasing);
      const query = { state: { data: { shipment } } };

      return typeof refetchInterval === 'function'
        ? refetchInterval(query as Parameters<typeof refetchInterval>[0])
        : refetchInterval;
    };

    expect(intervalOf(true, null)).toBe(PURCHASE_POLL_INTERVAL_MS);
    expect(intervalOf(false, createShipment())).toBe(AMAZON_POLL_INTERVAL_MS);
    expect(intervalOf(false, createShipment(CONFIRMED))).toBe(false);
    expect(intervalOf(false, null)).toBe(false);
    // Amazon refused and nothing is scheduled: the seller has to act, so polling stops.
    const stuck = createShipment({
      problem: { code: 'AMAZON_NEEDS_REAUTHORIZATION', message: 'Reconnect Amazon.' },
      nextAttemptAt: null,
    });
    expect(intervalOf(false, stuck)).toBe(false);
    expect(intervalOf(false, { ...stuck, nextAttemptAt: '2026-12-03T10:05:00.000Z' })).toBe(
      AMAZON_POLL_INTERVAL_MS,
    );
  });

  test('a double click buys once, and a retry after a lost answer reuses the key', async () => {
    const { background } = fakeOrderWithQuotes();
    const first = createDeferred<LabelPurchase>();
    background.on('BUY_LABEL', () => first.promise);
    const { page, button } = await renderReadyPanel();

    button.click();
    button.click();
    await vi.waitFor(() => expect(background.ofType('BUY_LABEL')).toHaveLength(1), PANEL_WAIT);
    first.reject(fail('SERVER_UNREACHABLE', 'The Kayistra server cannot be reached.'));
    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('cannot be reached'),
      PANEL_WAIT,
    );

    background.on('BUY_LABEL', () => fail('CONFLICT', 'This order already has a label.'));
    await click(findControl(page.container, 'Create label'));
    await vi.waitFor(() => expect(background.ofType('BUY_LABEL')).toHaveLength(2), PANEL_WAIT);
    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('already has a label'),
      PANEL_WAIT,
    );

    await click(findControl(page.container, 'Create label'));
    const keys = background.ofType('BUY_LABEL').map((message) => message.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    // CONFLICT is a definite answer: the next click is a new attempt with a new key.
    expect(keys[2]).not.toBe(keys[1]);
    page.unmount();
  });

  test('Amazon not connected: the refusal says what to do, and the seller may try again', async () => {
    const { background } = fakeOrderWithQuotes();
    background.on('BUY_LABEL', () =>
      fail('AMAZON_NOT_CONNECTED', 'Connect your Amazon account first (Options > Amazon).'),
    );
    const { page, button } = await renderReadyPanel();

    await click(button);

    await vi.waitFor(
      () =>
        expect(
          page.container.querySelector('[data-code="AMAZON_NOT_CONNECTED"]')?.textContent,
        ).toBe('Connect your Amazon account first (Options > Amazon).'),
      PANEL_WAIT,
    );
    expect(textOf(page.container)).toContain('This is fixed in Kayistra settings.');
    expect(findControl<HTMLButtonElement>(page.container, 'Create label').disabled).toBe(false);
    page.unmount();
  });

  test("someone else's label for the order is shown, not an error", async () => {
    const { background, shipment } = fakeOrderWithQuotes();
    const theirs = createShipment({ id: 'shp-theirs', trackingNumber: 'SE999TR' });
    background.on('BUY_LABEL', () => {
      shipment.current = theirs;
      return { outcome: 'other_active', shipment: theirs };
    });
    const { page, button } = await renderReadyPanel();

    await click(button);

    await vi.waitFor(() => expect(textOf(page.container)).toContain('SE999TR'), PANEL_WAIT);
    expect(textOf(page.container)).toContain('A label was already being bought for this order');
    expect(page.container.querySelector('[role="alert"]')).toBeNull();
    expect(textOf(page.container)).not.toContain('Create label');
    page.unmount();
  });

  test('after a lost label answer, a new label needs the seller to have checked Shipentegra', async () => {
    const unknown = createShipment({
      state: 'failed',
      step: 'done',
      trackingNumber: null,
      problem: { code: 'LABEL_OUTCOME_UNKNOWN', message: 'Check order SE-1 in Shipentegra.' },
    });
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder({ shipment: unknown }))
      .on('GET_QUOTES', () => createQuotes())
      .on('GET_SHIPMENT', () => ({ shipment: unknown }))
      .on('BUY_LABEL', () => createDeferred().promise);
    const page = await renderPanel();

    const retry = await vi.waitFor(
      () => findControl<HTMLButtonElement>(page.container, 'Create a new label'),
      PANEL_WAIT,
    );
    expect(textOf(page.container)).toContain('Check order SE-1 in Shipentegra.');
    expect(retry.disabled).toBe(true);

    await click(findControl(page.container, unknownCheckName()));
    await click(findControl(page.container, 'Create a new label'));

    expect(background.ofType('BUY_LABEL')[0]).toMatchObject({ isUnknownLabelChecked: true });
    page.unmount();
  });
});

function unknownCheckName(): string {
  return 'I checked Shipentegra: no label was bought for this order';
}
