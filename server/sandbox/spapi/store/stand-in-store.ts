import type { OrderFactory } from '../demo/demo-orders.ts';
import type { StandInClock } from '../scaled-clock.ts';
import { createListingStore, type ListingStore } from './listing-store.ts';
import { createOrderStore, type OrderStore } from './order-store.ts';
import type { StandInSeller, StandInWorld } from './world.ts';

/** Reads and changes the stand-in's data, for handlers and for tests that stage scenarios. */
export interface StandInStore extends OrderStore, ListingStore {
  sellers(): readonly StandInSeller[];
  getSeller(sellingPartnerId: string): StandInSeller | undefined;
}

export function createStandInStore(
  world: StandInWorld,
  factories: Map<string, OrderFactory>,
  clock: StandInClock,
): StandInStore {
  return {
    ...createOrderStore(world, factories, clock),
    ...createListingStore(world, clock),
    sellers: () => world.sellers,
    getSeller: (sellingPartnerId) =>
      world.sellers.find((seller) => seller.sellingPartnerId === sellingPartnerId),
  };
}
