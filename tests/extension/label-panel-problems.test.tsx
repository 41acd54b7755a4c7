import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Messages } from '../../extension/locales/en.ts';
import { tr } from '../../extension/locales/tr.ts';
import type { ShipmentView } from '../../shared/api/shipments.ts';
import { fail, fakeLabelBackground } from './support/fake-label-background.ts';
import { createOrder, createQuotes, createShipment } from './support/label-fixtures.ts';
import { PANEL_WAIT, renderPanel, textOf } from './support/label-panel-page.tsx';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl } = await import('./support/render-page.tsx');

async function renderWithShipment(shipment: ShipmentView, messages?: Messages) {
  fakeLabelBackground()
    .on('GET_ORDER', () => createOrder({ shipment }))
    .on('GET_QUOTES', () => createQuotes())
    .on('GET_SHIPMENT', () => ({ shipment }));
  const page = await renderPanel(messages);
  const problem = await vi.waitFor(() => {
    const found = page.container.querySelector(`[data-code="${shipment.problem?.code}"]`);
    expect(found).not.toBeNull();
    return found;
  }, PANEL_WAIT);

  return { page, problem };
}

describe('the label panel on an order page: what each problem asks of the seller (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('Amazon busy while confirming a bought label: kept, retried by itself, no new purchase', async () => {
    const retrying = createShipment({
      problem: {
        code: 'AMAZON_UNAVAILABLE',
        message: 'The label is bought; Amazon is told the tracking as soon as it answers.',
      },
      nextAttemptAt: '2026-12-03T10:05:00.000Z',
    });

    const { page, problem } = await renderWithShipment(retrying, tr);

    expect(textOf(problem)).toBe(
      'Sorun: Etiket alındı ve saklanıyor. Amazon şu an yanıt vermiyor; Kayistra takip numarasını ' +
        'kendiliğinden gönderecek. Yeni etiket almayın.',
    );
    // The catalogue's Turkish "try again in a few minutes" would invite a second label.
    expect(textOf(page.container)).not.toContain('yeniden deneyin');
    expect(textOf(page.container)).toContain('Amazon bekleniyor, kendiliğinden yeniden deneniyor');
    expect(textOf(page.container)).not.toContain('Etiket oluştur');
    page.unmount();
  });

  test('Shipentegra not answering before the label: retried by itself, nothing to do', async () => {
    const retrying = createShipment({
      state: 'ordered',
      step: 'buy_label',
      trackingNumber: null,
      cost: null,
      hasLabelFile: false,
      problem: {
        code: 'SHIPENTEGRA_UNAVAILABLE',
        message: 'Shipentegra did not answer; we try again by ourselves in a moment.',
      },
      nextAttemptAt: '2026-12-03T10:05:00.000Z',
    });

    const { page, problem } = await renderWithShipment(retrying);

    expect(textOf(problem)).toBe(
      'Problem: Shipentegra is not answering for now; Kayistra tries again by itself. ' +
        'Nothing to do here.',
    );
    expect(
      page.container.querySelector('[data-step="buy_label"]')?.getAttribute('data-state'),
    ).toBe('current');
    page.unmount();
  });

  test('a request Shipentegra would refuse gets the same advice in English, its fields beneath', async () => {
    const invalid = createShipment({
      state: 'failed',
      step: 'create_order',
      trackingNumber: null,
      cost: null,
      hasLabelFile: false,
      problem: {
        code: 'SHIPENTEGRA_REQUEST_INVALID',
        message: 'Shipentegra would refuse this: sender.phone: too short',
      },
    });

    const { page, problem } = await renderWithShipment(invalid);

    expect(problem?.querySelector('p')?.textContent).toBe(
      'Problem: Shipentegra does not accept this label as it is, so nothing was bought. Fix what ' +
        'it names below, or pick another service, then create a new label.',
    );
    expect(problem?.querySelector('[lang="en"]')?.textContent).toContain('sender.phone');
    page.unmount();
  });

  test("Shipentegra's refusal says nothing was bought, gives its reason and offers a new label", async () => {
    const refused = createShipment({
      state: 'failed',
      step: 'buy_label',
      trackingNumber: null,
      cost: null,
      hasLabelFile: false,
      problem: {
        code: 'SHIPENTEGRA_REFUSED_DDP_NOT_ALLOWED',
        message: 'Shipentegra refused: DDP is not allowed for shipments to GB.',
      },
    });

    const { page, problem } = await renderWithShipment(refused, tr);

    expect(problem?.querySelector('p')?.textContent).toBe(
      'Sorun: Shipentegra bu etiketi bu haliyle kabul etmiyor, hiçbir şey satın alınmadı. ' +
        'Aşağıda belirtileni düzeltin veya başka bir hizmet seçin, sonra yeni etiket oluşturun.',
    );
    expect(problem?.querySelector('[lang="en"]')?.textContent).toBe(
      'Shipentegra refused: DDP is not allowed for shipments to GB.',
    );
    await vi.waitFor(() => findControl(page.container, 'Yeni etiket oluştur'), PANEL_WAIT);
    page.unmount();
  });

  test('an address Amazon gives that no label takes: each field in words, and where to go instead', async () => {
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('OPEN_OPTIONS', () => null)
      .on('BUY_LABEL', () =>
        fail('LABEL_NOT_READY', 'Fix the details named below, then buy the label again.', [
          { path: 'recipient.address2', message: 'The address does not fit 2 lines; shorten it.' },
          { path: 'recipient.stateOrRegion', message: 'Addresses in the US need a state.' },
          { path: 'settings.iossNumber', message: 'EU parcels need an IOSS number.' },
          { path: 'order.items.0.sku', message: 'An item of this order has no SKU.' },
        ]),
      );
    const page = await renderPanel(tr);
    const create = await vi.waitFor(() => {
      const button = findControl<HTMLButtonElement>(page.container, 'Etiket oluştur');
      expect(button.disabled).toBe(false);
      return button;
    }, PANEL_WAIT);

    await click(create);

    const alert = await vi.waitFor(() => {
      const found = page.container.querySelector('[data-code="LABEL_NOT_READY"]');
      expect(found?.getAttribute('role')).toBe('alert');
      return found;
    }, PANEL_WAIT);
    expect(Array.from(alert?.querySelectorAll('li') ?? [], (item) => item.textContent)).toEqual([
      "Amazon'dan gelen sokak adresi, etiketin 35 karakterlik satırlarına sığmıyor.",
      'Amazon adresinde eyalet veya il yok; ABD ve Kanada etiketleri için bu gerekli.',
      'IOSS numaranızı Kayistra ayarlarında, Gönderim bölümünde ekleyin (AB için gerekli).',
      'Bu siparişin bir satırında stok kodu yok, bu yüzden Kayistra onu gümrüğe bildiremez: bu ' +
        'etiketi Shipentegra panelinden oluşturun.',
    ]);
    expect(textOf(alert)).toContain("Kayistra, Amazon'un verdiği adresi değiştiremez.");
    await click(findControl(page.container, 'Ayarları aç'));
    expect(background.ofType('OPEN_OPTIONS')).toHaveLength(1);
    page.unmount();
  });

  test('a label stopped at the address check says nothing was paid and keeps the reason', async () => {
    const stopped = createShipment({
      state: 'failed',
      step: 'create_order',
      trackingNumber: null,
      cost: null,
      hasLabelFile: false,
      problem: { code: 'LABEL_NOT_READY', message: 'The city must be 2 to 35 characters.' },
    });

    const { page, problem } = await renderWithShipment(stopped);

    expect(problem?.querySelector('p')?.textContent).toContain('nothing was paid');
    expect(problem?.querySelector('[lang="en"]')?.textContent).toBe(
      'The city must be 2 to 35 characters.',
    );
    page.unmount();
  });

  test('signed out while buying: the refusal opens settings to sign in again', async () => {
    const background = fakeLabelBackground()
      .on('GET_ORDER', () => createOrder())
      .on('GET_QUOTES', () => createQuotes())
      .on('OPEN_OPTIONS', () => null)
      .on('BUY_LABEL', () => fail('UNAUTHENTICATED', 'Please sign in again.'));
    const page = await renderPanel();
    const create = await vi.waitFor(() => {
      const button = findControl<HTMLButtonElement>(page.container, 'Create label');
      expect(button.disabled).toBe(false);
      return button;
    }, PANEL_WAIT);

    await click(create);

    await vi.waitFor(
      () => expect(textOf(page.container)).toContain('Please sign in again.'),
      PANEL_WAIT,
    );
    await click(findControl(page.container, 'Open settings'));
    expect(background.ofType('OPEN_OPTIONS')).toHaveLength(1);
    page.unmount();
  });

  test('Amazon never showing the tracking after the last read: the seller is told where to look', async () => {
    const stuck = createShipment({
      problem: {
        code: 'AMAZON_TRACKING_NOT_SHOWN',
        message: 'Amazon accepted the tracking but does not show it yet.',
      },
      nextAttemptAt: null,
    });

    const { page, problem } = await renderWithShipment(stuck, tr);

    expect(textOf(problem)).toContain('Kayistra kontrol etmeyi bıraktı');
    // Turkish for a scheduled read says "we look again by ourselves"; nothing is scheduled here.
    expect(textOf(page.container)).not.toContain('Kendiliğinden yeniden bakıyoruz');
    page.unmount();
  });
});
