import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AmazonAuthorizationRevokedError,
  createSellingPartnerClient,
} from '../../server/amazon/selling-partner-client.ts';
import { createRemoteAgents } from '../../server/net/remote-hosts.ts';
import { validateSpApiResponse } from '../../server/sandbox/spapi/response-validator.ts';
import {
  type StandInHarness,
  startStandInHarness,
  TEST_APP,
} from '../helpers/spapi-stand-in-harness.ts';

let harness: StandInHarness;

const amazonApp = {
  appId: TEST_APP.appId,
  lwaClientId: TEST_APP.lwa.clientId,
  lwaClientSecret: TEST_APP.lwa.clientSecret,
};

beforeAll(async () => {
  harness = await startStandInHarness();
});

afterAll(() => harness.close());

// The production path: our factory, our remote agents, the real client, TLS to the stand-in.
function clientFor(refreshToken: string) {
  const { amazon } = createRemoteAgents(
    { spapi: harness.standIn.origin, lwa: harness.standIn.origin },
    harness.ca.cert,
  );

  return createSellingPartnerClient({ region: 'na', refreshToken, amazonApp, agent: amazon });
}

describe('createSellingPartnerClient', () => {
  it('reaches the stand-in through the endpoint overrides and gets a valid answer', async () => {
    const client = clientFor(harness.seller.refreshToken);
    const response = await client.call({
      operation: 'getMarketplaceParticipations',
      endpoint: 'sellers',
    });

    expect(response.status).toBe(200);
    expect(response.headers['x-amzn-ratelimit-limit']).toBeDefined();
    expect(validateSpApiResponse('getMarketplaceParticipations', 200, response.body)).toEqual([]);
  });

  it('speaks Orders 2026-01-01 for searchOrders', async () => {
    const client = clientFor(harness.seller.refreshToken);
    const response = await client.call({
      operation: 'searchOrders',
      endpoint: 'orders',
      query: {
        marketplaceIds: harness.seller.marketplaceIds,
        createdAfter: '2020-01-01T00:00:00Z',
      },
    });

    expect(response.status).toBe(200);
    expect(validateSpApiResponse('searchOrders', 200, response.body)).toEqual([]);
  });

  it('answers a 429 as a response, leaving retries to our limiter', async () => {
    const client = clientFor(harness.seller.refreshToken);
    harness.standIn.faults.add({
      kind: 'throttle',
      operation: 'getMarketplaceParticipations',
      times: 1,
    });

    const throttled = await client.call({
      operation: 'getMarketplaceParticipations',
      endpoint: 'sellers',
    });
    const next = await client.call({
      operation: 'getMarketplaceParticipations',
      endpoint: 'sellers',
    });

    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ errors: [{ code: 'QuotaExceeded' }] });
    expect(next.status).toBe(200);
  });

  it('turns a revoked refresh token into AmazonAuthorizationRevokedError', async () => {
    const seller = harness.standIn.demo.sellers[1] ?? harness.seller;
    harness.standIn.revokeRefreshToken(seller.refreshToken);

    await expect(
      clientFor(seller.refreshToken).call({
        operation: 'getMarketplaceParticipations',
        endpoint: 'sellers',
      }),
    ).rejects.toBeInstanceOf(AmazonAuthorizationRevokedError);
  });
});
