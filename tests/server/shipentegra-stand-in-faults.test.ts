import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import {
  isShipentegraBusinessError,
  ShipentegraFailureSchema,
  ShipentegraOrderDetailResponseSchema,
} from '../../server/shipentegra/contract.ts';
import {
  createOrder,
  LABEL_PATHS,
  labelBody,
  manualOrderBody,
} from '../helpers/shipentegra-fixtures.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

describe('Shipentegra stand-in: fault switches', () => {
  let harness: ShipentegraHarness;
  let token: string;

  beforeAll(async () => {
    harness = await startShipentegraHarness({ isFaultAdminEnabled: true }, { keepAlive: false });
    token = await harness.signIn();
  });

  beforeEach(() => {
    harness.standIn.faults.clear();
  });

  afterAll(async () => {
    // Also proves close() does not wait for the request the timeout fault left hanging.
    await harness.close();
  });

  it('adds latency to the scoped path only', async () => {
    harness.standIn.faults.addLatency(150, { path: '/v1/users/carriers' });

    const startedAt = performance.now();
    const response = await harness.call({ path: '/v1/users/carriers', token });

    expect(response.status).toBe(200);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it('answers 429 with Retry-After, which is not a business error, then recovers', async () => {
    harness.standIn.faults.rateLimit(30, { path: '/v1/tools/calculate/all', times: 1 });
    const body = { country: 'US', kgDesi: 1, isAmazonShipment: 1 };

    const limited = await harness.call({
      method: 'POST',
      path: '/v1/tools/calculate/all',
      token,
      body,
    });
    const retried = await harness.call({
      method: 'POST',
      path: '/v1/tools/calculate/all',
      token,
      body,
    });

    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('30');
    expect(isShipentegraBusinessError(limited.json)).toBe(false);
    expect(retried.status).toBe(200);
  });

  it('answers 500 while switched on', async () => {
    harness.standIn.faults.serverError({ times: 2 });

    const statuses = [];

    for (let attempt = 0; attempt < 3; attempt += 1) {
      statuses.push((await harness.call({ path: '/v1/users/carriers', token })).status);
    }

    expect(statuses).toEqual([500, 500, 200]);
  });

  it('never answers under a timeout fault', async () => {
    harness.standIn.faults.timeout({ path: '/v1/users/carriers', times: 1 });

    const call = harness.call({ path: '/v1/users/carriers', token, timeoutMs: 200 });

    await expect(call).rejects.toThrow(/timed out/);
    expect(harness.standIn.requests.at(-1)).toMatchObject({
      outcome: 'unanswered',
      fault: 'timeout',
    });
  });

  it('drops the connection before doing anything', async () => {
    harness.standIn.faults.dropConnection({ path: '/v1/orders/manual', times: 1 });
    const body = manualOrderBody('US');

    await expect(
      harness.call({ method: 'POST', path: '/v1/orders/manual', token, body }),
    ).rejects.toThrow();
    expect(harness.standIn.store.findOrderByNumber(body.number)).toBeUndefined();
  });

  it('creates the order, then drops the connection: a lookup finds it', async () => {
    harness.standIn.faults.dropAfterProcessing({
      path: '/v1/orders/manual',
      method: 'POST',
      times: 1,
    });
    const body = manualOrderBody('US');

    const lost = harness.call({ method: 'POST', path: '/v1/orders/manual', token, body });
    await expect(lost).rejects.toThrow();

    const stored = harness.standIn.store.findOrderByNumber(body.number);
    const lookup = await harness.call({ path: `/v1/orders/manual/${stored?.orderId}`, token });
    const retry = await harness.call({ method: 'POST', path: '/v1/orders/manual', token, body });

    expect(ShipentegraOrderDetailResponseSchema.parse(lookup.json).data.generalInfo.number).toBe(
      body.number,
    );
    expect(ShipentegraFailureSchema.parse(retry.json).data[0]?.message).toBe('ERR.20010.1009');
  });

  it('buys and charges the label, then drops the connection: the order shows the label', async () => {
    const { orderId, itemIds } = await createOrder(harness, token, manualOrderBody('US'));
    const balanceBefore = harness.standIn.accounts.balanceOf(SHIPENTEGRA_DEMO_ACCOUNT.clientId);
    harness.standIn.faults.dropAfterProcessing({ path: LABEL_PATHS.shipentegra, times: 1 });
    const body = labelBody(orderId, itemIds, 'express');

    await expect(
      harness.call({ method: 'POST', path: LABEL_PATHS.shipentegra, token, body }),
    ).rejects.toThrow();
    const lookup = await harness.call({ path: `/v1/orders/manual/${orderId}`, token });
    const retry = await harness.call({
      method: 'POST',
      path: LABEL_PATHS.shipentegra,
      token,
      body,
    });

    expect(harness.standIn.accounts.balanceOf(SHIPENTEGRA_DEMO_ACCOUNT.clientId)).toBeLessThan(
      balanceBefore,
    );
    expect(ShipentegraOrderDetailResponseSchema.parse(lookup.json).data.shipment).toMatchObject({
      trackingNumber: expect.any(String),
    });
    expect(ShipentegraFailureSchema.parse(retry.json).data[0]?.message).toBe('ERR.24010.2010');
  });

  it('scopes a fault by method and path pattern', async () => {
    harness.standIn.faults.serverError({ method: 'GET', path: /^\/v1\/orders\/manual\/\d+$/ });
    const body = manualOrderBody('US');

    const created = await harness.call({ method: 'POST', path: '/v1/orders/manual', token, body });
    const stored = harness.standIn.store.findOrderByNumber(body.number);
    const lookup = await harness.call({ path: `/v1/orders/manual/${stored?.orderId}`, token });

    expect(created.status).toBe(200);
    expect(lookup.status).toBe(500);
  });

  it('switches faults over HTTP when the admin endpoint is on', async () => {
    const added = await harness.call({
      method: 'POST',
      path: '/__stand-in/faults',
      body: { kind: 'server-error', path: '/v1/users/carriers', times: 1 },
    });
    const broken = await harness.call({ path: '/v1/users/carriers', token });
    const listed = await harness.call({ path: '/__stand-in/faults' });

    expect(added.status).toBe(201);
    expect(broken.status).toBe(500);
    expect(listed.json).toEqual({ faults: [] });
  });

  it('logs requests with the client secret redacted', async () => {
    await harness.signIn();
    const record = harness.standIn.requests.findLast((entry) => entry.path === '/v1/auth/token');

    expect(record).toMatchObject({
      method: 'POST',
      status: 200,
      outcome: 'answered',
      hasBearer: false,
    });
    expect(record?.body).toEqual({
      clientId: SHIPENTEGRA_DEMO_ACCOUNT.clientId,
      clientSecret: '[redacted]',
    });
  });
});

describe('Shipentegra stand-in: random faults', () => {
  it('draws random faults from the seed, the same way every run', async () => {
    const patterns: number[][] = [];

    for (const _run of [1, 2]) {
      const harness = await startShipentegraHarness({ seed: 9 });

      try {
        const token = await harness.signIn();
        harness.standIn.faults.serverError({ path: '/v1/users/carriers', probability: 0.5 });
        const statuses: number[] = [];

        for (let attempt = 0; attempt < 12; attempt += 1) {
          statuses.push((await harness.call({ path: '/v1/users/carriers', token })).status);
        }

        patterns.push(statuses);
      } finally {
        await harness.close();
      }
    }

    expect(patterns[0]).toEqual(patterns[1]);
    expect(patterns[0]).toContain(500);
    expect(patterns[0]).toContain(200);
  });

  it('serves no admin endpoint unless asked to', async () => {
    const harness = await startShipentegraHarness();

    try {
      const response = await harness.call({ method: 'DELETE', path: '/__stand-in/faults' });

      expect(response.status).toBe(404);
    } finally {
      await harness.close();
    }
  });
});
