import { describe, expect, test } from 'vitest';
import { SELLER_CENTRAL_HOSTS } from '../../extension/seller-central/hosts.ts';
import {
  getOrderIdFromUrl,
  getSkuFromListingEditUrl,
  isInventoryPage,
  isListingEditPage,
  isManageOrdersPage,
  isOrderDetailsPage,
  isSellerCentralHost,
} from '../../extension/seller-central/pages.ts';

type Page = 'orderDetails' | 'manageOrders' | 'inventory' | 'listingEdit' | 'none';

// URL shapes as Seller Central uses them (seller-central.md), checked on every host.
const SHAPES: { path: string; page: Page; orderId?: string; sku?: string }[] = [
  {
    path: '/orders-v3/order/113-1234567-1234567',
    page: 'orderDetails',
    orderId: '113-1234567-1234567',
  },
  {
    path: '/orders-v3/order/702-0000001-9999999/',
    page: 'orderDetails',
    orderId: '702-0000001-9999999',
  },
  {
    path: '/orders-v3/order/113-1234567-1234567?ref_=xx_myo',
    page: 'orderDetails',
    orderId: '113-1234567-1234567',
  },
  { path: '/orders-v3', page: 'manageOrders' },
  { path: '/orders-v3/mfn/unshipped', page: 'manageOrders' },
  { path: '/orders-v3/mfn/shipped?page=2', page: 'manageOrders' },
  { path: '/orders-v3/fba/all', page: 'manageOrders' },
  { path: '/orders-v3/search?q=113-1234567-1234567&qt=orderid', page: 'manageOrders' },
  { path: '/myinventory/inventory?fulfilledBy=all&page=1', page: 'inventory' },
  {
    path: '/inventory?tbla_myitable=sort:%7B%22sortOrder%22%3A%22DESCENDING%22%7D',
    page: 'inventory',
  },
  { path: '/myi/search/OpenListingsSummary', page: 'inventory' },
  {
    path: '/abis/listing/edit?marketplaceID=ATVPDKIKX0DER&sku=KY-MUG-001',
    page: 'listingEdit',
    sku: 'KY-MUG-001',
  },
  {
    path: '/abis/listing/edit/offer?sku=KY%20TOWEL%2F4&productType=TOWEL',
    page: 'listingEdit',
    sku: 'KY TOWEL/4',
  },
  { path: '/home', page: 'none' },
  { path: '/orders-v3/order/113-12345-1234567', page: 'none' },
  { path: '/orders-v3/order/113-1234567-1234567/confirm-shipment', page: 'none' },
  { path: '/abis/listing/edit?marketplaceID=ATVPDKIKX0DER', page: 'none' },
  { path: '/myinventory/inventory-health', page: 'none' },
];

const PREDICATES: [Page, (url: string) => boolean][] = [
  ['orderDetails', isOrderDetailsPage],
  ['manageOrders', isManageOrdersPage],
  ['inventory', isInventoryPage],
  ['listingEdit', isListingEditPage],
];

// The page a URL is, checking that no two predicates claim it.
function classify(url: string): Page {
  const matches = PREDICATES.filter(([, matchesUrl]) => matchesUrl(url)).map(([page]) => page);
  expect(matches.length, `${url} matched ${matches.join(', ')}`).toBeLessThanOrEqual(1);

  return matches[0] ?? 'none';
}

describe.each(SELLER_CENTRAL_HOSTS)('page predicates on %s', (host) => {
  test.each(SHAPES)('$path is $page', ({ path, page, orderId, sku }) => {
    const url = `https://${host}${path}`;

    expect(isSellerCentralHost(url)).toBe(true);
    expect(classify(url)).toBe(page);
    expect(classify(new URL(url).href)).toBe(page);
    expect(getOrderIdFromUrl(new URL(url))).toBe(orderId);
    expect(getSkuFromListingEditUrl(url)).toBe(sku);
  });
});

describe('pages that are not Seller Central', () => {
  test.each([
    'http://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567',
    'https://sellercentral.amazon.com.evil.example/orders-v3/order/113-1234567-1234567',
    'https://evil-sellercentral.amazon.com/orders-v3/order/113-1234567-1234567',
    'https://www.amazon.com/orders-v3/order/113-1234567-1234567',
    'https://sellercentral.amazon.cn/orders-v3/order/113-1234567-1234567',
    'not a url',
  ])('%s matches nothing', (url) => {
    expect(isSellerCentralHost(url)).toBe(false);
    expect(classify(url)).toBe('none');
    expect(getOrderIdFromUrl(url)).toBeUndefined();
  });
});

test('the host list holds exactly the documented Seller Central hosts, once each', () => {
  expect(new Set(SELLER_CENTRAL_HOSTS).size).toBe(SELLER_CENTRAL_HOSTS.length);
  expect(SELLER_CENTRAL_HOSTS).toHaveLength(20);
  for (const host of SELLER_CENTRAL_HOSTS) {
    expect(host).toMatch(/^sellercentral(-europe)?\.amazon\.[a-z.]+$/);
  }
});
