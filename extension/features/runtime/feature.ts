import type { ReactNode } from 'react';
import type { Logger } from '../../logging/logger.ts';
import type { Selector } from '../../seller-central/selectors.ts';

// Each content script runs the features of its own Seller Central area.
export type FeatureArea = 'orders' | 'inventory';

// Where a feature's panel goes: next to or inside the element the selector finds.
export interface FeatureAnchor {
  selector: Selector;
  position: InsertPosition;
  // False for features that decorate what the page lists (badges beside rows): with nothing
  // listed there is nothing to show, so our fixed panel must not open for them.
  hasFallbackPanel?: boolean;
}

// The anchor the runtime found once the page was ready, our own fixed panel when none was, or
// nothing at all for a feature without a fallback panel.
export type PanelTarget =
  | { kind: 'anchor'; anchor: Element }
  | { kind: 'fallback'; container: HTMLElement }
  | { kind: 'none' };

export interface FeatureContext {
  url: URL;
  doc: Document;
  // Aborted when the seller navigates away or the feature fails: stop timers, requests, panels.
  signal: AbortSignal;
  logger: Logger;
  target: PanelTarget;
  // Renders into a shadow root at the target, keeps it there as Seller Central re-renders, and
  // removes it when `signal` aborts.
  mount(node: ReactNode): void;
}

export interface Feature {
  // Also the file name under extension/features/ and the key of its toggle in options.
  id: string;
  area: FeatureArea;
  appliesTo(url: URL): boolean;
  anchor?: FeatureAnchor;
  run(context: FeatureContext): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
