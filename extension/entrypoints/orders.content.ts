import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContentScriptSettings } from '../api/content-script-settings.ts';
import { listFeaturesForArea } from '../features/registry.ts';
import { runFeatures } from '../features/runtime/run-features.ts';
import { toMatchPatterns } from '../seller-central/hosts.ts';

// The orders area: Manage Orders and each order's page, on every Seller Central host. Moving
// between them is often client-side, so one script covers the whole area.
export default defineContentScript({
  matches: toMatchPatterns('/orders-v3*'),
  main(ctx) {
    const { logger, loadDisabledFeatureIds } = createContentScriptSettings('orders');
    runFeatures({
      features: listFeaturesForArea('orders'),
      win: window,
      logger,
      signal: ctx.signal,
      loadDisabledFeatureIds,
    });
  },
});
