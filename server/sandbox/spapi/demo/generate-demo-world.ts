import { createSeededRandom } from '../seeded-random.ts';
import { createEmptyWorld, type StandInSeller, type StandInWorld } from '../store/world.ts';
import { addDemoListings } from './demo-listings.ts';
import { createOrderFactory, type NewOrderInit, type OrderFactory } from './demo-orders.ts';
import { marketplaceByCountry, type SpApiRegion } from './marketplaces.ts';

export interface DemoOptions {
  /** About 60 by default; benchmarks use 5,000. */
  ordersPerSeller?: number;
  /** 4 by default: two NA sellers, one EU seller and one FE seller, then the cycle repeats. */
  sellerCount?: number;
}

export interface DemoWorldOptions extends DemoOptions {
  seed: number;
  now: () => Date;
  mintRefreshToken: (sellingPartnerId: string) => string;
}

export interface DemoWorld {
  world: StandInWorld;
  /** Per seller, the factory that made its orders, for adding more later. */
  orderFactories: Map<string, OrderFactory>;
}

interface SellerBlueprint {
  storeName: string;
  region: SpApiRegion;
  countries: string[];
}

const BLUEPRINTS: SellerBlueprint[] = [
  { storeName: 'Anatolia Home Textiles', region: 'na', countries: ['US', 'CA', 'MX'] },
  {
    storeName: 'Kapadokya Ceramics',
    region: 'eu',
    countries: ['GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'TR'],
  },
  { storeName: 'Bosphorus Coffee Company', region: 'na', countries: ['US', 'CA'] },
  { storeName: 'Aegean Olive Grove', region: 'fe', countries: ['JP', 'AU', 'SG'] },
];

/** The same seed always gives the same sellers, listings and orders. */
export function generateDemoWorld(options: DemoWorldOptions): DemoWorld {
  const world = createEmptyWorld();
  const orderFactories = new Map<string, OrderFactory>();
  const sellerCount = options.sellerCount ?? BLUEPRINTS.length;
  const ordersPerSeller = options.ordersPerSeller ?? 60;
  const now = options.now();

  for (let index = 0; index < sellerCount; index += 1) {
    const random = createSeededRandom(options.seed, `seller-${index}`);
    const seller = createSeller(index, random.code(13), options.mintRefreshToken);

    world.sellers.push(seller);
    addDemoListings(world, seller, random, now);

    const createOrder = createOrderFactory(world, seller, random, options.now);
    const orders = planOrders(seller, ordersPerSeller).map((init) => createOrder(init));

    world.ordersBySeller.set(seller.sellingPartnerId, orders);
    orderFactories.set(seller.sellingPartnerId, createOrder);

    for (const order of orders) {
      world.ordersById.set(order.orderId, order);
    }
  }

  return { world, orderFactories };
}

function createSeller(
  index: number,
  code: string,
  mintRefreshToken: DemoWorldOptions['mintRefreshToken'],
): StandInSeller {
  const blueprint = BLUEPRINTS[index % BLUEPRINTS.length] as SellerBlueprint;
  const round = Math.floor(index / BLUEPRINTS.length);
  const sellingPartnerId = `A${code}`;
  const storeName = round === 0 ? blueprint.storeName : `${blueprint.storeName} ${round + 1}`;

  return {
    sellingPartnerId,
    storeName: `${storeName} (Sandbox)`,
    region: blueprint.region,
    marketplaceIds: blueprint.countries.map((country) => marketplaceByCountry(country).id),
    refreshToken: mintRefreshToken(sellingPartnerId),
  };
}

/**
 * The first orders are chosen, the rest random: every status the model allows appears for
 * both channels, and label tests find FBM orders with an over-long address line and a US
 * order without a state.
 */
function planOrders(seller: StandInSeller, count: number): NewOrderInit[] {
  const home = seller.marketplaceIds[0];
  const us = marketplaceByCountry('US').id;
  const chosen: NewOrderInit[] = [
    ...(
      ['PENDING_AVAILABILITY', 'PENDING', 'PARTIALLY_SHIPPED', 'SHIPPED', 'CANCELLED'] as const
    ).map((fulfillmentStatus) => ({ fulfilledBy: 'MERCHANT' as const, fulfillmentStatus })),
    ...(['PENDING_AVAILABILITY', 'PENDING', 'SHIPPED', 'CANCELLED', 'UNFULFILLABLE'] as const).map(
      (fulfillmentStatus) => ({ fulfilledBy: 'AMAZON' as const, fulfillmentStatus }),
    ),
    ...[1, 2, 3].map(() => ({
      marketplaceId: home,
      fulfilledBy: 'MERCHANT' as const,
      fulfillmentStatus: 'UNSHIPPED' as const,
      addressQuirks: { hasLongLine: true },
    })),
    ...(seller.marketplaceIds.includes(us)
      ? [
          {
            marketplaceId: us,
            fulfilledBy: 'MERCHANT' as const,
            fulfillmentStatus: 'UNSHIPPED' as const,
            addressQuirks: { hasNoState: true },
          },
        ]
      : []),
  ];

  return Array.from({ length: count }, (_, index) => chosen[index] ?? {});
}
