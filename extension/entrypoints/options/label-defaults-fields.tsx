import { useId } from 'react';
import { type LabelFormat, LabelFormatSchema } from '../../../shared/api/shipping.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { describeFieldError, type FieldErrors } from './field-errors.ts';
import { KNOWN_SERVICE_NAMES } from './known-services.ts';
import {
  DRAFT_FIELD_PATHS,
  type DraftTextField,
  type ShippingSettingsDraft,
} from './shipping-settings-draft.ts';
import { TextField } from './text-field.tsx';

interface LabelDefaultsFieldsProps {
  draft: ShippingSettingsDraft;
  errors: FieldErrors;
  onChange(field: DraftTextField, value: string): void;
  onLabelFormatChange(format: LabelFormat): void;
}

// What every label starts from: the IOSS number for EU parcels, the service the panel
// preselects, and whether image labels come wrapped in a printable PDF.
export function LabelDefaultsFields(props: LabelDefaultsFieldsProps) {
  const { draft, errors, onChange, onLabelFormatChange } = props;
  const t = useMessages().shippingOptions.shipping;
  const id = useId();

  return (
    <fieldset>
      <legend>{t.defaultsLegend}</legend>
      <TextField
        label={t.iossNumber}
        hint={t.iossHint}
        autoComplete="off"
        value={draft.iossNumber}
        error={describeFieldError(errors, DRAFT_FIELD_PATHS.iossNumber, t.rules.iossNumber)}
        onChange={(value) => onChange('iossNumber', value)}
      />
      <TextField
        label={t.defaultService}
        hint={t.defaultServiceHint}
        autoComplete="off"
        list={`${id}-services`}
        value={draft.defaultServiceName}
        error={describeFieldError(
          errors,
          DRAFT_FIELD_PATHS.defaultServiceName,
          t.rules.defaultServiceName,
        )}
        onChange={(value) => onChange('defaultServiceName', value)}
      />
      <datalist id={`${id}-services`}>
        {KNOWN_SERVICE_NAMES.map((serviceName) => (
          <option key={serviceName} value={serviceName} />
        ))}
      </datalist>
      <label htmlFor={`${id}-format`}>{t.labelFormat}</label>
      <select
        id={`${id}-format`}
        value={draft.labelFormat}
        onChange={(event) => onLabelFormatChange(LabelFormatSchema.parse(event.target.value))}
      >
        {LabelFormatSchema.options.map((format) => (
          <option key={format} value={format}>
            {t.labelFormats[format]}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
