import {
  type InfiniteData,
  infiniteQueryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { SkuList, SkuSummary } from '../../shared/api/shipping.ts';
import { tenantQueryKey } from './query-keys.ts';
import { sendMessage } from './send-message.ts';

export interface SkuFilter {
  /** The beginning of a SKU; empty for all. */
  skuPrefix: string;
  isIncompleteOnly: boolean;
}

function skuListRootKey(tenantId: string) {
  return tenantQueryKey(tenantId, 'skus');
}

// One cache entry per filter, its pages appended by "Load more" through the server's cursor.
export function skuListQueryOptions(tenantId: string, filter: SkuFilter) {
  const q = filter.skuPrefix.trim();

  return infiniteQueryOptions({
    queryKey: [...skuListRootKey(tenantId), filter] as const,
    queryFn: ({ pageParam }) =>
      sendMessage({
        type: 'LIST_SKUS',
        ...(q ? { q } : {}),
        ...(filter.isIncompleteOnly ? { isIncompleteOnly: true } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

function replaceSku(list: InfiniteData<SkuList> | undefined, saved: SkuSummary) {
  if (!list) {
    return list;
  }

  const pages = list.pages.map((page) => ({
    ...page,
    skus: page.skus.map((summary) => (summary.sku === saved.sku ? saved : summary)),
  }));

  return { ...list, pages };
}

// The saved row is replaced where it stands, in every filter's list: a row just completed stays
// in the "only incomplete" view until the seller filters again, rather than vanishing mid-edit.
export function useSaveSkuProfile(tenantId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({ sku, profile }: { sku: string; profile: Record<string, unknown> }) =>
      sendMessage({ type: 'SAVE_SKU_PROFILE', sku, profile }),
    onSuccess: (saved) => {
      queryClient.setQueriesData<InfiniteData<SkuList>>(
        { queryKey: skuListRootKey(tenantId) },
        (list) => replaceSku(list, saved),
      );
    },
  });
}
