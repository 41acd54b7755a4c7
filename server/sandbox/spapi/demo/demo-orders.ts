import type { SeededRandom } from '../seeded-random.ts';
import { ourPriceOf } from '../store/listing-attributes.ts';
import type {
  FulfilledBy,
  FulfillmentStatus,
  StandInListing,
  StandInOrder,
  StandInOrderItem,
  StandInPackage,
  StandInSeller,
  StandInWorld,
} from '../store/world.ts';
import { type AddressQuirks, createDemoAddress, createDemoBuyer } from './demo-addresses.ts';
import { withAmazonIoss } from './demo-ioss.ts';
import { marketplaceById } from './marketplaces.ts';

export interface NewOrderInit {
  marketplaceId?: string;
  fulfilledBy?: FulfilledBy;
  fulfillmentStatus?: FulfillmentStatus;
  createdTime?: Date | string;
  lastUpdatedTime?: Date | string;
  /** SKUs of the seller's listings; random listings of the right channel when absent. */
  items?: { sku: string; quantity?: number }[];
  addressQuirks?: AddressQuirks;
}

export type OrderFactory = (init?: NewOrderInit) => StandInOrder;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const ORDER_ID_PREFIXES = {
  na: ['111', '112', '113', '114'],
  eu: ['202', '302', '304'],
  fe: ['250'],
};

const STATUS_WEIGHTS: Record<FulfilledBy, [FulfillmentStatus, number][]> = {
  MERCHANT: [
    ['UNSHIPPED', 40],
    ['SHIPPED', 34],
    ['PENDING', 8],
    ['CANCELLED', 7],
    ['PARTIALLY_SHIPPED', 6],
    ['PENDING_AVAILABILITY', 5],
  ],
  AMAZON: [
    ['SHIPPED', 70],
    ['PENDING', 12],
    ['CANCELLED', 8],
    ['UNFULFILLABLE', 5],
    ['PENDING_AVAILABILITY', 5],
  ],
};

const CARRIERS = [
  { carrierCode: 'UPS', shippingMethod: 'UPS Worldwide Saver' },
  { carrierCode: 'DHL', shippingMethod: 'DHL Express Worldwide' },
  { carrierCode: 'Other', carrierName: 'PTT Kargo', shippingMethod: 'Standard' },
];

/** Makes orders for one seller, numbering buyers from 1; the caller stores them. */
export function createOrderFactory(
  world: StandInWorld,
  seller: StandInSeller,
  random: SeededRandom,
  now: () => Date,
): OrderFactory {
  let buyerNumber = 0;

  return (init = {}) => {
    buyerNumber += 1;

    const marketplaceId = init.marketplaceId ?? pickMarketplace(seller, random);
    const marketplace = marketplaceById(marketplaceId);
    const fulfilledBy = init.fulfilledBy ?? (random.isHit(0.65) ? 'MERCHANT' : 'AMAZON');
    const status = init.fulfillmentStatus ?? random.pickWeighted(STATUS_WEIGHTS[fulfilledBy]);
    const nowMs = now().getTime();

    const createdMs = init.createdTime
      ? new Date(init.createdTime).getTime()
      : pickCreatedTime(status, nowMs, random);
    const items = withAmazonIoss(
      createItems(world, seller, { marketplaceId, fulfilledBy, status, init, random }),
      marketplace,
      fulfilledBy,
    );
    const packages =
      fulfilledBy === 'MERCHANT' ? createPackages(items, createdMs, nowMs, random) : [];
    const updatedMs = init.lastUpdatedTime
      ? new Date(init.lastUpdatedTime).getTime()
      : pickUpdatedTime(createdMs, packages[0], nowMs, random);

    return {
      orderId: createOrderId(world, seller, random),
      sellerId: seller.sellingPartnerId,
      marketplaceId,
      currencyCode: marketplace?.currencyCode ?? 'USD',
      createdTime: new Date(createdMs).toISOString(),
      lastUpdatedTime: new Date(Math.max(createdMs, updatedMs)).toISOString(),
      fulfillmentStatus: status,
      fulfilledBy,
      serviceLevel: random.isHit(0.85) ? 'STANDARD' : 'EXPEDITED',
      programs: fulfilledBy === 'AMAZON' && random.isHit(0.6) ? ['PRIME'] : [],
      shipBy: window(createdMs + DAY_MS, createdMs + 2 * DAY_MS),
      deliverBy: window(createdMs + 7 * DAY_MS, createdMs + 21 * DAY_MS),
      items,
      packages,
      buyer: createDemoBuyer(buyerNumber),
      deliveryAddress: createDemoAddress(
        marketplace?.countryCode ?? 'US',
        buyerNumber,
        random,
        init.addressQuirks,
      ),
    };
  };
}

// Orders still waiting to ship are recent (1 to 72 hours); the others span four weeks.
function pickCreatedTime(status: FulfillmentStatus, nowMs: number, random: SeededRandom): number {
  const isFresh = ['PENDING', 'UNSHIPPED', 'PENDING_AVAILABILITY'].includes(status);
  const minutesAgo = isFresh ? random.integer(60, 72 * 60) : random.integer(1800, 28 * 24 * 60);

  return nowMs - minutesAgo * 60_000;
}

// The last change follows creation or shipping by minutes to hours, and is never quite now.
function pickUpdatedTime(
  createdMs: number,
  shipment: StandInPackage | undefined,
  nowMs: number,
  random: SeededRandom,
): number {
  const eventMs = shipment ? new Date(shipment.shipDate).getTime() : createdMs;
  const updatedMs = eventMs + random.integer(5, 600) * 60_000;

  return Math.min(nowMs - random.integer(1, 30) * 1000, updatedMs);
}

interface ItemContext {
  marketplaceId: string;
  fulfilledBy: FulfilledBy;
  status: FulfillmentStatus;
  init: NewOrderInit;
  random: SeededRandom;
}

function createItems(
  world: StandInWorld,
  seller: StandInSeller,
  { marketplaceId, fulfilledBy, status, init, random }: ItemContext,
): StandInOrderItem[] {
  const listings = [...(world.listings.get(seller.sellingPartnerId)?.values() ?? [])];
  const channel = fulfilledBy === 'AMAZON' ? 'AFN' : 'MFN';
  const candidates = listings.filter((listing) => listing.fulfillmentChannel === channel);
  const chosen = init.items
    ? init.items.map((item) => ({ listing: requireListing(listings, item.sku), ...item }))
    : random
        .sample(candidates.length > 0 ? candidates : listings, random.integer(1, 3))
        .map((listing) => ({ listing, quantity: undefined }));

  return chosen.map(({ listing, quantity }, index) => {
    // A partial shipment needs at least two units: the first item carries them.
    const needsTwo = status === 'PARTIALLY_SHIPPED' && index === 0;
    const ordered = quantity ?? random.integer(needsTwo ? 2 : 1, 3);
    const shipped =
      status === 'SHIPPED' ? ordered : status === 'PARTIALLY_SHIPPED' && index === 0 ? 1 : 0;

    return {
      orderItemId: random.digits(14),
      asin: listing.asin,
      sellerSku: listing.sku,
      title: listing.itemName,
      quantityOrdered: ordered,
      quantityShipped: shipped,
      unitPrice: ourPriceOf(listing, marketplaceId) ?? 10,
    };
  });
}

function createPackages(
  items: StandInOrderItem[],
  createdMs: number,
  nowMs: number,
  random: SeededRandom,
): StandInPackage[] {
  const shipped = items.filter((item) => item.quantityShipped > 0);

  if (shipped.length === 0) {
    return [];
  }

  const carrier = random.pick(CARRIERS);
  const shipMs = Math.min(createdMs + random.integer(4, 40) * HOUR_MS, nowMs - 60_000);
  const shipDate = new Date(Math.max(createdMs, shipMs)).toISOString();

  return [
    {
      packageReferenceId: '1',
      ...carrier,
      trackingNumber: `1Z${random.code(16)}`,
      shipDate,
      createdTime: shipDate,
      items: shipped.map((item) => ({
        orderItemId: item.orderItemId,
        quantity: item.quantityShipped,
      })),
    },
  ];
}

function createOrderId(world: StandInWorld, seller: StandInSeller, random: SeededRandom): string {
  for (;;) {
    const prefix = random.pick(ORDER_ID_PREFIXES[seller.region]);
    const orderId = `${prefix}-${random.digits(7)}-${random.digits(7)}`;

    if (!world.ordersById.has(orderId)) {
      return orderId;
    }
  }
}

// Most orders come from the seller's home marketplace, as they do for real sellers.
function pickMarketplace(seller: StandInSeller, random: SeededRandom): string {
  const home = seller.marketplaceIds[0] ?? 'ATVPDKIKX0DER';
  return random.isHit(0.6) ? home : random.pick(seller.marketplaceIds);
}

function requireListing(listings: StandInListing[], sku: string): StandInListing {
  const listing = listings.find((candidate) => candidate.sku === sku);

  if (!listing) {
    throw new Error(`the seller has no listing with SKU ${sku}`);
  }

  return listing;
}

function window(earliestMs: number, latestMs: number): { earliest: string; latest: string } {
  return { earliest: new Date(earliestMs).toISOString(), latest: new Date(latestMs).toISOString() };
}
