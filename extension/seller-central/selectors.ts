// The only module that knows Seller Central's markup. Amazon changes it by account, marketplace
// and A/B bucket, so every selector lists alternatives in order of trust: data-test-id and ids
// first, then ARIA, then visible text, then structure. Each alternative names the page variant
// it serves; tests/extension/selectors.test.ts proves every alternative against a saved fixture.
// Never add a selector for buyer data: addresses and names come from SP-API on the server.

export interface SelectorAlternative {
  css: string;
  // Keeps only candidates whose trimmed text matches, for variants with no stable attribute.
  text?: RegExp;
  // Climbs from the candidate to the element that should serve as the anchor.
  closest?: string;
}

export interface Selector {
  name: string;
  alternatives: readonly SelectorAlternative[];
}

export const pageLoadingOverlay: Selector = {
  name: 'pageLoadingOverlay',
  alternatives: [
    // Orders app (classic and current order pages): an overlay removed once the order is loaded.
    { css: '#MYO-app #apploading' },
    // Redesigned order page: no overlay, the app region is marked busy while it loads.
    { css: '#MYO-app [aria-busy="true"]' },
  ],
};

export const orderLabelPanelAnchor: Selector = {
  name: 'orderLabelPanelAnchor',
  alternatives: [
    // Classic order page: the "Order contents" table with test ids on its headings.
    { css: 'table.a-keyvalue th[data-test-id="item-quantity-heading"]', closest: 'table' },
    // Classic order page in buckets that ship without test ids: the same key-value table.
    { css: '#MYO-app table.a-keyvalue' },
    // Redesigned order page: sections titled by headings, items no longer in a table.
    { css: '#MYO-app section h2', text: /^order contents$/i, closest: 'section' },
  ],
};

export const orderListOrderLink: Selector = {
  name: 'orderListOrderLink',
  alternatives: [
    // Manage Orders (current): the order id in each row of the orders table links to its page.
    { css: '[data-test-id="orders-table"] a[href*="/orders-v3/order/"]' },
    // Any other list layout (search results as cards, older tabs): rows still link to the
    // details page. This also finds "View order" and packing-slip links: callers keep only the
    // links whose path is exactly an order's page, one per order.
    { css: '#MYO-app a[href*="/orders-v3/order/"]' },
  ],
};

export const inventoryGrid: Selector = {
  name: 'inventoryGrid',
  alternatives: [
    // Manage Inventory (current, /myinventory/inventory): an ARIA grid; its classes are hashed
    // CSS-module names (JanusTable-module__...), so never anchor on them.
    { css: '[role="grid"][aria-label]' },
    // Older Manage Inventory (/inventory, /myi/search): a plain table with a stable id.
    { css: 'table#myitable' },
  ],
};

// Exported for the fixture tests, which check each alternative on its own.
export function findAllWithAlternative(
  alternative: SelectorAlternative,
  root: ParentNode,
): Element[] {
  const { css, text, closest } = alternative;
  const candidates = Array.from(root.querySelectorAll(css));
  const matching = text
    ? candidates.filter((element) => text.test(element.textContent?.trim() ?? ''))
    : candidates;

  const anchors = closest ? matching.map((element) => element.closest(closest)) : matching;

  return [...new Set(anchors.filter((element): element is Element => element !== null))];
}

export function findAnchor(selector: Selector, root: ParentNode = document): Element | undefined {
  return findAllAnchors(selector, root)[0];
}

// All matches of the first alternative that matches anything: mixing alternatives would mix
// page variants, which never share one page.
export function findAllAnchors(selector: Selector, root: ParentNode = document): Element[] {
  for (const alternative of selector.alternatives) {
    const found = findAllWithAlternative(alternative, root);
    if (found.length > 0) {
      return found;
    }
  }

  return [];
}
