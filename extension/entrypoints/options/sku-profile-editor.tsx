import { type FormEvent, type Ref, useEffect, useId, useRef, useState } from 'react';
import type { SkuProfileField, SkuSummary } from '../../../shared/api/shipping.ts';
import { useSaveSkuProfile } from '../../api/sku-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { collectFieldErrors, describeFieldError } from './field-errors.ts';
import { FormFailureAlert } from './form-failure-alert.tsx';
import { SkuCellInput } from './sku-cell-input.tsx';
import { SkuMissingCell } from './sku-profile-cells.tsx';
import { toSkuProfileDraft, toSkuProfilePayload } from './sku-profile-draft.ts';

interface SkuProfileEditorProps {
  tenantId: string;
  summary: SkuSummary;
  onSaved(saved: SkuSummary): void;
  onCancel(): void;
}

// A row in edit mode. A <form> cannot wrap table cells, so the inputs join the form in the
// actions cell through their `form` attribute, and Enter in any of them saves.
export function SkuProfileEditor({ tenantId, summary, onSaved, onCancel }: SkuProfileEditorProps) {
  const t = useMessages().shippingOptions;
  const save = useSaveSkuProfile(tenantId);
  const [draft, setDraft] = useState(() => toSkuProfileDraft(summary.profile));
  const errors = collectFieldErrors(save.error);
  const formId = useId();
  const firstInput = useRef<HTMLInputElement>(null);
  const { sku } = summary;

  // The Edit button that had focus is gone: the keyboard continues in the row's first input.
  useEffect(() => {
    firstInput.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ sku, profile: toSkuProfilePayload(draft) }, { onSuccess: onSaved });
  };

  const input = (field: SkuProfileField, size: number, ref?: Ref<HTMLInputElement>) => (
    <SkuCellInput
      ref={ref}
      formId={formId}
      label={t.skus.inputs[field](sku)}
      size={size}
      value={draft[field]}
      error={describeFieldError(errors, field, t.skus.rules[field])}
      onChange={(value) => setDraft((previous) => ({ ...previous, [field]: value }))}
    />
  );

  const fieldLabels = new Map(
    Object.entries(t.skus.inputs).map(([field, labelFor]) => [field, labelFor(sku)] as const),
  );

  return (
    <>
      <td>{input('weightGrams', 6, firstInput)}</td>
      <td>
        {input('lengthCm', 4)}
        {input('widthCm', 4)}
        {input('heightCm', 4)}
      </td>
      <td>{input('hsCode', 12)}</td>
      <td>
        {input('declaredValue', 8)}
        {input('declaredCurrency', 4)}
      </td>
      <td>{input('customsDescription', 20)}</td>
      <SkuMissingCell summary={summary} />
      <td>
        <form id={formId} onSubmit={submit} noValidate>
          <button type="submit" aria-label={t.skus.saveSku(sku)} disabled={save.isPending}>
            {save.isPending ? t.skus.saving : t.skus.save}
          </button>
          <button type="button" aria-label={t.skus.cancelSku(sku)} onClick={onCancel}>
            {t.skus.cancel}
          </button>
          {save.isError && <FormFailureAlert error={save.error} fieldLabels={fieldLabels} />}
        </form>
      </td>
    </>
  );
}
