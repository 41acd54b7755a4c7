import { storage } from 'wxt/utils/storage';

// Settings live in storage.local, which the page's own scripts cannot reach: only the background,
// the extension's pages and our content scripts (isolated world) can read them.
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

export const serverUrlItem = storage.defineItem<string>('local:serverUrl', {
  fallback: DEFAULT_SERVER_URL,
});

export const debugLoggingItem = storage.defineItem<boolean>('local:debugLogging', {
  fallback: false,
});
