import { browser } from 'wxt/browser';
import type { SessionState } from '../api/messages.ts';
import type { SessionChangedEvent } from '../api/session-events.ts';

// Tells every open extension page (popup, options) that the session changed, so they drop the
// previous tenant's data at once. With no page open Chrome rejects the send; nobody needed it.
export async function announceSessionChange(session: SessionState): Promise<void> {
  const event: SessionChangedEvent = { type: 'SESSION_CHANGED', session };

  await browser.runtime.sendMessage(event).catch(() => undefined);
}
