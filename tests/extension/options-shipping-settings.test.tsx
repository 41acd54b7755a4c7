import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShippingSettingsSection } from '../../extension/entrypoints/options/shipping-settings-section.tsx';
import { tr } from '../../extension/locales/tr.ts';
import type { ShippingSettings } from '../../shared/api/shipping.ts';
import { answerMessages, messagesOfType } from './support/fake-background-answers.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, renderPage, typeInto } = await import('./support/render-page.tsx');

const TENANT_ID = 'tenant-a';

const SAVED: ShippingSettings = {
  sender: {
    name: 'Ayşe Yılmaz',
    company: 'Kayı Ticaret',
    address1: 'Caferağa Mah. Moda Cad. 12',
    address2: null,
    city: 'İstanbul',
    state: 'Kadıköy',
    postalCode: '34710',
    countryCode: 'TR',
    phone: '+905321234567',
    email: 'depo@example.com',
  },
  iossNumber: null,
  defaultServiceName: 'shipentegra-express',
  labelFormat: 'original',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

const NOT_SET_UP: ShippingSettings = {
  sender: null,
  iossNumber: null,
  defaultServiceName: null,
  labelFormat: 'original',
  updatedAt: null,
};

function readValue(container: HTMLElement, name: string): string {
  return findControl<HTMLInputElement>(container, name).value;
}

async function fillSender(container: HTMLElement, postalCode: string): Promise<void> {
  await typeInto(findControl(container, 'Sender name'), 'Ayşe Yılmaz');
  await typeInto(findControl(container, 'Address line 1'), 'Moda Cad. 12');
  await typeInto(findControl(container, 'Province (il)'), 'İstanbul');
  await typeInto(findControl(container, 'District (ilçe)'), 'Kadıköy');
  await typeInto(findControl(container, 'Postal code'), postalCode);
  await typeInto(findControl(container, 'Phone'), '0532 123 45 67');
  await typeInto(findControl(container, 'Sender email'), 'depo@example.com');
}

describe('shipping settings on the options page (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('loads the saved sender address and defaults into the form', async () => {
    answerMessages({ GET_SHIPPING_SETTINGS: { data: SAVED } });

    const page = await renderPage(<ShippingSettingsSection tenantId={TENANT_ID} />);

    await vi.waitFor(() => expect(readValue(page.container, 'Sender name')).toBe('Ayşe Yılmaz'));
    expect(readValue(page.container, 'Company (optional)')).toBe('Kayı Ticaret');
    expect(readValue(page.container, 'District (ilçe)')).toBe('Kadıköy');
    expect(readValue(page.container, 'Phone')).toBe('+905321234567');
    expect(readValue(page.container, 'Default service (optional)')).toBe('shipentegra-express');
    expect(findControl<HTMLSelectElement>(page.container, 'Label format').value).toBe('original');
    expect(page.container.textContent).toContain('Country: Turkey.');
    expect(page.queryClient.getQueryData([TENANT_ID, 'settings', 'shipping'])).toEqual(SAVED);
    page.unmount();
  });

  test('saves what the seller typed, blanks as none, and shows what the server stored', async () => {
    const stored: ShippingSettings = { ...SAVED, labelFormat: 'pdf', defaultServiceName: null };
    const received = answerMessages({
      GET_SHIPPING_SETTINGS: { data: NOT_SET_UP },
      SAVE_SHIPPING_SETTINGS: { data: stored },
    });
    const page = await renderPage(<ShippingSettingsSection tenantId={TENANT_ID} />);
    await vi.waitFor(() => findControl(page.container, 'Sender name'));
    expect(page.container.textContent).toContain('No sender address yet');

    await fillSender(page.container, '34710');
    const format = findControl<HTMLSelectElement>(page.container, 'Label format');
    format.value = 'pdf';
    format.dispatchEvent(new Event('change', { bubbles: true }));
    await click(findControl(page.container, 'Save shipping settings'));

    await vi.waitFor(() => expect(page.container.textContent).toContain('Saved.'));
    expect(messagesOfType(received, 'SAVE_SHIPPING_SETTINGS')).toEqual([
      {
        type: 'SAVE_SHIPPING_SETTINGS',
        settings: {
          sender: {
            name: 'Ayşe Yılmaz',
            company: null,
            address1: 'Moda Cad. 12',
            address2: null,
            city: 'İstanbul',
            state: 'Kadıköy',
            postalCode: '34710',
            countryCode: 'TR',
            phone: '0532 123 45 67',
            email: 'depo@example.com',
          },
          iossNumber: null,
          defaultServiceName: null,
          labelFormat: 'pdf',
        },
      },
    ]);
    expect(readValue(page.container, 'Phone')).toBe('+905321234567');
    expect(readValue(page.container, 'Company (optional)')).toBe('Kayı Ticaret');
    page.unmount();
  });

  test('a refused field gets its message beside it, announced, and nothing typed is lost', async () => {
    answerMessages({
      GET_SHIPPING_SETTINGS: { data: NOT_SET_UP },
      SAVE_SHIPPING_SETTINGS: {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Check these fields: sender.postalCode, (body).',
          fields: [
            { path: 'sender.postalCode', message: 'A Turkish postal code: 5 digits, e.g. 34710.' },
            { path: '(body)', message: 'Something about the whole form.' },
          ],
        },
      },
    });
    const page = await renderPage(<ShippingSettingsSection tenantId={TENANT_ID} />);
    await vi.waitFor(() => findControl(page.container, 'Sender name'));

    await fillSender(page.container, '99999');
    await click(findControl(page.container, 'Save shipping settings'));

    const postalCode = findControl<HTMLInputElement>(page.container, 'Postal code');
    await vi.waitFor(() => expect(postalCode.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = postalCode.getAttribute('aria-describedby')?.split(' ') ?? [];
    const descriptions = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(descriptions).toContain('A Turkish postal code: 5 digits, such as 34710.');

    const alert = page.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Check these fields: Postal code.');
    expect(alert?.textContent).toContain('(body): Something about the whole form.');
    expect(findControl(page.container, 'Sender name').getAttribute('aria-invalid')).toBeNull();
    expect(readValue(page.container, 'Postal code')).toBe('99999');
    expect(readValue(page.container, 'Sender name')).toBe('Ayşe Yılmaz');
    expect(readValue(page.container, 'Phone')).toBe('0532 123 45 67');
    expect(page.container.textContent).not.toContain('Saved.');
    page.unmount();
  });

  test('address lines stop at 35 characters and count them, in Turkish too', async () => {
    answerMessages({ GET_SHIPPING_SETTINGS: { data: SAVED } });

    const page = await renderPage(<ShippingSettingsSection tenantId={TENANT_ID} />, tr);

    const line = await vi.waitFor(() =>
      findControl<HTMLInputElement>(page.container, 'Adres satırı 1'),
    );
    expect(line.maxLength).toBe(35);
    const counter = document.getElementById(line.getAttribute('aria-describedby') ?? '');
    expect(counter?.textContent).toBe(`${SAVED.sender?.address1.length}/35 karakter`);
    expect(findControl(page.container, 'Gönderim ayarlarını kaydet')).toBeTruthy();
    page.unmount();
  });
});
