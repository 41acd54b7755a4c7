import { notFound } from '../sp-api-errors.ts';
import type { OperationContext, OperationResult } from './operation-context.ts';

export const FEED_DOCUMENT_PATH = '/__stand-in/feed-documents/';

/**
 * Feeds 2021-06-30 createFeedDocument. Amazon hands out a pre-signed S3 URL; the stand-in's
 * URL is on the host the call came to, so the same agent that reached the API reaches it.
 */
export function createFeedDocument(context: OperationContext): OperationResult {
  const { contentType } = context.request.body as { contentType: string };
  const { sellingPartnerId, region } = context.seller;
  const document = context.feeds.createDocument(sellingPartnerId, region, contentType);

  return {
    status: 201,
    body: {
      feedDocumentId: document.feedDocumentId,
      url: documentUrl(context, document.feedDocumentId),
    },
  };
}

/** Feeds 2021-06-30 getFeedDocument: where to download an input or a processing report. */
export function getFeedDocument(context: OperationContext): OperationResult {
  const feedDocumentId = context.request.path.feedDocumentId ?? '';
  const document = context.feeds.getDocument(feedDocumentId);

  if (!document || document.sellerId !== context.seller.sellingPartnerId) {
    throw notFound(`Feed document ${feedDocumentId} was not found.`);
  }

  return { status: 200, body: { feedDocumentId, url: documentUrl(context, feedDocumentId) } };
}

function documentUrl(context: OperationContext, feedDocumentId: string): string {
  return `${context.publicOrigin}${FEED_DOCUMENT_PATH}${encodeURIComponent(feedDocumentId)}`;
}
