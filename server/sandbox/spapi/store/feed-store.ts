import { randomBytes, randomUUID } from 'node:crypto';
import type { SpApiRegion } from '../demo/marketplaces.ts';
import type { StandInClock } from '../scaled-clock.ts';

export interface StandInDocument {
  feedDocumentId: string;
  sellerId: string;
  contentType: string;
  content?: Buffer;
}

export type FeedStatus = 'IN_QUEUE' | 'IN_PROGRESS' | 'DONE' | 'FATAL' | 'CANCELLED';

export interface StandInFeed {
  feedId: string;
  sellerId: string;
  feedType: string;
  marketplaceIds: string[];
  inputFeedDocumentId: string;
  createdTime: string;
  createdAmazonMs: number;
  processingStatus: FeedStatus;
  processingStartTime?: string;
  processingEndTime?: string;
  resultFeedDocumentId?: string;
}

export interface NewFeed {
  sellerId: string;
  feedType: string;
  marketplaceIds: string[];
  inputFeedDocumentId: string;
}

export interface FeedStore {
  createDocument(sellerId: string, region: SpApiRegion, contentType: string): StandInDocument;
  getDocument(feedDocumentId: string): StandInDocument | undefined;
  createFeed(feed: NewFeed): StandInFeed;
  getFeed(feedId: string): StandInFeed | undefined;
  /** Feeds not yet DONE, FATAL or CANCELLED. */
  unfinishedFeeds(): StandInFeed[];
}

export function createFeedStore(clock: StandInClock): FeedStore {
  const documents = new Map<string, StandInDocument>();
  const feeds = new Map<string, StandInFeed>();
  // Amazon's feed ids are 11-digit numbers; a random base keeps runs from reusing ids.
  const firstFeedId = 50_000_000_000 + randomBytes(3).readUIntBE(0, 3) * 1000;

  return {
    createDocument(sellerId, region, contentType) {
      // Shaped like Amazon's ids: amzn1.tortuga.4.<region>.<uuid>.<suffix>.
      const suffix = randomBytes(8).toString('hex').toUpperCase();
      const feedDocumentId = `amzn1.tortuga.4.${region}.${randomUUID()}.T${suffix}`;
      const document = { feedDocumentId, sellerId, contentType };

      documents.set(feedDocumentId, document);
      return document;
    },

    getDocument: (feedDocumentId) => documents.get(feedDocumentId),

    createFeed(init) {
      const feedId = String(firstFeedId + feeds.size);
      const feed: StandInFeed = {
        ...init,
        feedId,
        createdTime: clock.now().toISOString(),
        createdAmazonMs: clock.amazonMs(),
        processingStatus: 'IN_QUEUE',
      };

      feeds.set(feedId, feed);
      return feed;
    },

    getFeed: (feedId) => feeds.get(feedId),
    unfinishedFeeds: () =>
      [...feeds.values()].filter((feed) =>
        ['IN_QUEUE', 'IN_PROGRESS'].includes(feed.processingStatus),
      ),
  };
}
