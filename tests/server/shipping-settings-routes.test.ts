import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShippingSettings } from '../../shared/api/shipping.ts';
import {
  addSignedInUser,
  findLeaks,
  requestAs,
  sendJson,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

const SENDER = {
  name: 'Ayşe Yılmaz',
  company: 'Anatolia Crafts',
  address1: 'Caferağa Mah. Moda Cad. No: 12',
  address2: null,
  city: 'İstanbul',
  state: 'Kadıköy',
  postalCode: '34710',
  phone: '0532 123 45 67',
  email: 'shipping@anatolia.example',
};

let harness: ReturnType<typeof createTestApp>;
let sellerA: TestAccount;
let sellerB: TestAccount;

beforeAll(async () => {
  harness = createTestApp();
  sellerA = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_A });
  sellerB = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_B });
});

afterAll(() => harness.close());

function putSettings(account: TestAccount, body: unknown) {
  return sendJson(harness.app, 'PUT', '/api/settings/shipping', body, { token: account.token });
}

async function getSettings(account: TestAccount): Promise<ShippingSettings> {
  const response = await requestAs(harness.app, account.token, '/api/settings/shipping');

  expect(response.status).toBe(200);

  return (await response.json()) as ShippingSettings;
}

describe('GET/PUT /api/settings/shipping', () => {
  it('starts without a sender and with the carrier’s own label files', async () => {
    expect(await getSettings(sellerB)).toEqual({
      sender: null,
      iossNumber: null,
      defaultServiceName: null,
      labelFormat: 'original',
      updatedAt: null,
    });
  });

  it('saves the sender with the phone normalised and the country fixed to Turkey', async () => {
    const body = {
      sender: SENDER,
      iossNumber: 'im1234567890',
      defaultServiceName: 'shipentegra-express',
    };
    const response = await putSettings(sellerA, body);
    const saved = (await response.json()) as ShippingSettings;

    expect(response.status).toBe(200);
    expect(saved.sender).toEqual({ ...SENDER, phone: '+905321234567', countryCode: 'TR' });
    expect(saved.iossNumber).toBe('IM1234567890');
    expect(saved.labelFormat).toBe('original');
    expect(await getSettings(sellerA)).toEqual(saved);
  });

  it('replaces the settings as a whole on the next save', async () => {
    const body = { sender: { ...SENDER, company: null }, labelFormat: 'pdf' };
    const saved = (await (await putSettings(sellerA, body)).json()) as ShippingSettings;

    expect(saved.sender?.company).toBeNull();
    expect(saved.iossNumber).toBeNull();
    expect(saved.defaultServiceName).toBeNull();
    expect(saved.labelFormat).toBe('pdf');
  });

  it('names each field that is not valid', async () => {
    const body = {
      sender: {
        ...SENDER,
        name: 'A',
        address1: 'Caferağa Mahallesi Moda Caddesi No 12 Daire 4',
        postalCode: '99000',
        phone: '+1 415 555 0100',
        countryCode: 'DE',
      },
      iossNumber: 'IM12345',
      labelFormat: 'zpl',
    };
    const response = await putSettings(sellerA, body);
    const error = ((await response.json()) as { error: { fields: { path: string }[] } }).error;

    expect(response.status).toBe(400);
    expect(error.fields.map((field) => field.path).sort()).toEqual([
      'iossNumber',
      'labelFormat',
      'sender.address1',
      'sender.countryCode',
      'sender.name',
      'sender.phone',
      'sender.postalCode',
    ]);
  });

  it('accepts the ways Turkish sellers write phone numbers', async () => {
    for (const phone of ['+90 (212) 555 12 34', '905321234567', '5321234567', '0-532-123-4567']) {
      const response = await putSettings(sellerB, { sender: { ...SENDER, phone } });
      const saved = (await response.json()) as ShippingSettings;

      expect(response.status).toBe(200);
      expect(saved.sender?.phone).toMatch(/^\+90[2-5]\d{9}$/);
    }
  });

  it('keeps each tenant’s settings to itself', async () => {
    await putSettings(sellerB, { sender: { ...SENDER, name: 'Mehmet Kaya' } });

    expect((await getSettings(sellerA)).sender?.name).toBe(SENDER.name);
    expect((await getSettings(sellerB)).sender?.name).toBe('Mehmet Kaya');
  });

  it('refuses requests without a session and never logs the address', async () => {
    const anonymous = await harness.app.request('/api/settings/shipping');

    expect(await statusAndCodeOf(anonymous)).toBe('401 UNAUTHENTICATED');
    expect(findLeaks(harness.logLines, [SENDER.address1, SENDER.email, '5321234567'])).toEqual([]);
  });
});
