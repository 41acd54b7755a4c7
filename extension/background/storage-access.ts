import { browser } from 'wxt/browser';
import type { Logger } from '../logging/logger.ts';

// storage.local holds the seller's token. Content scripts run inside Seller Central's renderer
// process; closing the area to them means a compromised page process cannot ask the browser for
// the token. Chrome keeps this setting with the extension's preferences across restarts.
export async function closeStorageToContentScripts(logger: Logger): Promise<void> {
  try {
    await browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    logger.warn('Could not close storage to content scripts', error);
  }
}
