import { type FormEvent, useId, useState } from 'react';
import type { ShippingSettings } from '../../../shared/api/shipping.ts';
import { useSaveShippingSettings } from '../../api/shipping-settings-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { collectFieldErrors } from './field-errors.ts';
import { FormFailureAlert } from './form-failure-alert.tsx';
import { LabelDefaultsFields } from './label-defaults-fields.tsx';
import { SenderAddressFields } from './sender-address-fields.tsx';
import { listShippingFieldLabels } from './shipping-field-labels.ts';
import {
  type DraftTextField,
  type ShippingSettingsDraft,
  toShippingSettingsDraft,
  toShippingSettingsPayload,
} from './shipping-settings-draft.ts';

interface ShippingSettingsFormProps {
  tenantId: string;
  settings: ShippingSettings;
}

// The form keeps what the seller typed through a refusal; only a successful save replaces it,
// with what the server stored (trimmed, the phone in +90 form).
export function ShippingSettingsForm({ tenantId, settings }: ShippingSettingsFormProps) {
  const t = useMessages().shippingOptions.shipping;
  const save = useSaveShippingSettings(tenantId);
  const [draft, setDraft] = useState(() => toShippingSettingsDraft(settings));
  const errors = collectFieldErrors(save.error);
  const id = useId();

  const change = (update: Partial<ShippingSettingsDraft>) => {
    setDraft((previous) => ({ ...previous, ...update }));
    if (save.isSuccess) {
      save.reset();
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(toShippingSettingsPayload(draft), {
      onSuccess: (saved) => setDraft(toShippingSettingsDraft(saved)),
    });
  };

  const onChange = (field: DraftTextField, value: string) => change({ [field]: value });

  return (
    <form onSubmit={submit} noValidate aria-describedby={save.isError ? `${id}-error` : undefined}>
      <SenderAddressFields draft={draft} errors={errors} onChange={onChange} />
      <LabelDefaultsFields
        draft={draft}
        errors={errors}
        onChange={onChange}
        onLabelFormatChange={(labelFormat) => change({ labelFormat })}
      />
      {save.isError && (
        <FormFailureAlert
          id={`${id}-error`}
          error={save.error}
          fieldLabels={listShippingFieldLabels(t)}
        />
      )}
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? t.saving : t.save}
      </button>
      {save.isSuccess && <span role="status">{t.saved}</span>}
    </form>
  );
}
