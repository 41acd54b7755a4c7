import { createLogger, type Logger } from '../logging/logger.ts';
import { sendMessage } from './send-message.ts';

export interface ContentScriptSettings {
  logger: Logger;
  // Asked again on every page view, so switching a feature off in options takes effect on the
  // next page without reloading Seller Central; the debug switch follows at the same moment.
  loadDisabledFeatureIds(): Promise<ReadonlySet<string>>;
}

// Content scripts may not read storage (the token lives there), so their settings come from the
// background. Until the first answer arrives the logger stays quiet, as with debug logging off.
export function createContentScriptSettings(scope: string): ContentScriptSettings {
  let isDebugEnabled = false;
  const logger = createLogger({ scope, isDebugEnabled: () => isDebugEnabled });

  return {
    logger,
    async loadDisabledFeatureIds() {
      const settings = await sendMessage({ type: 'GET_PAGE_SETTINGS' });
      isDebugEnabled = settings.isDebugLoggingEnabled;

      return new Set(settings.disabledFeatureIds);
    },
  };
}
