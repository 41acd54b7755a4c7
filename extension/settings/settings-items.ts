import { storage } from 'wxt/utils/storage';

// Settings live in storage.local, which only the background and the extension's own pages can
// read: the background closes it to content scripts (see background/storage-access.ts), which
// ask the background for what they need.
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

export const serverUrlItem = storage.defineItem<string>('local:serverUrl', {
  fallback: DEFAULT_SERVER_URL,
});

export const debugLoggingItem = storage.defineItem<boolean>('local:debugLogging', {
  fallback: false,
});

// The features the seller switched off, by id. Stored as the "off" list so that a feature added
// in an update starts switched on.
export const disabledFeaturesItem = storage.defineItem<string[]>('local:disabledFeatures', {
  fallback: [],
});
