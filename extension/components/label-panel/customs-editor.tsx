import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { SkuProfile } from '../../../shared/api/shipping.ts';
import { skuProfileQueryOptions } from '../../api/order-queries.ts';
import { tenantQueryKey } from '../../api/query-keys.ts';
import { useSaveSkuProfile } from '../../api/sku-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { FailureAlert } from '../failure-alert.tsx';

const CUSTOMS_FIELDS = [
  'hsCode',
  'declaredValue',
  'declaredCurrency',
  'customsDescription',
] as const;
type CustomsField = (typeof CUSTOMS_FIELDS)[number];
type CustomsValues = Record<CustomsField, string>;

interface CustomsEditorProps {
  tenantId: string;
  sku: string;
  profile: SkuProfile | null;
  // The order line's currency, offered when the profile has none yet.
  currency: string | null;
  onDone(): void;
}

// The customs fields of one SKU's profile, edited in place. A profile is saved whole, so the
// weight and size the seller set elsewhere go back unchanged; the server checks each field and
// names what it refuses.
export function CustomsEditor({ tenantId, sku, profile, currency, onDone }: CustomsEditorProps) {
  const t = useMessages();
  const words = t.labelPanel.customs;
  const idPrefix = useId();
  const queryClient = useQueryClient();
  const save = useSaveSkuProfile(tenantId);
  const [values, setValues] = useState<CustomsValues>({
    hsCode: profile?.hsCode ?? '',
    declaredValue: profile?.declaredValue ?? '',
    declaredCurrency: profile?.declaredCurrency ?? currency ?? '',
    customsDescription: profile?.customsDescription ?? '',
  });
  const labels: CustomsValues = {
    hsCode: words.hsCode,
    declaredValue: words.declaredValue,
    declaredCurrency: words.currency,
    customsDescription: words.description,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = Object.fromEntries(
      CUSTOMS_FIELDS.map((field) => [field, values[field].trim() || null]),
    );
    const kept = {
      weightGrams: profile?.weightGrams ?? null,
      lengthCm: profile?.lengthCm ?? null,
      widthCm: profile?.widthCm ?? null,
      heightCm: profile?.heightCm ?? null,
    };
    save.mutate(
      { sku, profile: { ...kept, ...typed } },
      {
        onSuccess: (saved) => {
          queryClient.setQueryData(skuProfileQueryOptions(tenantId, sku).queryKey, saved);
          // The quotes may have been refused for this very field: ask again with it filled in.
          void queryClient.invalidateQueries({ queryKey: tenantQueryKey(tenantId, 'orders') });
          onDone();
        },
      },
    );
  };

  return (
    <form className="customs-editor" onSubmit={submit} aria-label={words.edit(sku)}>
      {CUSTOMS_FIELDS.map((field) => (
        <span key={field}>
          <label htmlFor={`${idPrefix}-${field}`}>{labels[field]}</label>
          <input
            id={`${idPrefix}-${field}`}
            value={values[field]}
            onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          />
        </span>
      ))}
      {save.isError && <FailureAlert error={save.error} />}
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? words.saving : words.save}
      </button>{' '}
      <button type="button" onClick={onDone}>
        {words.cancel}
      </button>
    </form>
  );
}
