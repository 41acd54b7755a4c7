import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { JsonValue, SandboxCase } from '../../server/sandbox/spapi/derive/derived-model.ts';
import { getOperation } from '../../server/sandbox/spapi/model-catalogue.ts';
import { STAND_IN_OPERATIONS } from '../../server/sandbox/spapi/operation-keys.ts';
import { validateSpApiResponse } from '../../server/sandbox/spapi/response-validator.ts';
import { type StandInHarness, startStandInHarness } from '../helpers/spapi-stand-in-harness.ts';

// How the amazon-sp-api client names each stand-in operation, and the version it needs.
const CLIENT_OPERATIONS: Record<string, { name: string; version?: string }> = {
  'sellers:getMarketplaceParticipations': { name: 'sellers.getMarketplaceParticipations' },
  'orders-2026-01-01:searchOrders': { name: 'orders.searchOrders' },
  'orders-2026-01-01:getOrder': { name: 'orders.getOrder' },
  'orders-v0:confirmShipment': { name: 'orders.confirmShipment' },
  'listings-items-2021-08-01:searchListingsItems': { name: 'listingsItems.searchListingsItems' },
  'listings-items-2021-08-01:getListingsItem': { name: 'listingsItems.getListingsItem' },
  'listings-items-2021-08-01:patchListingsItem': { name: 'listingsItems.patchListingsItem' },
  'fba-inventory:getInventorySummaries': { name: 'fbaInventory.getInventorySummaries' },
  'product-pricing-v0:getItemOffersBatch': { name: 'productPricing.getItemOffersBatch' },
  'product-pricing-2022-05-01:getCompetitiveSummary': {
    name: 'productPricing.getCompetitiveSummary',
    version: '2022-05-01',
  },
  'feeds-2021-06-30:createFeedDocument': { name: 'feeds.createFeedDocument' },
  'feeds-2021-06-30:createFeed': { name: 'feeds.createFeed' },
  'feeds-2021-06-30:getFeed': { name: 'feeds.getFeed' },
  'feeds-2021-06-30:getFeedDocument': { name: 'feeds.getFeedDocument' },
};

const CASES = STAND_IN_OPERATIONS.flatMap((key) =>
  getOperation(key)['x-amzn-api-sandbox'].map((sandboxCase, index) => ({
    key,
    index,
    sandboxCase,
  })),
);

let harness: StandInHarness;

beforeAll(async () => {
  harness = await startStandInHarness();
});

// Replays check answers, not usage plans: operations with a burst of 1 (getCompetitiveSummary)
// would otherwise depend on how fast a busy machine runs the previous case.
beforeEach(() => harness.standIn.resetUsagePlans());

afterAll(async () => {
  await harness.close();
});

/** The client call for a sandbox case: declared parameters by location, the rest is the body. */
function requestOf(key: string, sandboxCase: SandboxCase) {
  const operation = getOperation(key);
  const path: Record<string, string> = {};
  const query: Record<string, JsonValue> = {};
  let body: JsonValue | undefined;

  for (const parameter of operation.parameters.filter((entry) => entry.in === 'path')) {
    path[parameter.name] = 'PLACEHOLDER';
  }

  for (const [name, value] of Object.entries(sandboxCase.parameters)) {
    const declared = operation.parameters.find((parameter) => parameter.name === name);

    if (declared?.in === 'path') {
      path[name] = String(value);
    } else if (declared) {
      query[name] = value;
    } else {
      body = value;
    }
  }

  const client = CLIENT_OPERATIONS[key] ?? { name: key };
  return {
    operation: client.name,
    path,
    query,
    ...(body === undefined ? {} : { body }),
    options: client.version ? { version: client.version } : {},
  };
}

// Batch operations answer 200 and refuse inside, per request: Amazon's dynamic API does the same.
function isRefused(status: number, body: unknown): boolean {
  const entries = (body as { responses?: { status: { statusCode: number } }[] } | undefined)
    ?.responses;
  const isClientError = (code: number) => code >= 400 && code < 500;

  return (
    isClientError(status) ||
    (entries?.every((entry) => isClientError(entry.status.statusCode)) ?? false)
  );
}

test('the models hold static sandbox cases for most of our operations', () => {
  const covered = new Set(CASES.map((entry) => entry.key));

  expect(CASES.length).toBeGreaterThan(20);
  expect(covered.size).toBeGreaterThanOrEqual(12);
});

describe("Amazon's static sandbox cases, replayed on the sandbox host", () => {
  test.each(CASES)('$key case $index', async ({ key, sandboxCase }) => {
    const client = harness.clientFor(harness.seller, { use_sandbox: true });
    const response = await harness.call(
      client,
      requestOf(key, sandboxCase).operation,
      requestOf(key, sandboxCase),
    );
    const expected = sandboxCase.status === '204' ? undefined : sandboxCase.response;

    expect(response.status).toBe(Number(sandboxCase.status));
    expect(response.body).toEqual(expected);
    expect(validateSpApiResponse(key, response.status, response.body)).toEqual([]);
  });
});

describe('the same requests on the production host', () => {
  test.each(CASES)(
    '$key case $index answers a declared status with a body per the model',
    async ({ key, sandboxCase }) => {
      const client = harness.clientFor(harness.seller);
      const response = await harness.call(
        client,
        requestOf(key, sandboxCase).operation,
        requestOf(key, sandboxCase),
      );

      harness.standIn.resetUsagePlans();

      expect(Object.keys(getOperation(key).responses)).toContain(String(response.status));
      expect(validateSpApiResponse(key, response.status, response.body)).toEqual([]);

      if (sandboxCase.status === '400') {
        expect(isRefused(response.status, response.body)).toBe(true);
      }
    },
  );
});
