import type { Agent } from 'node:https';
import type { ShippingQuote } from '../../shared/api/quotes.ts';
import {
  type CarrierListCache,
  createCarrierListCache,
  fetchCarriers,
  findLabelRoute,
} from './carriers.ts';
import type { ShipentegraCarrier, ShipentegraManualOrderRequest } from './contract.ts';
import { downloadLabelFile, type LabelFile, type LabelFileOptions } from './label-files.ts';
import { type BoughtLabel, type BuyLabelRequest, purchaseLabel } from './labels.ts';
import { createManualOrder, fetchOrderItems, type ShipentegraOrderItem } from './orders.ts';
import { type QuoteRequest, requestQuotes } from './quotes.ts';
import {
  createAuthorizedShipentegra,
  type ShipentegraCredentialPair,
  type ShipentegraTokenCache,
} from './shipentegra-auth.ts';
import type { ShipentegraHttp } from './shipentegra-http.ts';
import { fetchTracking, type TrackingSnapshot } from './tracking.ts';

export interface ShipentegraClientOptions {
  http: ShipentegraHttp;
  /** The same agent `http` was built with: label files travel through it too. */
  agent: Agent;
  tokens: ShipentegraTokenCache;
  tenantId: string;
  credentials: ShipentegraCredentialPair;
  /** Shared across requests so the carrier list is fetched once per few minutes per tenant. */
  carriers?: CarrierListCache;
  labelFiles?: LabelFileOptions;
  now?: () => Date;
}

/**
 * One tenant's Shipentegra account. No method retries a write: errors are `ShipentegraError`
 * (kind tells business refusal, expired token, 429 with `retryAfterSeconds`, no answer, odd
 * shape), `InvalidShipentegraRequestError` (refused locally, nothing sent) or
 * `UnknownShipentegraServiceError`.
 *
 * Retry safety: quote, listCarriers, getOrderItems, track and downloadLabelFile only read and
 * may be repeated freely. createOrder with an unknown outcome may have created the order, and
 * Shipentegra has no lookup by number: retry with a new attempt number (an orphan order costs
 * nothing). buyLabel charges the balance: persist the order id first, and after an unknown
 * outcome never buy for another order; repeat only for the same order id, where Shipentegra
 * refuses a second label (per our stand-in; to be confirmed with Shipentegra).
 */
export interface ShipentegraClient {
  quote(request: QuoteRequest): Promise<ShippingQuote[]>;
  listCarriers(): Promise<ShipentegraCarrier[]>;
  createOrder(order: ShipentegraManualOrderRequest): Promise<{ orderId: number }>;
  getOrderItems(orderId: number): Promise<ShipentegraOrderItem[]>;
  buyLabel(request: BuyLabelRequest): Promise<BoughtLabel>;
  downloadLabelFile(url: string): Promise<LabelFile>;
  track(trackingNumber: string): Promise<TrackingSnapshot>;
}

export function createShipentegraClient(options: ShipentegraClientOptions): ShipentegraClient {
  const api = createAuthorizedShipentegra(options);
  const carrierCache = options.carriers ?? createCarrierListCache();

  const listCarriers = async () => {
    const cached = carrierCache.read(options.tenantId);

    if (cached) {
      return cached;
    }

    const carriers = await fetchCarriers(api);
    carrierCache.write(options.tenantId, carriers);

    return carriers;
  };

  return {
    quote: (request) => requestQuotes(api, request),
    listCarriers,
    createOrder: (order) => createManualOrder(api, order),
    getOrderItems: (orderId) => fetchOrderItems(api, orderId),
    async buyLabel(request) {
      const route = findLabelRoute(await listCarriers(), request.serviceName);

      return purchaseLabel(api, route, request);
    },
    downloadLabelFile: (url) => downloadLabelFile(options.agent, url, options.labelFiles),
    track: (trackingNumber) => fetchTracking(api, trackingNumber),
  };
}
