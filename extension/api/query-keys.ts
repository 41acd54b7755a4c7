import type { QueryClient, QueryKey } from '@tanstack/react-query';

// Keys whose data belongs to nobody in particular: the browser's settings, the server's health,
// whether anyone is signed in. Every other key starts with the tenant id, so one tenant's data
// can never answer for another's, even for a moment after switching accounts.
const SHARED_KEY_ROOTS: ReadonlySet<unknown> = new Set(['settings', 'server', 'session']);

export function tenantQueryKey<const T extends readonly unknown[]>(tenantId: string, ...parts: T) {
  return [tenantId, ...parts] as const;
}

export function isTenantQueryKey(queryKey: QueryKey): boolean {
  return !SHARED_KEY_ROOTS.has(queryKey[0]);
}

// Drops everything the signed-in seller fetched (queries and mutation results): what a shared
// computer's next user can see after sign-out is the sign-in form, nothing cached behind it.
export function clearTenantCache(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => isTenantQueryKey(query.queryKey) });
  queryClient.getMutationCache().clear();
}
