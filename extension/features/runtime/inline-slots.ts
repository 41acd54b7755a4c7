import { findAllAnchors, type Selector } from '../../seller-central/selectors.ts';
import { createShadowHost } from './shadow-host.ts';

// One small shadow root beside each element a selector finds (an order id link in a list), for
// features that decorate many rows rather than place one panel.
export interface InlineSlot {
  // What the anchor stands for, e.g. its order id: one slot per key.
  key: string;
  // Inside a closed shadow root: render here (a React portal), never into the page itself.
  container: HTMLElement;
}

export interface InlineSlotsOptions {
  featureId: string;
  doc: Document;
  selector: Selector;
  position: InsertPosition;
  // Undefined skips the anchor: a link that does not name an order, say.
  keyOf(anchor: Element): string | undefined;
  tagName: string;
  css: string;
  signal: AbortSignal;
}

export interface InlineSlots {
  getSlots(): readonly InlineSlot[];
  subscribe(listener: () => void): () => void;
}

interface PlacedSlot extends InlineSlot {
  host: HTMLElement;
}

// Loose like mount-panel's check: the same parent is enough, so a list that adds nodes beside the
// link does not make us move the host on every render.
function isPlaced(host: Element, anchor: Element, position: InsertPosition): boolean {
  const isInside = position === 'afterbegin' || position === 'beforeend';

  return isInside ? host.parentElement === anchor : host.parentElement === anchor.parentElement;
}

// The first anchor per key wins: a row that links its order twice still gets one slot.
function collectAnchors(options: InlineSlotsOptions): Map<string, Element> {
  const anchors = new Map<string, Element>();
  for (const anchor of findAllAnchors(options.selector, options.doc)) {
    const key = options.keyOf(anchor);
    if (key !== undefined && !anchors.has(key)) {
      anchors.set(key, anchor);
    }
  }

  return anchors;
}

function createSlot(options: InlineSlotsOptions, key: string): PlacedSlot {
  const { host, root } = createShadowHost(options.doc, options.tagName, options.css);
  const container = options.doc.createElement('span');
  host.dataset.kayistraFeature = options.featureId;
  root.append(container);

  return { key, host, container };
}

function placeBesideAnchors(
  placed: Map<string, PlacedSlot>,
  anchors: Map<string, Element>,
  options: InlineSlotsOptions,
): void {
  for (const [key, anchor] of anchors) {
    const slot = placed.get(key) ?? createSlot(options, key);
    placed.set(key, slot);
    if (!slot.host.isConnected || !isPlaced(slot.host, anchor, options.position)) {
      anchor.insertAdjacentElement(options.position, slot.host);
    }
  }
}

function removeLeftSlots(placed: Map<string, PlacedSlot>, anchors: Map<string, Element>): void {
  for (const [key, slot] of placed) {
    if (!anchors.has(key)) {
      slot.host.remove();
      placed.delete(key);
    }
  }
}

function hasSameKeys(placed: Map<string, PlacedSlot>, snapshot: readonly InlineSlot[]): boolean {
  const keys = [...placed.keys()];

  return keys.length === snapshot.length && keys.every((key, i) => snapshot[i]?.key === key);
}

// Keeps a slot beside every anchor as the list re-renders, pages and filters: a slot follows its
// key to the row's new link (its container, and what is rendered in it, stay the same), and goes
// when its key leaves the page. Listeners hear only when the set of keys changes.
export function watchInlineSlots(options: InlineSlotsOptions): InlineSlots {
  const placed = new Map<string, PlacedSlot>();
  const listeners = new Set<() => void>();
  let snapshot: readonly InlineSlot[] = [];

  const placeSlots = () => {
    const anchors = collectAnchors(options);
    placeBesideAnchors(placed, anchors, options);
    removeLeftSlots(placed, anchors);
    if (hasSameKeys(placed, snapshot)) {
      return;
    }

    snapshot = [...placed.values()].map(({ key, container }) => ({ key, container }));
    for (const listener of listeners) {
      listener();
    }
  };

  // Our own insertions wake the observer too; the second pass finds everything placed and stops.
  const observer = new MutationObserver(placeSlots);
  observer.observe(options.doc.documentElement, { childList: true, subtree: true });
  placeSlots();

  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      listeners.clear();
      for (const slot of placed.values()) {
        slot.host.remove();
      }

      placed.clear();
    },
    { once: true },
  );

  return {
    getSlots: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
