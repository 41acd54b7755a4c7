import { type FormEvent, useId, useState } from 'react';
import type { SkuFilter } from '../../api/sku-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';

interface SkuFilterFormProps {
  filter: SkuFilter;
  onChange(filter: SkuFilter): void;
}

// The prefix applies on Search (or Enter), not per keystroke: each search is a server query.
export function SkuFilterForm({ filter, onChange }: SkuFilterFormProps) {
  const t = useMessages().shippingOptions.skus;
  const [skuPrefix, setSkuPrefix] = useState(filter.skuPrefix);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...filter, skuPrefix });
  };

  return (
    <form onSubmit={submit}>
      <label htmlFor={`${id}-prefix`}>{t.search}</label>
      <input
        id={`${id}-prefix`}
        type="search"
        maxLength={100}
        value={skuPrefix}
        onChange={(event) => setSkuPrefix(event.target.value)}
      />
      <button type="submit">{t.searchSubmit}</button>
      <input
        id={`${id}-incomplete`}
        type="checkbox"
        checked={filter.isIncompleteOnly}
        onChange={(event) => onChange({ skuPrefix, isIncompleteOnly: event.target.checked })}
      />
      <label htmlFor={`${id}-incomplete`} className="inline">
        {t.onlyIncomplete}
      </label>
    </form>
  );
}
