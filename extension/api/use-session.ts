import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from './messages.ts';
import { sendMessage } from './send-message.ts';
import { applySessionChange, sessionQueryOptions } from './session-query.ts';

export function useSession() {
  return useQuery(sessionQueryOptions());
}

// The page that signed in or out applies the change itself at once; the background's event
// brings the same change to every other open page.
export function useSignIn() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (credentials: Omit<RequestOf<'SIGN_IN'>, 'type'>) =>
      sendMessage({ type: 'SIGN_IN', ...credentials }),
    onSuccess: (session) => applySessionChange(queryClient, session),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: () => sendMessage({ type: 'SIGN_OUT' }),
    onSettled: () => applySessionChange(queryClient, null),
  });
}
