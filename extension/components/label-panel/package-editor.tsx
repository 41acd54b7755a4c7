import { useEffect, useId, useState } from 'react';
import type { PackageOverride, ShipmentPackage } from '../../../shared/api/shipping.ts';
import { useMessages } from '../../locales/messages-context.ts';

// Long enough that typing "1250" asks for one quote, not four.
export const REQUOTE_DELAY_MS = 400;

type PackageField = keyof Required<PackageOverride>;
type Draft = Record<PackageField, string>;

// The limits the server enforces (PackageOverrideSchema): a value outside them is not sent.
const FIELDS = [
  { field: 'weightGrams', word: 'weight', max: 70_000 },
  { field: 'lengthCm', word: 'length', max: 300 },
  { field: 'widthCm', word: 'width', max: 300 },
  { field: 'heightCm', word: 'height', max: 300 },
] as const;

function toDraft(quoted: ShipmentPackage | undefined): Draft {
  const show = (value: number | undefined) => (value === undefined ? '' : String(value));

  return {
    weightGrams: show(quoted?.weightGrams),
    lengthCm: show(quoted?.lengthCm),
    widthCm: show(quoted?.widthCm),
    heightCm: show(quoted?.heightCm),
  };
}

function toOverride(draft: Draft): PackageOverride | undefined {
  const override: PackageOverride = {};
  for (const { field, max } of FIELDS) {
    const value = Number(draft[field]);
    if (draft[field].trim() !== '' && Number.isInteger(value) && value >= 1 && value <= max) {
      override[field] = value;
    }
  }

  return Object.keys(override).length > 0 ? override : undefined;
}

interface PackageEditorProps {
  // The parcel last quoted, computed from the SKU profiles; undefined until one was.
  quoted: ShipmentPackage | undefined;
  onOverride(override: PackageOverride | undefined): void;
}

// The parcel, prefilled from the quote and editable; what the seller types is quoted again once
// they pause, and is what the label is bought for.
export function PackageEditor({ quoted, onOverride }: PackageEditorProps) {
  const t = useMessages();
  const words = t.labelPanel.package;
  const idPrefix = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const shown = draft ?? toDraft(quoted);

  useEffect(() => {
    if (!draft) {
      return;
    }

    const timer = setTimeout(() => onOverride(toOverride(draft)), REQUOTE_DELAY_MS);

    return () => clearTimeout(timer);
  }, [draft, onOverride]);

  return (
    <fieldset className="region">
      <legend>{words.heading}</legend>
      <div className="package">
        {FIELDS.map(({ field, word, max }) => (
          <span key={field}>
            <label htmlFor={`${idPrefix}-${field}`}>{words[word]}</label>
            <input
              id={`${idPrefix}-${field}`}
              type="number"
              inputMode="numeric"
              min={1}
              max={max}
              value={shown[field]}
              onChange={(event) => setDraft({ ...shown, [field]: event.target.value })}
            />
          </span>
        ))}
      </div>
      <p className="muted">{draft ? words.edited : words.fromProfiles}</p>
    </fieldset>
  );
}
