import type { ParsedSpApiRequest } from '../request-validator.ts';
import type { StandInClock } from '../scaled-clock.ts';
import { invalidInput, unauthorized } from '../sp-api-errors.ts';
import type { FeedStore } from '../store/feed-store.ts';
import type { StandInStore } from '../store/stand-in-store.ts';
import type { StandInSeller } from '../store/world.ts';

export interface OperationContext {
  /** The selling partner the access token belongs to. */
  seller: StandInSeller;
  /** Parameters already typed and validated against the model. */
  request: ParsedSpApiRequest;
  store: StandInStore;
  feeds: FeedStore;
  clock: StandInClock;
  /** `https://<host the call came to>`, for URLs the caller fetches next. */
  publicOrigin: string;
}

export interface OperationResult {
  status: number;
  body?: unknown;
}

export type OperationHandler = (context: OperationContext) => OperationResult;

export function stringParam(context: OperationContext, name: string): string | undefined {
  const value = context.request.query[name] ?? context.request.path[name];
  return typeof value === 'string' ? value : undefined;
}

export function listParam(context: OperationContext, name: string): string[] | undefined {
  const value = context.request.query[name];
  return Array.isArray(value) ? value.map(String) : undefined;
}

export function numberParam(context: OperationContext, name: string): number | undefined {
  const value = context.request.query[name];
  return typeof value === 'number' ? value : undefined;
}

/** Listings paths name a seller: another seller's id is refused, as Amazon refuses it. */
export function requireOwnSellerId(context: OperationContext): void {
  if (context.request.path.sellerId !== context.seller.sellingPartnerId) {
    throw unauthorized('The sellerId in the path is not the selling partner of the access token.');
  }
}

export function requireOwnMarketplaces(context: OperationContext, marketplaceIds: string[]): void {
  const foreign = marketplaceIds.filter((id) => !context.seller.marketplaceIds.includes(id));

  if (foreign.length > 0) {
    throw invalidInput(
      `Invalid marketplaceIds: ${foreign.join(', ')}`,
      'The selling partner does not participate in these marketplaces.',
    );
  }
}
