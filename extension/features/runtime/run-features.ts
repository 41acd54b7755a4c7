import type { ReactNode } from 'react';
import type { Logger } from '../../logging/logger.ts';
import { closeFallbackDockIfEmpty, openFallbackDock } from './fallback-dock.ts';
import type { Feature, PanelTarget } from './feature.ts';
import { watchLocation } from './location-watcher.ts';
import { mountPanel } from './mount-panel.ts';
import { DEFAULT_PAGE_TIMING, type PageTiming, waitForAnchor } from './page-ready.ts';

export interface RunFeaturesOptions {
  features: readonly Feature[];
  win: Window;
  logger: Logger;
  // The content script's lifetime: aborted when the extension is updated or disabled.
  signal: AbortSignal;
  timing?: PageTiming;
  // The features the seller switched off in options; asked once per page view.
  loadDisabledFeatureIds?: () => Promise<ReadonlySet<string>>;
}

interface PageView {
  url: URL;
  doc: Document;
  signal: AbortSignal;
  logger: Logger;
  timing: PageTiming;
}

function toTarget(doc: Document, feature: Feature, anchor: Element | undefined): PanelTarget {
  if (anchor) {
    return { kind: 'anchor', anchor };
  }

  return feature.anchor?.hasFallbackPanel === false
    ? { kind: 'none' }
    : { kind: 'fallback', container: openFallbackDock(doc) };
}

// One feature for one page view. A failure (thrown, rejected, or a React render error) aborts
// only this feature: its panel goes, the others stay, and it is logged once. The next page view
// runs it again, so one broken order page does not switch the feature off for the session.
async function runFeature(feature: Feature, view: PageView): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  const logger = view.logger.child(feature.id);
  view.signal.addEventListener('abort', () => controller.abort(), { once: true, signal });
  signal.addEventListener('abort', () => closeFallbackDockIfEmpty(view.doc), { once: true });

  const fail = (error: unknown) => {
    if (!signal.aborted) {
      controller.abort();
      logger.error('Feature failed and is off until the next page', error);
    }
  };

  try {
    const anchor = await waitForAnchor(view.doc, feature.anchor, signal, view.timing);
    if (signal.aborted) {
      return;
    }

    const target = toTarget(view.doc, feature, anchor);
    logger.debug(`Placement: ${target.kind}`);
    const mount = (node: ReactNode) => {
      if (!signal.aborted) {
        const { doc } = view;
        mountPanel({
          featureId: feature.id,
          doc,
          anchor: feature.anchor,
          node,
          signal,
          onError: fail,
        });
      }
    };

    await feature.run({ url: view.url, doc: view.doc, signal, logger, target, mount });
  } catch (error) {
    fail(error);
  }
}

const NONE_DISABLED: ReadonlySet<string> = new Set();

// A feature switched off in options never runs. When the switches cannot be read (the extension
// restarting), the features run as they do by default rather than vanish without a word.
async function listDisabled(view: PageView, load: RunFeaturesOptions['loadDisabledFeatureIds']) {
  if (!load) {
    return NONE_DISABLED;
  }

  try {
    return await load();
  } catch (error) {
    view.logger.warn('Could not read the feature switches; running every feature', error);
    return NONE_DISABLED;
  }
}

async function runPageView(
  features: readonly Feature[],
  view: PageView,
  options: RunFeaturesOptions,
) {
  const applicable = features.filter((candidate) => candidate.appliesTo(view.url));
  if (applicable.length === 0) {
    return;
  }

  const disabled = await listDisabled(view, options.loadDisabledFeatureIds);
  if (view.signal.aborted) {
    return;
  }

  for (const feature of applicable.filter((candidate) => !disabled.has(candidate.id))) {
    void runFeature(feature, view);
  }
}

// Runs the features that apply to the current URL, and again after every client-side navigation,
// tearing down the previous page view's features first.
export function runFeatures(options: RunFeaturesOptions): void {
  const { features, win, logger, signal, timing } = options;
  let pageView: AbortController | undefined;
  const startPageView = (url: URL) => {
    pageView?.abort();
    pageView = new AbortController();
    const view: PageView = {
      url,
      doc: win.document,
      signal: pageView.signal,
      logger,
      timing: timing ?? DEFAULT_PAGE_TIMING,
    };

    void runPageView(features, view, options);
  };

  signal.addEventListener('abort', () => pageView?.abort(), { once: true });
  watchLocation(win, startPageView, signal);
  startPageView(new URL(win.location.href));
}
