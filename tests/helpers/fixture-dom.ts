import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SELLER_CENTRAL_FIXTURE_DIR, type SellerCentralFixture } from './fixture-routes.ts';

// Loads a saved Seller Central page into the test's (happy-dom) document as the page's app has
// rendered it: the inline scripts do not run, so the loading overlay stays unless removed.
export function loadSellerCentralFixture(
  name: SellerCentralFixture,
  { isLoaded = true }: { isLoaded?: boolean } = {},
): Document {
  const html = readFileSync(path.join(SELLER_CENTRAL_FIXTURE_DIR, name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;

  if (isLoaded) {
    markPageLoaded(document);
  }

  return document;
}

// What Seller Central's app does when an order has loaded: overlay gone, busy flag cleared.
export function markPageLoaded(doc: Document): void {
  doc.getElementById('apploading')?.remove();
  for (const busy of doc.querySelectorAll('[aria-busy="true"]')) {
    busy.setAttribute('aria-busy', 'false');
  }
}

// A detached copy of a fixture, for tests that only query it.
export function parseSellerCentralFixture(name: SellerCentralFixture): Document {
  const html = readFileSync(path.join(SELLER_CENTRAL_FIXTURE_DIR, name), 'utf8');

  return new DOMParser().parseFromString(html, 'text/html');
}
