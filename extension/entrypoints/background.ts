import { defineBackground } from 'wxt/utils/define-background';
import { listenForMessages } from '../background/message-router.ts';
import { closeStorageToContentScripts } from '../background/storage-access.ts';
import { createExtensionLogger } from '../logging/extension-logger.ts';

// Listeners are registered synchronously at start-up: Chrome drops a message that woke the
// service worker if its listener is only added after an await.
export default defineBackground(() => {
  const logger = createExtensionLogger('background');
  listenForMessages(logger);
  void closeStorageToContentScripts(logger);
});
