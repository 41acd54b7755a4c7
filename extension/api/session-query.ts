import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import type { SessionState } from './messages.ts';
import { clearTenantCache } from './query-keys.ts';
import { sendMessage } from './send-message.ts';
import { SessionChangedEventSchema } from './session-events.ts';

// Who is signed in, as far as pages may know: the tenant id and expiry, never the token. Kept
// fresh by the background's SESSION_CHANGED events rather than by refetching.
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: ['session'],
    queryFn: () => sendMessage({ type: 'GET_SESSION' }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

// A new session or none: the previous tenant's cached data goes before anything renders again.
export function applySessionChange(queryClient: QueryClient, session: SessionState): void {
  const { queryKey } = sessionQueryOptions();
  const previous = queryClient.getQueryData(queryKey);
  if (!session || previous?.tenantId !== session.tenantId) {
    clearTenantCache(queryClient);
  }

  queryClient.setQueryData(queryKey, session);
}

// Follows sign-ins and sign-outs made anywhere: another page, or a 401 the background received.
// The listener answers nothing, so requests between pages still reach only the background.
export function followSessionChanges(queryClient: QueryClient): () => void {
  const listener = (message: unknown): undefined => {
    const event = SessionChangedEventSchema.safeParse(message);
    if (event.success) {
      applySessionChange(queryClient, event.data.session);
    }

    return undefined;
  };

  browser.runtime.onMessage.addListener(listener);

  return () => browser.runtime.onMessage.removeListener(listener);
}
