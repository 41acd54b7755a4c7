// Our markup lives in closed shadow roots: Seller Central's CSS cannot restyle it, and the page's
// own scripts get `null` from `host.shadowRoot`, so they cannot read what our panels show.
// The tag names are custom-element names that are never defined: content scripts have no
// custom element registry, and an undefined autonomous element still accepts a shadow root.
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

// `all: initial` stops the page's inherited fonts, colours and line heights at our border.
const HOST_RESET = ':host { all: initial; display: block; }';

function addStyles(root: ShadowRoot, css: string): void {
  const style = root.ownerDocument.createElement('style');
  style.textContent = `${HOST_RESET}\n${css}`;
  root.append(style);
}

export function createShadowHost(doc: Document, tagName: string, css: string): ShadowHost {
  const host = doc.createElement(tagName);
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(root, css);

  return { host, root };
}
