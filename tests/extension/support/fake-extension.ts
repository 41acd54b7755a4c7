import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SessionChangedEventSchema } from '../../../extension/api/session-events.ts';
import { handleMessage } from '../../../extension/background/message-router.ts';
import { createLogger } from '../../../extension/logging/logger.ts';

const quietLogger = createLogger({
  scope: 'test',
  isDebugEnabled: () => false,
  sink: { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() },
});

// Requests go straight to the real background router and the background's SESSION_CHANGED to
// the pages' listeners, as Chrome carries them. (The in-memory browser alone would hand back the
// listeners' return values, not their asynchronous answers.)
export function connectPagesToBackground(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    if (SessionChangedEventSchema.safeParse(message).success) {
      await fakeBrowser.runtime.onMessage.trigger(message, {});
      return undefined;
    }

    return handleMessage(message, quietLogger);
  });
}

export function sendToBackground(message: unknown) {
  return handleMessage(message, quietLogger);
}

// Messages the background broadcast to extension pages (SESSION_CHANGED).
export function recordBroadcasts(): unknown[] {
  const broadcasts: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    broadcasts.push(message);
  });

  return broadcasts;
}
