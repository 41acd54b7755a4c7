import type { JsonObject } from '../derive/derived-model.ts';
import { validateAgainstSchemaFile } from '../json-schema-files.ts';
import type { ListingPatch } from '../store/listing-patches.ts';
import type { StandInStore } from '../store/stand-in-store.ts';
import type { StandInListing } from '../store/world.ts';
import { checkPatches } from './patch-listings-item.ts';

interface FeedMessage {
  messageId: number;
  sku: string;
  operationType: 'UPDATE' | 'PARTIAL_UPDATE' | 'PATCH' | 'DELETE';
  productType?: string;
  attributes?: Record<string, JsonObject[]>;
  patches?: ListingPatch[];
}

interface ReportIssue {
  messageId?: number;
  sku?: string;
  code: string;
  severity: 'ERROR';
  message: string;
  attributeName?: string;
}

export interface FeedOutcome {
  status: 'DONE' | 'FATAL';
  report: object;
}

/**
 * Runs a JSON_LISTINGS_FEED: a document that breaks Amazon's feed schema is FATAL; otherwise
 * each message is applied or reported on its own, like the Listings API would for one call.
 */
export function processListingsFeed(
  feed: { feedId: string; sellerId: string },
  content: Buffer | undefined,
  store: StandInStore,
): FeedOutcome {
  const header = { sellerId: feed.sellerId, version: '2.0', feedId: feed.feedId };
  const fatal = (message: string): FeedOutcome => ({
    status: 'FATAL',
    report: {
      header,
      issues: [{ code: 'FEED_REJECTED', severity: 'ERROR', message }],
      summary: counts(0, 0, 1),
    },
  });

  let document: { header: { sellerId: string }; messages: FeedMessage[] };

  try {
    document = JSON.parse(content?.toString('utf8') ?? '');
  } catch {
    return fatal('The feed document is not valid JSON.');
  }

  const problems = validateAgainstSchemaFile('feeds/listings-feed-schema-v2', document);

  if (problems.length > 0) {
    return fatal(
      `The feed breaks the listings feed schema: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    );
  }

  if (document.header.sellerId !== feed.sellerId) {
    return fatal('header.sellerId is not the selling partner who submitted the feed.');
  }

  const issues = document.messages.flatMap((message) =>
    applyMessage(store, feed.sellerId, message),
  );
  const invalid = new Set(issues.map((issue) => issue.messageId)).size;
  const processed = document.messages.length;

  return {
    status: 'DONE',
    report: { header, issues, summary: counts(processed, processed - invalid, issues.length) },
  };
}

function applyMessage(store: StandInStore, sellerId: string, message: FeedMessage): ReportIssue[] {
  const listing = store.getListing(sellerId, message.sku);
  const issue = (code: string, text: string, attributeName?: string): ReportIssue => ({
    messageId: message.messageId,
    sku: message.sku,
    code,
    severity: 'ERROR',
    message: text,
    ...(attributeName ? { attributeName } : {}),
  });

  if (!listing) {
    return [
      issue(
        'SKU_NOT_FOUND',
        `SKU ${message.sku} was not found; the stand-in does not create listings.`,
      ),
    ];
  }

  if (message.operationType === 'DELETE') {
    store.deleteListing(sellerId, message.sku);
    return [];
  }

  const request = { productType: message.productType ?? '', patches: patchesOf(listing, message) };
  const problems = checkPatches(listing, request);

  if (problems.length > 0) {
    return problems.map((problem) =>
      issue(problem.code, problem.message, problem.attributeNames[0]),
    );
  }

  store.applyPatches(listing, request.patches);
  return [];
}

// PARTIAL_UPDATE replaces the attributes it names whole; UPDATE also drops the ones it omits.
function patchesOf(listing: StandInListing, message: FeedMessage): ListingPatch[] {
  if (message.operationType === 'PATCH') {
    return message.patches ?? [];
  }

  const attributes = message.attributes ?? {};
  const dropped = Object.keys(listing.attributes).filter(
    (name) => name in attributes || message.operationType === 'UPDATE',
  );

  return [
    ...dropped.map((name) => ({ op: 'delete', path: `/attributes/${name}` })),
    ...Object.entries(attributes).map(([name, value]) => ({
      op: 'add',
      path: `/attributes/${name}`,
      value,
    })),
  ];
}

function counts(processed: number, accepted: number, errors: number): object {
  return {
    errors,
    warnings: 0,
    messagesProcessed: processed,
    messagesAccepted: accepted,
    messagesInvalid: processed - accepted,
  };
}
