import orderLabelPanel from './order-label-panel.tsx';
import orderListBadges from './order-list-badges.tsx';
import type { Feature, FeatureArea } from './runtime/feature.ts';

// Every feature, once: the content scripts run only what is listed here, and
// tests/extension/feature-registry.test.ts fails when a feature file in this folder is not.
export const FEATURES: readonly Feature[] = [orderLabelPanel, orderListBadges];

export function listFeaturesForArea(area: FeatureArea): Feature[] {
  return FEATURES.filter((feature) => feature.area === area);
}
