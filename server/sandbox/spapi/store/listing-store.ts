import { marketplaceById } from '../demo/marketplaces.ts';
import type { StandInClock } from '../scaled-clock.ts';
import { buildPurchasableOffer, ourPriceOf } from './listing-attributes.ts';
import { applyListingPatches, type ListingPatch } from './listing-patches.ts';
import type { CompetitorOffer, StandInInventory, StandInListing, StandInWorld } from './world.ts';

export interface ListingStore {
  listListings(sellerId: string): readonly StandInListing[];
  getListing(sellerId: string, sku: string): StandInListing | undefined;
  priceOf(sellerId: string, sku: string, marketplaceId: string): number | undefined;
  /** Changes the price the way a merge patch of `purchasable_offer` would. */
  setPrice(sellerId: string, sku: string, marketplaceId: string, price: number): void;
  /** Replaces a listing's attributes after accepted patches; moves `lastUpdatedDate`. */
  applyPatches(listing: StandInListing, patches: readonly ListingPatch[]): void;
  deleteListing(sellerId: string, sku: string): boolean;
  listInventory(sellerId: string): readonly StandInInventory[];
  getInventory(sellerId: string, sku: string): StandInInventory | undefined;
  setFulfillableQuantity(sellerId: string, sku: string, quantity: number): void;
  competitorOffers(marketplaceId: string, asin: string): readonly CompetitorOffer[];
  setCompetitorOffers(marketplaceId: string, asin: string, offers: CompetitorOffer[]): void;
}

export function createListingStore(world: StandInWorld, clock: StandInClock): ListingStore {
  const getListing = (sellerId: string, sku: string) => world.listings.get(sellerId)?.get(sku);
  const requireListing = (sellerId: string, sku: string) => {
    const listing = getListing(sellerId, sku);

    if (!listing) {
      throw new Error(`no stand-in listing ${sku} for seller ${sellerId}`);
    }

    return listing;
  };

  const applyPatches = (listing: StandInListing, patches: readonly ListingPatch[]) => {
    listing.attributes = applyListingPatches(listing.attributes, patches).attributes;
    listing.lastUpdatedDate = clock.now().toISOString();
  };

  return {
    listListings: (sellerId) => [...(world.listings.get(sellerId)?.values() ?? [])],
    getListing,
    applyPatches,
    priceOf: (sellerId, sku, marketplaceId) => {
      const listing = getListing(sellerId, sku);
      return listing ? ourPriceOf(listing, marketplaceId) : undefined;
    },

    setPrice(sellerId, sku, marketplaceId, price) {
      const listing = requireListing(sellerId, sku);
      const currencyCode = marketplaceById(marketplaceId)?.currencyCode ?? 'USD';
      const value = [buildPurchasableOffer({ marketplaceId, currencyCode, price })];

      applyPatches(listing, [{ op: 'merge', path: '/attributes/purchasable_offer', value }]);
    },

    deleteListing: (sellerId, sku) => world.listings.get(sellerId)?.delete(sku) ?? false,
    listInventory: (sellerId) => [...(world.inventory.get(sellerId)?.values() ?? [])],
    getInventory: (sellerId, sku) => world.inventory.get(sellerId)?.get(sku),

    setFulfillableQuantity(sellerId, sku, quantity) {
      const inventory = world.inventory.get(sellerId)?.get(sku);

      if (!inventory) {
        throw new Error(`no FBA inventory for ${sku} of seller ${sellerId}`);
      }

      inventory.fulfillable = quantity;
      inventory.lastUpdatedTime = clock.now().toISOString();
    },

    competitorOffers: (marketplaceId, asin) =>
      world.competitorOffers.get(`${marketplaceId}|${asin}`) ?? [],
    setCompetitorOffers: (marketplaceId, asin, offers) => {
      world.competitorOffers.set(`${marketplaceId}|${asin}`, offers);
    },
  };
}
