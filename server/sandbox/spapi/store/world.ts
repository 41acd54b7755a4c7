import type { SpApiRegion } from '../demo/marketplaces.ts';
import type { JsonObject } from '../derive/derived-model.ts';

/** The stand-in's data: what Amazon would hold for the sellers who authorised our app. */
export interface StandInWorld {
  sellers: StandInSeller[];
  ordersBySeller: Map<string, StandInOrder[]>;
  ordersById: Map<string, StandInOrder>;
  /** Per seller, per SKU. */
  listings: Map<string, Map<string, StandInListing>>;
  /** Per seller, per SKU: FBA stock of the seller's AFN listings. */
  inventory: Map<string, Map<string, StandInInventory>>;
  /** Other sellers' offers per `<marketplaceId>|<asin>`. */
  competitorOffers: Map<string, CompetitorOffer[]>;
}

export interface StandInSeller {
  sellingPartnerId: string;
  storeName: string;
  region: SpApiRegion;
  marketplaceIds: string[];
  /** A refresh token the stand-in accepts, as if the seller had already authorised the app. */
  refreshToken: string;
}

export type FulfillmentStatus =
  | 'PENDING_AVAILABILITY'
  | 'PENDING'
  | 'UNSHIPPED'
  | 'PARTIALLY_SHIPPED'
  | 'SHIPPED'
  | 'CANCELLED'
  | 'UNFULFILLABLE';

export type FulfilledBy = 'MERCHANT' | 'AMAZON';

export interface StandInAddress {
  name: string;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  /** Absent on purpose for one US demo order, for label validation tests. */
  stateOrRegion?: string;
  postalCode: string;
  countryCode: string;
  phone: string;
  addressType: 'RESIDENTIAL' | 'COMMERCIAL';
}

export interface StandInOrderItem {
  orderItemId: string;
  asin: string;
  sellerSku: string;
  title: string;
  quantityOrdered: number;
  quantityShipped: number;
  /** Price of one unit in the order's currency. */
  unitPrice: number;
  /** Amazon's IOSS number, on lines whose EU import VAT Amazon collected. */
  iossNumber?: string;
}

export interface StandInPackage {
  packageReferenceId: string;
  carrierCode: string;
  carrierName?: string;
  shippingMethod?: string;
  trackingNumber: string;
  shipDate: string;
  createdTime: string;
  items: { orderItemId: string; quantity: number }[];
}

export interface StandInOrder {
  orderId: string;
  sellerId: string;
  marketplaceId: string;
  currencyCode: string;
  createdTime: string;
  lastUpdatedTime: string;
  fulfillmentStatus: FulfillmentStatus;
  fulfilledBy: FulfilledBy;
  serviceLevel: 'STANDARD' | 'EXPEDITED';
  programs: string[];
  shipBy: { earliest: string; latest: string };
  deliverBy: { earliest: string; latest: string };
  items: StandInOrderItem[];
  packages: StandInPackage[];
  buyer: { buyerName: string; buyerEmail: string };
  deliveryAddress: StandInAddress;
}

export type FulfillmentChannel = 'MFN' | 'AFN';

/**
 * A listing as the Listings Items API sees it. `attributes` is the source of truth (price in
 * `purchasable_offer`, stock in `fulfillment_availability`), so patches and feeds change the
 * same data that reads return.
 */
export interface StandInListing {
  sellerId: string;
  sku: string;
  asin: string;
  productType: string;
  itemName: string;
  fulfillmentChannel: FulfillmentChannel;
  marketplaceIds: string[];
  createdDate: string;
  lastUpdatedDate: string;
  attributes: Record<string, JsonObject[]>;
}

export interface StandInInventory {
  sellerSku: string;
  asin: string;
  fnSku: string;
  productName: string;
  fulfillable: number;
  inboundWorking: number;
  inboundShipped: number;
  inboundReceiving: number;
  reserved: number;
  unfulfillable: number;
  lastUpdatedTime: string;
}

export interface CompetitorOffer {
  sellerId: string;
  price: number;
  shipping: number;
  isFulfilledByAmazon: boolean;
  isPrime: boolean;
  feedbackCount: number;
  positiveFeedbackPercent: number;
}

export function createEmptyWorld(): StandInWorld {
  return {
    sellers: [],
    ordersBySeller: new Map(),
    ordersById: new Map(),
    listings: new Map(),
    inventory: new Map(),
    competitorOffers: new Map(),
  };
}
