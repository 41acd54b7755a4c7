import { QueryClient } from '@tanstack/react-query';

// One client per extension page (popup, options). Failures reach the seller as they happen:
// the background already reports unreachable servers clearly, and a hidden retry only delays it.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
    },
  });
}
