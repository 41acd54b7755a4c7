import { SELLER_CENTRAL_HOSTS } from './hosts.ts';

// Everything the extension knows about which Seller Central page it is on comes from the URL:
// the markup changes by account and A/B bucket, the URL shapes have been stable for years.
type UrlLike = URL | string;

const ORDER_ID_PATTERN = /^\d{3}-\d{7}-\d{7}$/;
const ORDER_DETAILS_PATH = /^\/orders-v3\/order\/([^/]+)\/?$/;
const hosts: ReadonlySet<string> = new Set(SELLER_CENTRAL_HOSTS);

function toUrl(url: UrlLike): URL | undefined {
  if (url instanceof URL) {
    return url;
  }

  return URL.canParse(url) ? new URL(url) : undefined;
}

// Only https: a look-alike page served over http on the same name is not Seller Central.
function toSellerCentralUrl(url: UrlLike): URL | undefined {
  const parsed = toUrl(url);
  if (parsed?.protocol !== 'https:' || !hosts.has(parsed.hostname)) {
    return undefined;
  }

  return parsed;
}

export function isSellerCentralHost(url: UrlLike): boolean {
  return toSellerCentralUrl(url) !== undefined;
}

export function getOrderIdFromUrl(url: UrlLike): string | undefined {
  const pathname = toSellerCentralUrl(url)?.pathname ?? '';
  const candidate = ORDER_DETAILS_PATH.exec(pathname)?.[1];

  return candidate && ORDER_ID_PATTERN.test(candidate) ? candidate : undefined;
}

export function isOrderDetailsPage(url: UrlLike): boolean {
  return getOrderIdFromUrl(url) !== undefined;
}

// `/orders-v3` alone and its tabs (`/orders-v3/mfn/unshipped`, `/orders-v3/fba/all`, ...) list
// orders; `/orders-v3/order/...` is one order and `/orders-v3/search` keeps the list layout.
export function isManageOrdersPage(url: UrlLike): boolean {
  const pathname = toSellerCentralUrl(url)?.pathname;
  if (pathname === undefined || pathname.startsWith('/orders-v3/order/')) {
    return false;
  }

  return pathname === '/orders-v3' || pathname.startsWith('/orders-v3/');
}

// `/myinventory/inventory` is the current grid; `/inventory` and `/myi/search/...` are the older
// Manage Inventory pages that some accounts and marketplaces still get.
export function isInventoryPage(url: UrlLike): boolean {
  const pathname = toSellerCentralUrl(url)?.pathname;
  if (pathname === undefined) {
    return false;
  }

  return (
    /^\/myinventory\/inventory\/?$/.test(pathname) ||
    /^\/inventory\/?$/.test(pathname) ||
    pathname.startsWith('/myi/search/')
  );
}

// The listing editor carries the SKU in its query string; without one it is the "add a product"
// flow, which has nothing of ours to show yet.
export function getSkuFromListingEditUrl(url: UrlLike): string | undefined {
  const parsed = toSellerCentralUrl(url);
  if (!parsed?.pathname.startsWith('/abis/listing/edit')) {
    return undefined;
  }

  return parsed.searchParams.get('sku') || undefined;
}

export function isListingEditPage(url: UrlLike): boolean {
  return getSkuFromListingEditUrl(url) !== undefined;
}
