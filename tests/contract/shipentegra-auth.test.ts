import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import {
  isShipentegraBusinessError,
  ShipentegraFailureSchema,
  ShipentegraTokenResponseSchema,
} from '../../server/shipentegra/contract.ts';
import { createOrder, labelBody, manualOrderBody } from '../helpers/shipentegra-fixtures.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

const HOUR_MS = 60 * 60 * 1000;
const DEMO = SHIPENTEGRA_DEMO_ACCOUNT;

describe('Shipentegra stand-in: authentication', () => {
  let harness: ShipentegraHarness;

  beforeAll(async () => {
    harness = await startShipentegraHarness();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('issues a bearer token in the contract envelope', async () => {
    const response = await harness.call({
      method: 'POST',
      path: '/v1/auth/token',
      body: { clientId: DEMO.clientId, clientSecret: DEMO.clientSecret },
    });

    const envelope = ShipentegraTokenResponseSchema.parse(response.json);
    expect(response.status).toBe(200);
    expect(envelope.time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(envelope.data.tokenType).toBe('bearer');
    // Default format: the expiry as Turkish local time.
    expect(envelope.data.accessTokenValidity).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('rejects wrong credentials as a business error in the envelope', async () => {
    const response = await harness.call({
      method: 'POST',
      path: '/v1/auth/token',
      body: { clientId: DEMO.clientId, clientSecret: 'not-the-secret' },
      language: 'tr',
    });

    const failure = ShipentegraFailureSchema.parse(response.json);
    expect(response.status).toBe(401);
    expect(failure.status).toBe('fail');
    expect(failure.data[0]?.message).toMatch(/^ERR\.10010\./);
    expect(failure.data[0]?.description).toContain('hatalı');
    expect(isShipentegraBusinessError(response.json)).toBe(true);
  });

  it('answers a missing or unknown token with a 401 that is not a business error', async () => {
    const anonymous = await harness.call({ path: '/v1/users/carriers' });
    const forged = await harness.call({ path: '/v1/users/carriers', token: 'forged-token' });

    for (const response of [anonymous, forged]) {
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toContain('Bearer');
      expect(isShipentegraBusinessError(response.json)).toBe(false);
    }
  });

  it('expires tokens on the stand-in clock', async () => {
    const token = await harness.signIn();
    const before = await harness.call({ path: '/v1/users/carriers', token });
    harness.standIn.clock.advance(2 * HOUR_MS);
    const after = await harness.call({ path: '/v1/users/carriers', token });

    expect(before.status).toBe(200);
    expect(after.status).toBe(401);
    expect(isShipentegraBusinessError(after.json)).toBe(false);
  });

  it('tells a business 401 apart from an expired token (ERR.24010.2016)', async () => {
    const token = await harness.signIn();
    const { orderId, itemIds } = await createOrder(harness, token, manualOrderBody('DE'));

    const label = await harness.call({
      method: 'POST',
      path: '/v1/logistics/labels/shipentegra',
      token,
      // The Americas economy service, for a parcel to Germany.
      body: labelBody(orderId, itemIds, 'us-eco'),
    });

    expect(label.status).toBe(401);
    expect(isShipentegraBusinessError(label.json)).toBe(true);
    expect(ShipentegraFailureSchema.parse(label.json).data[0]?.message).toBe('ERR.24010.2016');
  });

  it.each([
    ['seconds', (value: unknown) => expect(value).toBe(3600)],
    ['duration', (value: unknown) => expect(value).toBe('01:00:00')],
  ] as const)('can express the token lifetime as %s', async (format, check) => {
    const other = await startShipentegraHarness({ tokenValidityFormat: format });

    try {
      const response = await other.call({
        method: 'POST',
        path: '/v1/auth/token',
        body: { clientId: DEMO.clientId, clientSecret: DEMO.clientSecret },
      });
      check(ShipentegraTokenResponseSchema.parse(response.json).data.accessTokenValidity);
    } finally {
      await other.close();
    }
  });
});
