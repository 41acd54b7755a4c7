import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { debugLoggingQueryOptions } from '../../api/settings-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { debugLoggingItem } from '../../settings/settings-items.ts';

// Off by default: Seller Central's console is the seller's, and support asks for it when needed.
export function DebugLoggingToggle() {
  const t = useMessages();
  const queryClient = useQueryClient();
  const isEnabled = useQuery(debugLoggingQueryOptions());
  const checkboxId = useId();

  const save = useMutation({
    mutationFn: (value: boolean) => debugLoggingItem.setValue(value),
    onSuccess: () => queryClient.invalidateQueries(debugLoggingQueryOptions()),
  });

  return (
    <section aria-labelledby={`${checkboxId}-heading`}>
      <h2 id={`${checkboxId}-heading`}>{t.debug.heading}</h2>
      <input
        id={checkboxId}
        type="checkbox"
        checked={isEnabled.data ?? false}
        disabled={isEnabled.isPending || save.isPending}
        onChange={(event) => save.mutate(event.target.checked)}
      />
      <label htmlFor={checkboxId} className="inline">
        {t.debug.toggle}
      </label>
    </section>
  );
}
