import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { PANEL_CSS } from '../../components/panel-styles.ts';
import { findAnchor } from '../../seller-central/selectors.ts';
import { closeFallbackDockIfEmpty, openFallbackDock } from './fallback-dock.ts';
import type { FeatureAnchor, PanelTarget } from './feature.ts';
import { createShadowHost } from './shadow-host.ts';

export interface MountPanelOptions {
  featureId: string;
  doc: Document;
  anchor: FeatureAnchor | undefined;
  node: ReactNode;
  signal: AbortSignal;
  onError(error: unknown): void;
}

// Loose on purpose: only "beside the anchor" or "inside it" matters. Demanding an exact sibling
// slot would make us move the panel every time Seller Central adds a node, and fight its renders.
function isPlaced(host: Element, anchor: Element, position: InsertPosition): boolean {
  const isInside = position === 'afterbegin' || position === 'beforeend';

  return isInside ? host.parentElement === anchor : host.parentElement === anchor.parentElement;
}

function placeHost(host: HTMLElement, doc: Document, anchor?: FeatureAnchor): PanelTarget {
  const anchorElement = anchor ? findAnchor(anchor.selector, doc) : undefined;
  if (anchor && anchorElement) {
    if (!isPlaced(host, anchorElement, anchor.position)) {
      anchorElement.insertAdjacentElement(anchor.position, host);
    }

    closeFallbackDockIfEmpty(doc);
    return { kind: 'anchor', anchor: anchorElement };
  }

  const dock = openFallbackDock(doc);
  if (host.parentElement !== dock) {
    dock.append(host);
  }

  return { kind: 'fallback', container: dock };
}

// Renders `node` into a closed shadow root beside the anchor, or in our fallback dock. Seller
// Central re-renders parts of the page and can throw our host away with them, so a mutation
// observer puts the same host (and its React state) back beside the current anchor.
export function mountPanel(options: MountPanelOptions): PanelTarget {
  const { featureId, doc, anchor, node, signal, onError } = options;
  const { host, root } = createShadowHost(doc, 'kayistra-panel', PANEL_CSS);
  const container = doc.createElement('div');
  host.dataset.kayistraFeature = featureId;
  root.append(container);

  const reactRoot = createRoot(container, { onUncaughtError: (error) => onError(error) });
  reactRoot.render(node);
  const target = placeHost(host, doc, anchor);

  let current = target;
  const observer = new MutationObserver(() => {
    const isStillPlaced =
      current.kind === 'anchor' && current.anchor.isConnected && host.isConnected;
    if (!isStillPlaced) {
      current = placeHost(host, doc, anchor);
    }
  });

  observer.observe(doc.documentElement, { childList: true, subtree: true });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      reactRoot.unmount();
      host.remove();
      closeFallbackDockIfEmpty(doc);
    },
    { once: true },
  );

  return target;
}
