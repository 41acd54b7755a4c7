import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type SkuFilter, skuListQueryOptions } from '../../api/sku-queries.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { SkuFilterForm } from './sku-filter-form.tsx';
import { SkuProfilesTable } from './sku-profiles-table.tsx';

interface SkuProfilesSectionProps {
  tenantId: string;
}

const ALL_SKUS: SkuFilter = { skuPrefix: '', isIncompleteOnly: false };

// Every SKU the tenant lists or sold, a page at a time, each editable in its row.
export function SkuProfilesSection({ tenantId }: SkuProfilesSectionProps) {
  const t = useMessages();
  const [filter, setFilter] = useState(ALL_SKUS);
  const [savedSku, setSavedSku] = useState<string>();
  const list = useInfiniteQuery(skuListQueryOptions(tenantId, filter));
  const skus = list.data?.pages.flatMap((page) => page.skus) ?? [];
  const isFiltered = filter.skuPrefix.trim() !== '' || filter.isIncompleteOnly;
  const headingId = useId();

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.shippingOptions.skus.heading}</h2>
      <p className="hint">{t.shippingOptions.skus.intro}</p>
      <SkuFilterForm filter={filter} onChange={setFilter} />
      {list.isPending && <p>{t.common.loading}</p>}
      {list.isError && <FailureAlert error={list.error} />}
      {list.isSuccess && skus.length === 0 && (
        <p>{isFiltered ? t.shippingOptions.skus.noMatch : t.shippingOptions.skus.empty}</p>
      )}
      {skus.length > 0 && (
        <SkuProfilesTable tenantId={tenantId} skus={skus} onSaved={(s) => setSavedSku(s.sku)} />
      )}
      {list.hasNextPage && (
        <button
          type="button"
          onClick={() => list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          {t.shippingOptions.skus.loadMore}
        </button>
      )}
      {savedSku && <p role="status">{t.shippingOptions.skus.saved(savedSku)}</p>}
    </section>
  );
}
