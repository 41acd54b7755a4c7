import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateAgainstSchemaFile } from '../../server/sandbox/spapi/json-schema-files.ts';
import type { StandInListing } from '../../server/sandbox/spapi/store/world.ts';
import { expectConforms } from '../helpers/spapi-contract.ts';
import {
  type SpApiClient,
  type StandInHarness,
  startStandInHarness,
  US,
} from '../helpers/spapi-stand-in-harness.ts';

const CONTENT_TYPE = 'application/json; charset=UTF-8';

// A hand-driven clock: with timeScale 1000, each real millisecond is one Amazon second.
let nowMs = Date.parse('2026-08-20T10:00:00Z');
let harness: StandInHarness;
let client: SpApiClient;
let sellerId: string;

beforeAll(async () => {
  harness = await startStandInHarness({ now: () => new Date(nowMs) });
  client = harness.clientFor(harness.seller);
  sellerId = harness.seller.sellingPartnerId;
});

afterAll(async () => {
  await harness.close();
});

function listing(index: number): StandInListing {
  return harness.standIn.store.listListings(sellerId)[index] as StandInListing;
}

async function submitFeed(content: string): Promise<string> {
  const created = await harness.call(client, 'feeds.createFeedDocument', {
    body: { contentType: CONTENT_TYPE },
  });
  const document = created.body as { feedDocumentId: string; url: string };

  expectConforms('feeds-2021-06-30:createFeedDocument', created, 201);
  await client.upload({ url: document.url }, { content, contentType: CONTENT_TYPE });

  const feed = await harness.call(client, 'feeds.createFeed', {
    body: {
      feedType: 'JSON_LISTINGS_FEED',
      marketplaceIds: [US],
      inputFeedDocumentId: document.feedDocumentId,
    },
  });

  expectConforms('feeds-2021-06-30:createFeed', feed, 202);
  return (feed.body as { feedId: string }).feedId;
}

async function feedStatus(
  feedId: string,
): Promise<{ processingStatus: string; resultFeedDocumentId?: string }> {
  const response = await harness.call(client, 'feeds.getFeed', { path: { feedId } });

  expectConforms('feeds-2021-06-30:getFeed', response, 200);
  return response.body as { processingStatus: string; resultFeedDocumentId?: string };
}

async function downloadReport(feedDocumentId: string): Promise<unknown> {
  const response = await harness.call(client, 'feeds.getFeedDocument', {
    path: { feedDocumentId },
  });
  const text = await client.download(response.body as { url: string });

  expectConforms('feeds-2021-06-30:getFeedDocument', response, 200);
  return JSON.parse(String(text));
}

describe('Feeds 2021-06-30 with JSON_LISTINGS_FEED', () => {
  test('a price feed moves IN_QUEUE → IN_PROGRESS → DONE, applies prices and reports per the schema', async () => {
    const priced = listing(0);
    const feed = {
      header: { sellerId, version: '2.0', issueLocale: 'en_US' },
      messages: [
        {
          messageId: 1,
          sku: priced.sku,
          operationType: 'PATCH',
          productType: priced.productType,
          patches: [
            {
              op: 'merge',
              path: '/attributes/purchasable_offer',
              value: [
                {
                  marketplace_id: US,
                  currency: 'USD',
                  audience: 'ALL',
                  our_price: [{ schedule: [{ value_with_tax: 22.75 }] }],
                },
              ],
            },
          ],
        },
        { messageId: 2, sku: 'NO-SUCH-SKU', operationType: 'DELETE' },
      ],
    };

    expect(validateAgainstSchemaFile('feeds/listings-feed-schema-v2', feed)).toEqual([]);

    const feedId = await submitFeed(JSON.stringify(feed));
    const queued = await feedStatus(feedId);
    nowMs += 20;
    const inProgress = await feedStatus(feedId);
    nowMs += 40;
    const done = await feedStatus(feedId);
    const report = (await downloadReport(done.resultFeedDocumentId ?? '')) as {
      summary: { messagesAccepted: number; messagesInvalid: number };
      issues: { messageId: number }[];
    };

    expect([queued.processingStatus, inProgress.processingStatus, done.processingStatus]).toEqual([
      'IN_QUEUE',
      'IN_PROGRESS',
      'DONE',
    ]);
    expect(
      validateAgainstSchemaFile('feeds/listings-feed-processing-report-schema-v2', report),
    ).toEqual([]);
    expect(report.summary).toMatchObject({ messagesAccepted: 1, messagesInvalid: 1 });
    expect(report.issues.map((issue) => issue.messageId)).toEqual([2]);
    expect(harness.standIn.store.priceOf(sellerId, priced.sku, US)).toBe(22.75);
  });

  test("a document that breaks the feed schema ends FATAL with a report that follows Amazon's schema", async () => {
    const before = harness.standIn.store.priceOf(sellerId, listing(1).sku, US);
    const feedId = await submitFeed(
      JSON.stringify({ header: { sellerId, version: '2.0' }, messages: [{ sku: listing(1).sku }] }),
    );

    nowMs += 60;

    const finished = await feedStatus(feedId);
    const report = await downloadReport(finished.resultFeedDocumentId ?? '');

    expect(finished.processingStatus).toBe('FATAL');
    expect(
      validateAgainstSchemaFile('feeds/listings-feed-processing-report-schema-v2', report),
    ).toEqual([]);
    expect(harness.standIn.store.priceOf(sellerId, listing(1).sku, US)).toBe(before);
  });

  test('retired feed types are refused with 400', async () => {
    const created = await harness.call(client, 'feeds.createFeedDocument', {
      body: { contentType: 'text/xml' },
    });
    const response = await harness.call(client, 'feeds.createFeed', {
      body: {
        feedType: 'POST_PRODUCT_PRICING_DATA',
        marketplaceIds: [US],
        inputFeedDocumentId: (created.body as { feedDocumentId: string }).feedDocumentId,
      },
    });

    expectConforms('feeds-2021-06-30:createFeed', response, 400);
  });

  test('an upload with another content type than declared fails like a pre-signed S3 URL', async () => {
    const created = await harness.call(client, 'feeds.createFeedDocument', {
      body: { contentType: CONTENT_TYPE },
    });
    const url = new URL((created.body as { url: string }).url);
    const response = await harness.send({
      method: 'PUT',
      host: url.hostname,
      path: url.pathname,
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });

    expect(response.status).toBe(403);
    expect(String(response.body)).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  test("another seller's feed is not found", async () => {
    const other = harness.clientFor(harness.standIn.demo.sellers[2] ?? harness.seller);
    const feedId = await submitFeed(
      JSON.stringify({
        header: { sellerId, version: '2.0' },
        messages: [{ messageId: 1, sku: listing(2).sku, operationType: 'DELETE' }],
      }),
    );
    const response = await harness.call(other, 'feeds.getFeed', { path: { feedId } });

    expectConforms('feeds-2021-06-30:getFeed', response, 404);
  });
});
