/**
 * Operations are named `<api>:<operationId>` because Amazon reuses operation ids across API
 * versions (`getOrder` exists in Orders v0 and 2026-01-01).
 */
export type OperationKey = `${string}:${string}`;

/** The operations the stand-in answers, one handler each. */
export const STAND_IN_OPERATIONS = [
  'sellers:getMarketplaceParticipations',
  'orders-2026-01-01:searchOrders',
  'orders-2026-01-01:getOrder',
  'orders-v0:confirmShipment',
  'listings-items-2021-08-01:searchListingsItems',
  'listings-items-2021-08-01:getListingsItem',
  'listings-items-2021-08-01:patchListingsItem',
  'fba-inventory:getInventorySummaries',
  'product-pricing-v0:getItemOffersBatch',
  'product-pricing-2022-05-01:getCompetitiveSummary',
  'feeds-2021-06-30:createFeedDocument',
  'feeds-2021-06-30:createFeed',
  'feeds-2021-06-30:getFeed',
  'feeds-2021-06-30:getFeedDocument',
] as const satisfies readonly OperationKey[];

export type StandInOperationKey = (typeof STAND_IN_OPERATIONS)[number];

/** Everything Kayistra calls, stand-in or not: each needs a usage plan for our limiter. */
export const OPERATIONS_WE_USE: readonly OperationKey[] = [
  ...STAND_IN_OPERATIONS,
  'product-fees-v0:getMyFeesEstimates',
  'catalog-items-2022-04-01:getCatalogItem',
];
