/** Requests per second a bucket refills with, and how many it holds when full. */
export interface UsagePlan {
  rate: number;
  burst: number;
}

/**
 * Amazon's documented default usage plans for the operations we call, by operation name in the
 * versions we pin (reference/spapi.md; a test checks them against the committed models). Kept
 * here rather than read from the models so live mode never loads the sandbox's model files.
 */
export const USAGE_PLANS: Readonly<Record<string, UsagePlan>> = {
  searchOrders: { rate: 0.0056, burst: 20 },
  getOrder: { rate: 0.5, burst: 30 },
  confirmShipment: { rate: 2, burst: 10 },
  getInventorySummaries: { rate: 2, burst: 2 },
  searchListingsItems: { rate: 5, burst: 5 },
  getListingsItem: { rate: 5, burst: 10 },
  patchListingsItem: { rate: 5, burst: 5 },
  getItemOffersBatch: { rate: 0.1, burst: 1 },
  getCompetitiveSummary: { rate: 0.033, burst: 1 },
  getMyFeesEstimates: { rate: 0.5, burst: 1 },
  createFeedDocument: { rate: 0.5, burst: 15 },
  createFeed: { rate: 0.0083, burst: 15 },
  getFeed: { rate: 2, burst: 15 },
  getFeedDocument: { rate: 0.0222, burst: 10 },
  getMarketplaceParticipations: { rate: 0.016, burst: 15 },
  getCatalogItem: { rate: 2, burst: 2 },
};

export function usagePlanFor(operation: string): UsagePlan {
  const plan = USAGE_PLANS[operation];

  if (!plan) {
    throw new Error(`No usage plan is known for SP-API operation ${operation}; add it first`);
  }

  return plan;
}
