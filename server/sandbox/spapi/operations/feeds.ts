import { invalidInput, notFound } from '../sp-api-errors.ts';
import type { StandInFeed } from '../store/feed-store.ts';
import {
  type OperationContext,
  type OperationResult,
  requireOwnMarketplaces,
} from './operation-context.ts';

// The legacy flat-file and XML feeds were retired in 2025; JSON listings feeds replace them.
const SUPPORTED_FEED_TYPES = new Set(['JSON_LISTINGS_FEED']);

/** Feeds 2021-06-30 createFeed, for an uploaded document of the same seller. */
export function createFeed(context: OperationContext): OperationResult {
  const body = context.request.body as {
    feedType: string;
    marketplaceIds: string[];
    inputFeedDocumentId: string;
  };
  const sellerId = context.seller.sellingPartnerId;
  const document = context.feeds.getDocument(body.inputFeedDocumentId);

  requireOwnMarketplaces(context, body.marketplaceIds);

  if (!SUPPORTED_FEED_TYPES.has(body.feedType)) {
    throw invalidInput(
      `Unsupported feedType ${body.feedType}`,
      'The stand-in processes JSON_LISTINGS_FEED only.',
    );
  }

  if (!document || document.sellerId !== sellerId) {
    throw invalidInput(`Unknown inputFeedDocumentId ${body.inputFeedDocumentId}`);
  }

  if (!document.content) {
    throw invalidInput('The feed document has not been uploaded yet.');
  }

  const feed = context.feeds.createFeed({
    sellerId,
    feedType: body.feedType,
    marketplaceIds: body.marketplaceIds,
    inputFeedDocumentId: document.feedDocumentId,
  });

  return { status: 202, body: { feedId: feed.feedId } };
}

/** Feeds 2021-06-30 getFeed. */
export function getFeed(context: OperationContext): OperationResult {
  const feedId = context.request.path.feedId ?? '';
  const feed = context.feeds.getFeed(feedId);

  if (!feed || feed.sellerId !== context.seller.sellingPartnerId) {
    throw notFound(`Feed ${feedId} was not found.`);
  }

  return { status: 200, body: projectFeed(feed) };
}

function projectFeed(feed: StandInFeed): object {
  return {
    feedId: feed.feedId,
    feedType: feed.feedType,
    marketplaceIds: feed.marketplaceIds,
    createdTime: feed.createdTime,
    processingStatus: feed.processingStatus,
    ...(feed.processingStartTime ? { processingStartTime: feed.processingStartTime } : {}),
    ...(feed.processingEndTime ? { processingEndTime: feed.processingEndTime } : {}),
    ...(feed.resultFeedDocumentId ? { resultFeedDocumentId: feed.resultFeedDocumentId } : {}),
  };
}
