import { ADDRESS_LINE_MAX } from '../../../shared/api/shipping.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { describeFieldError, type FieldErrors } from './field-errors.ts';
import {
  DRAFT_FIELD_PATHS,
  type DraftTextField,
  type ShippingSettingsDraft,
} from './shipping-settings-draft.ts';
import { TextField } from './text-field.tsx';

interface SenderAddressFieldsProps {
  draft: ShippingSettingsDraft;
  errors: FieldErrors;
  onChange(field: DraftTextField, value: string): void;
}

// The address printed as the sender on every label. Turkey only: Shipentegra ships from nowhere
// else, so the country is stated rather than asked.
export function SenderAddressFields({ draft, errors, onChange }: SenderAddressFieldsProps) {
  const t = useMessages().shippingOptions.shipping;
  const fieldProps = (field: DraftTextField) => ({
    value: draft[field],
    error: describeFieldError(errors, DRAFT_FIELD_PATHS[field], t.rules[field]),
    onChange: (value: string) => onChange(field, value),
  });

  return (
    <fieldset>
      <legend>{t.senderLegend}</legend>
      <TextField label={t.name} autoComplete="name" {...fieldProps('name')} />
      <TextField label={t.company} autoComplete="organization" {...fieldProps('company')} />
      <TextField
        label={t.address1}
        autoComplete="address-line1"
        maxLength={ADDRESS_LINE_MAX}
        {...fieldProps('address1')}
      />
      <TextField
        label={t.address2}
        autoComplete="address-line2"
        maxLength={ADDRESS_LINE_MAX}
        {...fieldProps('address2')}
      />
      <TextField label={t.city} autoComplete="address-level1" {...fieldProps('city')} />
      <TextField label={t.district} autoComplete="address-level2" {...fieldProps('district')} />
      <TextField
        label={t.postalCode}
        autoComplete="postal-code"
        inputMode="numeric"
        {...fieldProps('postalCode')}
      />
      <TextField label={t.phone} type="tel" autoComplete="tel" {...fieldProps('phone')} />
      <TextField label={t.email} type="email" autoComplete="email" {...fieldProps('email')} />
      <p className="hint">{t.country}</p>
    </fieldset>
  );
}
