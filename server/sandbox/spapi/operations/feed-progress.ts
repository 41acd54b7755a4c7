import type { SpApiRegion } from '../demo/marketplaces.ts';
import type { StandInClock } from '../scaled-clock.ts';
import type { FeedStore, StandInFeed } from '../store/feed-store.ts';
import type { StandInStore } from '../store/stand-in-store.ts';
import { processListingsFeed } from './listings-feed.ts';

// Amazon time a feed spends waiting and then processing; timeScale shortens both.
const QUEUE_MS = 15_000;
const PROCESSING_MS = 30_000;

export interface FeedProgressDeps {
  feeds: FeedStore;
  store: StandInStore;
  clock: StandInClock;
  regionOf: (sellerId: string) => SpApiRegion;
}

/**
 * Moves feeds along IN_QUEUE → IN_PROGRESS → DONE (or FATAL) by elapsed Amazon time. It runs
 * before each call instead of on timers, so a test clock drives it as well as the real one.
 */
export function advanceFeeds(deps: FeedProgressDeps): void {
  const elapsedOf = (feed: StandInFeed) => deps.clock.amazonMs() - feed.createdAmazonMs;
  const realTimeAfter = (feed: StandInFeed, amazonMs: number) =>
    new Date(new Date(feed.createdTime).getTime() + amazonMs / deps.clock.timeScale).toISOString();

  for (const feed of deps.feeds.unfinishedFeeds()) {
    const elapsed = elapsedOf(feed);

    if (elapsed >= QUEUE_MS && feed.processingStatus === 'IN_QUEUE') {
      feed.processingStatus = 'IN_PROGRESS';
      feed.processingStartTime = realTimeAfter(feed, QUEUE_MS);
    }

    if (elapsed >= QUEUE_MS + PROCESSING_MS) {
      finishFeed(deps, feed);
      feed.processingEndTime = realTimeAfter(feed, QUEUE_MS + PROCESSING_MS);
    }
  }
}

function finishFeed(deps: FeedProgressDeps, feed: StandInFeed): void {
  const input = deps.feeds.getDocument(feed.inputFeedDocumentId);
  const outcome = processListingsFeed(feed, input?.content, deps.store);
  const result = deps.feeds.createDocument(
    feed.sellerId,
    deps.regionOf(feed.sellerId),
    'application/json',
  );

  result.content = Buffer.from(JSON.stringify(outcome.report));
  feed.processingStatus = outcome.status;
  feed.resultFeedDocumentId = result.feedDocumentId;
}
