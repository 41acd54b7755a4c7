import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From a path, not `new URL(..., import.meta.url)`: under happy-dom, URL is the DOM's own class,
// which node's fileURLToPath refuses.
export const SELLER_CENTRAL_FIXTURE_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/seller-central',
);

export type SellerCentralFixture =
  | 'order-details.html'
  | 'order-details-redesign.html'
  | 'order-details-no-anchor.html'
  | 'manage-orders.html'
  | 'manage-orders-search.html'
  | 'inventory.html'
  | 'inventory-classic.html';

// Order ids that pick a page variant; any other well-formed id gets the classic order page.
export const FIXTURE_ORDER_IDS = {
  classic: '113-1234567-1234567',
  redesign: '114-7654321-7654321',
  noAnchor: '702-1111111-2222222',
} as const;

// The classic order fixture's stand-in for Seller Central's router, for client-side navigation.
export interface FixtureAppWindow {
  fixtureApp: { openOrder(orderId: string): void };
}

const ORDER_VARIANTS: Record<string, SellerCentralFixture> = {
  [FIXTURE_ORDER_IDS.redesign]: 'order-details-redesign.html',
  [FIXTURE_ORDER_IDS.noAnchor]: 'order-details-no-anchor.html',
};

// Which saved page stands in for a Seller Central URL, on any host; undefined means 404.
export function resolveSellerCentralFixture(url: URL): SellerCentralFixture | undefined {
  const { pathname } = url;
  const orderId = /^\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})$/.exec(pathname)?.[1];
  if (orderId) {
    return ORDER_VARIANTS[orderId] ?? 'order-details.html';
  }

  if (pathname === '/orders-v3/search') {
    return 'manage-orders-search.html';
  }

  if (pathname === '/orders-v3' || /^\/orders-v3\/(mfn|fba|afn)\//.test(pathname)) {
    return 'manage-orders.html';
  }

  if (pathname === '/myinventory/inventory') {
    return 'inventory.html';
  }

  return pathname === '/inventory' || pathname.startsWith('/myi/search/')
    ? 'inventory-classic.html'
    : undefined;
}

export function readSellerCentralFixture(name: SellerCentralFixture): Promise<string> {
  return readFile(path.join(SELLER_CENTRAL_FIXTURE_DIR, name), 'utf8');
}

export const NOT_FOUND_PAGE =
  '<!doctype html><html lang="en"><head><title>Page not found</title></head>' +
  '<body><h1>Page not found</h1><p>No fixture stands in for this Seller Central page.</p></body></html>';
