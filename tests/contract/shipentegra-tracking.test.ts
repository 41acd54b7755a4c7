import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ShipentegraFailureSchema,
  type ShipentegraTracking,
  ShipentegraTrackingResponseSchema,
} from '../../server/shipentegra/contract.ts';
import { buyLabel } from '../helpers/shipentegra-fixtures.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

const HOUR_MS = 60 * 60 * 1000;
const TEN_YEARS_S = 10 * 365 * 24 * 60 * 60;
const JOURNEY_ORDER = ['LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'];

async function track(harness: ShipentegraHarness, token: string, trackingNumber: string) {
  const path = `/v1/logistics/shipments/activities?trackingNumber=${encodeURIComponent(trackingNumber)}`;
  const response = await harness.call({ path, token, language: 'en' });
  expect(response.status).toBe(200);

  return ShipentegraTrackingResponseSchema.parse(response.json).data;
}

describe('Shipentegra stand-in: tracking on a fast clock', () => {
  let harness: ShipentegraHarness;
  let token: string;

  beforeAll(async () => {
    // Five million times real time: a four-day journey takes well under a second.
    harness = await startShipentegraHarness({
      timeScale: 5_000_000,
      tokenValiditySeconds: TEN_YEARS_S,
      exceptionShare: 0,
    });
    token = await harness.signIn();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('moves a parcel from label created to delivered, in order', async () => {
    const { label } = await buyLabel(harness, token, {
      country: 'US',
      endpoint: 'shipentegra',
      specialService: 'eco',
    });
    const seen: string[] = [];
    const deadline = Date.now() + 5000;
    let latest: ShipentegraTracking | undefined;

    while (latest?.status !== 'DELIVERED' && Date.now() < deadline) {
      latest = await track(harness, token, label.trackingNumber);
      seen.push(latest.status);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const ranks = seen.map((status) => JOURNEY_ORDER.indexOf(status));
    expect(latest?.status).toBe('DELIVERED');
    expect(latest?.deliveryDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(latest?.lastMileCarrier).toBe('USPS');
  });
});

describe('Shipentegra stand-in: tracking step by step', () => {
  let harness: ShipentegraHarness;
  let token: string;

  const paceOf = (trackingNumber: string) => {
    return harness.standIn.store.findShipment(trackingNumber)?.pace ?? Number.NaN;
  };

  beforeAll(async () => {
    // Long-lived tokens: these tests move the clock by days.
    harness = await startShipentegraHarness({
      exceptionShare: 0,
      tokenValiditySeconds: TEN_YEARS_S,
    });
    token = await harness.signIn();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('reveals the last-mile number partway for Shipentegra services', async () => {
    const { label } = await buyLabel(harness, token, {
      country: 'GB',
      endpoint: 'shipentegra',
      specialService: 'express',
    });
    const created = await track(harness, token, label.trackingNumber);
    harness.standIn.store.advanceTracking(
      label.trackingNumber,
      70 * paceOf(label.trackingNumber) * HOUR_MS,
    );
    const handedOver = await track(harness, token, label.trackingNumber);
    harness.standIn.store.advanceTracking(
      label.trackingNumber,
      30 * paceOf(label.trackingNumber) * HOUR_MS,
    );
    const delivered = await track(harness, token, handedOver.lastMileTrackingNumber ?? '');

    expect(created).toMatchObject({
      status: 'LABEL_CREATED',
      lastMileTrackingNumber: null,
      deliveryDate: null,
    });
    expect(handedOver.status).toBe('IN_TRANSIT');
    expect(handedOver.lastMileCarrier).toBe('Royal Mail');
    expect(handedOver.lastMileTrackingNumber).toMatch(/^RM\d{9}GB$/);
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.activities[0]?.event).toBe('Delivered');
  });

  it('never shows a last-mile number for resold carriers', async () => {
    const { label } = await buyLabel(harness, token, {
      country: 'US',
      endpoint: 'ups',
      specialService: 'ups-express-saver',
    });
    harness.standIn.clock.advance(300 * HOUR_MS);
    const delivered = await track(harness, token, label.trackingNumber);

    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.lastMileTrackingNumber).toBeNull();
  });

  it('answers an unknown tracking number with a business 404, in Turkish when asked', async () => {
    const path = '/v1/logistics/shipments/activities?trackingNumber=70000000000';
    const response = await harness.call({ path, token, language: 'tr' });
    const failure = ShipentegraFailureSchema.parse(response.json);

    expect(response.status).toBe(404);
    expect(failure.data[0]).toEqual({
      message: 'ERR.26010.4001',
      description: '70000000000 takip numaralı gönderi bulunamadı.',
    });
  });
});

describe('Shipentegra stand-in: exception path', () => {
  it('sends a seeded share of parcels into an exception and back to the sender', async () => {
    const harness = await startShipentegraHarness({
      exceptionShare: 1,
      tokenValiditySeconds: TEN_YEARS_S,
    });

    try {
      const token = await harness.signIn();
      const { label } = await buyLabel(harness, token, {
        country: 'DE',
        endpoint: 'shipentegra',
        specialService: 'eu-eco',
      });
      harness.standIn.clock.advance(400 * HOUR_MS);
      const tracking = await track(harness, token, label.trackingNumber);

      expect(tracking.status).toBe('RETURNED');
      expect(tracking.deliveryDate).toBeNull();
      expect(tracking.activities.map((activity) => activity.event)).toContain(
        'Delivery failed: address not found',
      );
    } finally {
      await harness.close();
    }
  });
});
