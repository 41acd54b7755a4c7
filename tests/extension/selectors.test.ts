import { describe, expect, test } from 'vitest';
import * as selectorModule from '../../extension/seller-central/selectors.ts';
import {
  findAllAnchors,
  findAllWithAlternative,
  findAnchor,
  inventoryGrid,
  orderLabelPanelAnchor,
  orderListOrderLink,
  pageLoadingOverlay,
  type Selector,
} from '../../extension/seller-central/selectors.ts';
import { markPageLoaded, parseSellerCentralFixture } from '../helpers/fixture-dom.ts';
import type { SellerCentralFixture } from '../helpers/fixture-routes.ts';

// Each alternative and the saved page variant it serves. A new alternative needs a fixture here.
const SERVED_VARIANTS: [Selector, number, SellerCentralFixture][] = [
  [pageLoadingOverlay, 0, 'order-details.html'],
  [pageLoadingOverlay, 0, 'order-details-no-anchor.html'],
  [pageLoadingOverlay, 1, 'order-details-redesign.html'],
  [orderLabelPanelAnchor, 0, 'order-details.html'],
  [orderLabelPanelAnchor, 1, 'order-details.html'],
  [orderLabelPanelAnchor, 2, 'order-details-redesign.html'],
  [orderListOrderLink, 0, 'manage-orders.html'],
  [orderListOrderLink, 1, 'manage-orders.html'],
  [orderListOrderLink, 1, 'manage-orders-search.html'],
  [inventoryGrid, 0, 'inventory.html'],
  [inventoryGrid, 1, 'inventory-classic.html'],
];

const ALL_SELECTORS = Object.values(selectorModule).filter(
  (value): value is Selector =>
    typeof value === 'object' && value !== null && 'alternatives' in value,
);

describe('selectors against saved Seller Central pages', () => {
  test.each(
    SERVED_VARIANTS.map(
      ([selector, index, fixture]) => [selector.name, index, fixture, selector] as const,
    ),
  )('%s alternative %i matches %s', (_name, index, fixture, selector) => {
    const alternative = selector.alternatives[index];
    expect(alternative).toBeDefined();

    const found = alternative
      ? findAllWithAlternative(alternative, parseSellerCentralFixture(fixture))
      : [];
    expect(found.length).toBeGreaterThan(0);
  });

  test('every alternative of every selector is proven against a fixture', () => {
    const proven = new Set(SERVED_VARIANTS.map(([selector, index]) => `${selector.name}#${index}`));
    const declared = ALL_SELECTORS.flatMap((selector) =>
      selector.alternatives.map((_alternative, index) => `${selector.name}#${index}`),
    );

    expect(ALL_SELECTORS.length).toBeGreaterThanOrEqual(4);
    expect(declared.filter((key) => !proven.has(key))).toEqual([]);
  });

  test('every selector has more than one alternative, and its name matches its export', () => {
    for (const [exportName, value] of Object.entries(selectorModule)) {
      if (ALL_SELECTORS.includes(value as Selector)) {
        expect((value as Selector).name).toBe(exportName);
        expect((value as Selector).alternatives.length).toBeGreaterThan(1);
      }
    }
  });
});

describe('findAnchor', () => {
  test('prefers the first alternative: the items table on the classic order page', () => {
    const anchor = findAnchor(
      orderLabelPanelAnchor,
      parseSellerCentralFixture('order-details.html'),
    );

    expect(anchor?.localName).toBe('table');
    expect(anchor?.querySelector('th[data-test-id="item-quantity-heading"]')).not.toBeNull();
  });

  test('finds the "Order contents" section on the redesigned page', () => {
    const anchor = findAnchor(
      orderLabelPanelAnchor,
      parseSellerCentralFixture('order-details-redesign.html'),
    );

    expect(anchor?.localName).toBe('section');
    expect(anchor?.querySelector('h2')?.textContent).toBe('Order contents');
  });

  test('finds nothing on a layout it does not know, so the fallback panel is used', () => {
    expect(
      findAnchor(orderLabelPanelAnchor, parseSellerCentralFixture('order-details-no-anchor.html')),
    ).toBeUndefined();
  });

  test('sees the loading overlay until the page has loaded', () => {
    for (const fixture of ['order-details.html', 'order-details-redesign.html'] as const) {
      const doc = parseSellerCentralFixture(fixture);
      expect(findAnchor(pageLoadingOverlay, doc), fixture).toBeDefined();

      markPageLoaded(doc);
      expect(findAnchor(pageLoadingOverlay, doc), fixture).toBeUndefined();
    }
  });

  test('lists every order link on Manage Orders, from one alternative only', () => {
    const links = findAllAnchors(
      orderListOrderLink,
      parseSellerCentralFixture('manage-orders.html'),
    );

    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/orders-v3/order/113-1234567-1234567',
      '/orders-v3/order/114-7654321-7654321',
      '/orders-v3/order/702-1111111-2222222',
    ]);
  });

  test('lists the order links of search results, where the orders table is missing', () => {
    const doc = parseSellerCentralFixture('manage-orders-search.html');
    const [tableLinks] = orderListOrderLink.alternatives;

    expect(tableLinks && findAllWithAlternative(tableLinks, doc)).toEqual([]);
    expect(findAllAnchors(orderListOrderLink, doc).map((link) => link.textContent)).toEqual([
      '113-1234567-1234567',
      'View order',
      '205-0000001-0000007',
      'Print packing slip',
    ]);
  });

  test('does not match across areas', () => {
    expect(
      findAnchor(inventoryGrid, parseSellerCentralFixture('order-details.html')),
    ).toBeUndefined();
    expect(
      findAnchor(orderLabelPanelAnchor, parseSellerCentralFixture('inventory.html')),
    ).toBeUndefined();
  });
});
