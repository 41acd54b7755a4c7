import { debugLoggingItem } from '../settings/settings-items.ts';
import { createLogger, type Logger } from './logger.ts';

// A logger for one extension context (background, content script, page) that follows the "debug
// logging" switch in options live. It is returned at once, because the background must register
// its listeners synchronously; the switch's stored value arrives a moment later.
export function createExtensionLogger(scope: string, signal?: AbortSignal): Logger {
  let isDebugEnabled = false;
  void debugLoggingItem.getValue().then((value) => {
    isDebugEnabled = value;
  });

  const unwatch = debugLoggingItem.watch((value) => {
    isDebugEnabled = value;
  });

  signal?.addEventListener('abort', unwatch, { once: true });

  return createLogger({ scope, isDebugEnabled: () => isDebugEnabled });
}
