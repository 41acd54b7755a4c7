import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import {
  isShipentegraBusinessError,
  ShipentegraFailureSchema,
  ShipentegraOrderDetailResponseSchema,
  ShipentegraQuotesResponseSchema,
} from '../../server/shipentegra/contract.ts';
import {
  buyLabel,
  createOrder,
  LABEL_PATHS,
  labelBody,
  manualOrderBody,
} from '../helpers/shipentegra-fixtures.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

const PDF = Buffer.from('%PDF-');
const GIF = Buffer.from('GIF89a');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const LABEL_CASES = [
  { endpoint: 'shipentegra', specialService: 'express', magic: PDF, isNumber: true },
  { endpoint: 'shipentegra', specialService: 'us-eco', magic: PDF, isNumber: true },
  { endpoint: 'ups', specialService: 'ups-express-saver', magic: GIF, isNumber: false },
  { endpoint: 'fedex', specialService: 'fedex-priority', magic: PDF, isNumber: true },
  { endpoint: 'dhlecommerce', specialService: 'dhl-ecommerce', magic: PNG, isNumber: false },
  { endpoint: 'usps', specialService: 'usps-ground-advantage', magic: PDF, isNumber: false },
] as const;

describe('Shipentegra stand-in: labels', () => {
  let harness: ShipentegraHarness;
  let token: string;

  const failureOf = (json: unknown) => ShipentegraFailureSchema.parse(json).data[0]?.message;
  const requestLabel = (path: string, body: unknown) => {
    return harness.call({ method: 'POST', path, token, body });
  };

  beforeAll(async () => {
    harness = await startShipentegraHarness();
    token = await harness.signIn();
  });

  beforeEach(() => {
    harness.standIn.accounts.setBalance(SHIPENTEGRA_DEMO_ACCOUNT.clientId, 500);
  });

  afterAll(async () => {
    await harness.close();
  });

  it.each(LABEL_CASES)(
    'labels through $endpoint ($specialService) with a downloadable file',
    async ({ endpoint, specialService, magic, isNumber }) => {
      const { label, response } = await buyLabel(harness, token, {
        country: 'US',
        endpoint,
        specialService,
      });
      const rawTrackingNumber = (response.json as { data: { trackingNumber: unknown } }).data
        .trackingNumber;

      // No token: label links work for whoever holds them, as upstream.
      const file = await harness.call({ path: label.label });
      const invoice = await harness.call({ path: label.invoice ?? '' });

      expect(typeof rawTrackingNumber).toBe(isNumber ? 'number' : 'string');
      expect(label.trackingNumber).toBe(String(rawTrackingNumber));
      expect(new URL(label.label).host).toBe('publicapi.shipentegra.com');
      expect(file.status).toBe(200);
      expect(file.bytes.subarray(0, magic.length)).toEqual(magic);
      expect(invoice.bytes.subarray(0, PDF.length)).toEqual(PDF);
    },
  );

  it('makes label links unguessable and answers a guessed one with 404', async () => {
    const { label } = await buyLabel(harness, token, {
      country: 'US',
      endpoint: 'shipentegra',
      specialService: 'express',
    });
    const guessed = label.label.replace(/[0-9a-f](?=\.pdf$)/, (digit) =>
      digit === '0' ? '1' : '0',
    );

    expect(new URL(label.label).pathname).toMatch(/^\/files\/labels\/[0-9a-f]{48}\.pdf$/);
    expect((await harness.call({ path: guessed })).status).toBe(404);
  });

  it('charges the quoted price to the balance and shows the label on the order', async () => {
    const quotes = await harness.call({
      method: 'POST',
      path: '/v1/tools/calculate/all',
      token,
      body: { country: 'US', kgDesi: 0.4, isAmazonShipment: 1 },
    });
    const express = ShipentegraQuotesResponseSchema.parse(quotes.json).data.prices.find((price) => {
      return price.serviceName === 'shipentegra-express';
    });
    const { orderId, label } = await buyLabel(harness, token, {
      country: 'US',
      endpoint: 'shipentegra',
      specialService: 'express',
    });
    const detail = await harness.call({ path: `/v1/orders/manual/${orderId}`, token });

    const balance = harness.standIn.accounts.balanceOf(SHIPENTEGRA_DEMO_ACCOUNT.clientId);
    expect(balance).toBeCloseTo(500 - (express?.totalPriceWithAdditionalFee ?? 0), 2);
    expect(ShipentegraOrderDetailResponseSchema.parse(detail.json).data.shipment).toMatchObject({
      trackingNumber: label.trackingNumber,
    });
  });

  it('rejects DDP to Great Britain with ERR.28050.1008 and charges nothing', async () => {
    const body = manualOrderBody('GB', { shippingType: 1 });
    const { orderId, itemIds } = await createOrder(harness, token, body);
    const response = await requestLabel(
      LABEL_PATHS.ups,
      labelBody(orderId, itemIds, 'ups-express-saver'),
    );

    expect(response.status).toBe(400);
    expect(failureOf(response.json)).toBe('ERR.28050.1008');
    expect(harness.standIn.accounts.balanceOf(SHIPENTEGRA_DEMO_ACCOUNT.clientId)).toBe(500);
  });

  it('rejects a regional economy service outside its region with ERR.24010.2016', async () => {
    const { orderId, itemIds } = await createOrder(harness, token, manualOrderBody('US'));
    const response = await requestLabel(
      LABEL_PATHS.shipentegra,
      labelBody(orderId, itemIds, 'eu-eco'),
    );

    expect(failureOf(response.json)).toBe('ERR.24010.2016');
  });

  it('rejects a service sent to the wrong label endpoint', async () => {
    const { orderId, itemIds } = await createOrder(harness, token, manualOrderBody('US'));
    const response = await requestLabel(LABEL_PATHS.fedex, labelBody(orderId, itemIds, 'express'));

    expect(response.status).toBe(400);
    expect(failureOf(response.json)).toBe('ERR.24010.2015');
  });

  it('refuses a label the balance cannot pay for, with a business 403', async () => {
    harness.standIn.accounts.setBalance(SHIPENTEGRA_DEMO_ACCOUNT.clientId, 0);
    const { orderId, itemIds } = await createOrder(harness, token, manualOrderBody('US'));
    const body = labelBody(orderId, itemIds, 'express');

    const refused = await requestLabel(LABEL_PATHS.shipentegra, body);
    harness.standIn.accounts.setBalance(SHIPENTEGRA_DEMO_ACCOUNT.clientId, 100);
    const afterTopUp = await requestLabel(LABEL_PATHS.shipentegra, body);

    expect(refused.status).toBe(403);
    expect(isShipentegraBusinessError(refused.json)).toBe(true);
    expect(failureOf(refused.json)).toBe('ERR.24010.3001');
    expect(afterTopUp.status).toBe(200);
  });

  it('refuses a second label for the same order', async () => {
    const { orderId, itemIds } = await createOrder(harness, token, manualOrderBody('US'));
    const body = labelBody(orderId, itemIds, 'express');

    const first = await requestLabel(LABEL_PATHS.shipentegra, body);
    const second = await requestLabel(
      LABEL_PATHS.usps,
      labelBody(orderId, itemIds, 'usps-ground-advantage'),
    );

    expect(first.status).toBe(200);
    expect(failureOf(second.json)).toBe('ERR.24010.2010');
  });

  it('rejects item ids that are not on the order', async () => {
    const { orderId } = await createOrder(harness, token, manualOrderBody('US'));
    const response = await requestLabel(
      LABEL_PATHS.shipentegra,
      labelBody(orderId, [1], 'express'),
    );

    expect(failureOf(response.json)).toBe('ERR.24010.2020');
  });

  it('has no void or cancel endpoint: those paths are unknown routes', async () => {
    const unknown = await harness.call({
      method: 'POST',
      path: '/v1/no/such/route',
      token,
      body: {},
    });
    const attempts = await Promise.all([
      harness.call({ method: 'POST', path: '/v1/logistics/labels/void', token, body: {} }),
      harness.call({ method: 'DELETE', path: '/v1/logistics/labels/shipentegra', token }),
      harness.call({ method: 'POST', path: '/v1/orders/manual/1/cancel', token, body: {} }),
    ]);

    for (const attempt of attempts) {
      expect(attempt.status).toBe(404);
      expect(attempt.json).toEqual(unknown.json);
    }
  });
});
