import { vi } from 'vitest';

// Our panels use closed shadow roots, which `host.shadowRoot` hides from tests as from pages.
// Recording attachShadow's results gives the tests the extension's own view, as
// chrome.dom.openOrClosedShadowRoot does in the browser tests.
export function recordShadowRoots(): {
  rootOf(host: Element | null | undefined): ShadowRoot | undefined;
} {
  const roots = new Map<Element, ShadowRoot>();
  const attachShadow = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  });

  return { rootOf: (host) => (host ? roots.get(host) : undefined) };
}

// The text a panel shows, without its stylesheet.
export function readShadowText(root: ShadowRoot | undefined): string {
  const content = Array.from(root?.children ?? []).filter((child) => child.localName !== 'style');

  return content
    .map((child) => child.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
