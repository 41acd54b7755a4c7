import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectConforms, fetchAccessToken, firstError } from '../helpers/spapi-contract.ts';
import {
  type SpApiClient,
  type StandInHarness,
  startStandInHarness,
  TEST_APP,
  US,
} from '../helpers/spapi-stand-in-harness.ts';

// A frozen clock that only the tests move: buckets refill and tokens expire when told to.
let nowMs = Date.parse('2026-08-20T10:00:00Z');
let harness: StandInHarness;
let client: SpApiClient;

beforeAll(async () => {
  harness = await startStandInHarness({ now: () => new Date(nowMs) });
  client = harness.clientFor(harness.seller);
});

afterAll(async () => {
  await harness.close();
});

function tokenRequest(
  fields: Record<string, string>,
  contentType = 'application/x-www-form-urlencoded',
) {
  const body = contentType.includes('json')
    ? JSON.stringify(fields)
    : new URLSearchParams(fields).toString();
  return harness.send({
    method: 'POST',
    host: 'api.amazon.com',
    path: '/auth/o2/token',
    headers: { 'content-type': contentType },
    body,
  });
}

const client_id = TEST_APP.lwa.clientId;
const client_secret = TEST_APP.lwa.clientSecret;

describe("malformed requests get Amazon's 400 shape, naming the field", () => {
  test.each([
    [
      'orders-2026-01-01:searchOrders',
      'orders.searchOrders',
      { query: { createdAfter: 'yesterday' } },
      /createdAfter/,
    ],
    [
      'orders-2026-01-01:searchOrders',
      'orders.searchOrders',
      { query: { createdAfter: '2026-08-01T00:00:00Z', includedData: ['EVERYTHING'] } },
      /includedData/,
    ],
    ['orders-2026-01-01:searchOrders', 'orders.searchOrders', { query: {} }, /createdAfter/],
    [
      'orders-v0:confirmShipment',
      'orders.confirmShipment',
      { path: { orderId: '111-1111111-1111111' }, body: { marketplaceId: US } },
      /packageDetail/,
    ],
    [
      'listings-items-2021-08-01:patchListingsItem',
      'listingsItems.patchListingsItem',
      { path: { sellerId: 'X', sku: 'Y' }, query: { marketplaceIds: [US] }, body: { patches: [] } },
      /productType/,
    ],
    [
      'feeds-2021-06-30:createFeedDocument',
      'feeds.createFeedDocument',
      { body: {} },
      /contentType/,
    ],
  ])('%s %#', async (operation, clientOperation, params, pattern) => {
    const response = await harness.call(client, clientOperation, params);

    expectConforms(operation, response, 400);
    expect(firstError(response).code).toBe('InvalidInput');
    expect(firstError(response).message).toMatch(pattern);
  });
});

describe('access tokens', () => {
  test('a call without an access token is refused with 403 Unauthorized', async () => {
    const response = await harness.send({ path: '/sellers/v1/marketplaceParticipations' });

    expectConforms('sellers:getMarketplaceParticipations', response, 403);
    expect(firstError(response).code).toBe('Unauthorized');
  });

  test("an NA seller's token opens nothing on the EU endpoint", async () => {
    const token = await fetchAccessToken(harness, harness.seller);
    const response = await harness.send({
      host: 'sellingpartnerapi-eu.amazon.com',
      path: '/sellers/v1/marketplaceParticipations',
      headers: { 'x-amz-access-token': token },
    });

    expectConforms('sellers:getMarketplaceParticipations', response, 403);
  });

  test('an expired access token says so, and the real client refreshes it by itself', async () => {
    const token = await fetchAccessToken(harness, harness.seller);
    const refreshing = harness.clientFor(harness.seller, { auto_request_tokens: true });

    await refreshing.callAPI({ operation: 'sellers.getMarketplaceParticipations' });
    nowMs += 3_700; // one hour and some of Amazon time at timeScale 1000

    const expired = await harness.send({
      path: '/sellers/v1/marketplaceParticipations',
      headers: { 'x-amz-access-token': token },
    });
    const tokenCallsBefore = harness.standIn.requests.count({ operation: 'lwa:token' });
    const payload = await refreshing.callAPI({ operation: 'sellers.getMarketplaceParticipations' });

    expectConforms('sellers:getMarketplaceParticipations', expired, 403);
    expect(firstError(expired).details).toMatch(/access token.*expired/);
    expect(payload).toHaveLength(3);
    expect(harness.standIn.requests.count({ operation: 'lwa:token' })).toBe(tokenCallsBefore + 1);
  });
});

describe('usage plans', () => {
  test('an empty bucket answers 429 QuotaExceeded with the documented rate, and refills over Amazon time', async () => {
    const batch = {
      requests: [
        {
          uri: '/products/pricing/v0/items/B000000000/offers',
          method: 'GET',
          MarketplaceId: US,
          ItemCondition: 'New',
        },
      ],
    };
    const fresh = harness.clientFor(harness.seller);

    harness.standIn.resetUsagePlans();

    const first = await harness.call(fresh, 'productPricing.getItemOffersBatch', { body: batch });
    const throttled = await harness.call(fresh, 'productPricing.getItemOffersBatch', {
      body: batch,
    });
    nowMs += 10; // ten Amazon seconds: one token at 0.1 per second
    const refilled = await harness.call(fresh, 'productPricing.getItemOffersBatch', {
      body: batch,
    });

    expectConforms('product-pricing-v0:getItemOffersBatch', first, 200);
    expectConforms('product-pricing-v0:getItemOffersBatch', throttled, 429);
    expect(firstError(throttled)).toEqual({
      code: 'QuotaExceeded',
      message: 'You exceeded your quota for the requested resource.',
    });
    expect(throttled.headers['x-amzn-ratelimit-limit']).toBe('0.1');
    expect(refilled.status).toBe(200);
    expect(harness.standIn.requests.count({ operation: 'getItemOffersBatch', status: 429 })).toBe(
      1,
    );
  });

  test("one seller's burst does not spend another seller's bucket", async () => {
    const other = harness.clientFor(harness.standIn.demo.sellers[2] ?? harness.seller);
    const batch = {
      requests: [
        {
          uri: '/products/pricing/v0/items/B000000000/offers',
          method: 'GET',
          MarketplaceId: US,
          ItemCondition: 'New',
        },
      ],
    };

    harness.standIn.resetUsagePlans();
    await harness.call(client, 'productPricing.getItemOffersBatch', { body: batch });

    expect(
      (await harness.call(other, 'productPricing.getItemOffersBatch', { body: batch })).status,
    ).toBe(200);
  });
});

describe('Login with Amazon errors', () => {
  test('a wrong client answers 401 invalid_client', async () => {
    const response = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: harness.seller.refreshToken,
      client_id,
      client_secret: 'wrong',
    });

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({
      error: 'invalid_client',
      error_description: expect.any(String),
    });
  });

  test.each([
    [
      'an unknown code',
      { grant_type: 'authorization_code', code: 'ANnot-a-code', client_id, client_secret },
      400,
      'invalid_grant',
    ],
    [
      'a forged refresh token',
      { grant_type: 'refresh_token', refresh_token: 'Atzr|IwEBforged', client_id, client_secret },
      400,
      'invalid_grant',
    ],
    [
      'a missing refresh token',
      { grant_type: 'refresh_token', client_id, client_secret },
      400,
      'invalid_request',
    ],
    ['a missing grant type', { client_id, client_secret }, 400, 'invalid_request'],
    [
      'an unsupported grant type',
      { grant_type: 'password', client_id, client_secret },
      400,
      'unsupported_grant_type',
    ],
  ])('%s answers %i %s', async (_, fields, status, error) => {
    const response = await tokenRequest(fields);

    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error });
  });

  test('a revoked refresh token answers invalid_grant; JSON and form bodies are both read', async () => {
    const seller = harness.standIn.demo.sellers[1];
    const refresh_token = seller?.refreshToken ?? '';
    const asJson = await tokenRequest(
      { grant_type: 'refresh_token', refresh_token, client_id, client_secret },
      'application/json',
    );

    harness.standIn.revokeRefreshToken(refresh_token);
    const revoked = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token,
      client_id,
      client_secret,
    });

    expect(asJson.body).toMatchObject({
      access_token: expect.stringMatching(/^Atza\|/),
      token_type: 'bearer',
      expires_in: 3600,
    });
    expect(revoked.status).toBe(400);
    expect(revoked.body).toMatchObject({ error: 'invalid_grant' });
  });
});
