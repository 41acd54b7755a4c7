import type { PageSettings } from '../api/messages.ts';
import { debugLoggingItem, disabledFeaturesItem } from '../settings/settings-items.ts';

// Content scripts cannot read storage (it is closed to them), so they ask for these on each page.
export async function getPageSettings(): Promise<PageSettings> {
  const [isDebugLoggingEnabled, disabledFeatureIds] = await Promise.all([
    debugLoggingItem.getValue(),
    disabledFeaturesItem.getValue(),
  ]);

  return { isDebugLoggingEnabled, disabledFeatureIds };
}
