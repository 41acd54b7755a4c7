import { findAnchor, pageLoadingOverlay } from '../../seller-central/selectors.ts';
import type { FeatureAnchor } from './feature.ts';
import { waitForDom } from './wait-for-dom.ts';

export interface PageTiming {
  // How long a slow order page may keep its loading overlay before we place panels regardless.
  loadingTimeoutMs: number;
  // How long after loading an anchor may still appear before the panel goes to the fallback dock.
  anchorGraceMs: number;
}

export const DEFAULT_PAGE_TIMING: PageTiming = { loadingTimeoutMs: 15_000, anchorGraceMs: 1_000 };

async function waitForPageReady(doc: Document, signal: AbortSignal, timing: PageTiming) {
  const isReady = () => (findAnchor(pageLoadingOverlay, doc) ? undefined : true);
  await waitForDom(isReady, {
    observe: doc.documentElement,
    signal,
    timeoutMs: timing.loadingTimeoutMs,
    attributeFilter: ['aria-busy'],
  });
}

// Waits for the page to finish loading, then briefly for the anchor, because sections of the
// order page render one after another. Undefined means the panel belongs in our fallback dock.
export async function waitForAnchor(
  doc: Document,
  anchor: FeatureAnchor | undefined,
  signal: AbortSignal,
  timing: PageTiming,
): Promise<Element | undefined> {
  await waitForPageReady(doc, signal, timing);
  if (!anchor) {
    return undefined;
  }

  return waitForDom(() => findAnchor(anchor.selector, doc), {
    observe: doc.documentElement,
    signal,
    timeoutMs: timing.anchorGraceMs,
  });
}
