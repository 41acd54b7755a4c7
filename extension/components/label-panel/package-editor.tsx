import { useEffect, useId, useState } from 'react';
import type { PackageOverride, ShipmentPackage } from '../../../shared/api/shipping.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { checkDraft, PACKAGE_FIELDS, type PackageDraft, toDraft } from './package-draft.ts';

// Long enough that typing "1250" asks for one quote, not four.
export const REQUOTE_DELAY_MS = 400;

// `ready` is a package the quotes below can be (or are) for; until then Create label waits, so
// a label is never bought for a parcel other than the one on screen.
export type PackageChange =
  | { kind: 'editing' }
  | { kind: 'invalid' }
  | { kind: 'ready'; override: PackageOverride | undefined };

interface PackageEditorProps {
  // The parcel last quoted, computed from the SKU profiles; undefined until one was.
  quoted: ShipmentPackage | undefined;
  onChange(change: PackageChange): void;
}

// The parcel, prefilled from the quote and editable; what the seller types is quoted again once
// they pause, and is what the label is bought for.
export function PackageEditor({ quoted, onChange }: PackageEditorProps) {
  const t = useMessages();
  const words = t.labelPanel.package;
  const idPrefix = useId();
  const [draft, setDraft] = useState<PackageDraft | null>(null);
  const [quotedKey, setQuotedKey] = useState<string | null>(null);
  const shown = draft ?? toDraft(quoted);
  const { override, invalidFields } = checkDraft(shown, quoted);
  const isInvalid = invalidFields.length > 0;
  const overrideKey = JSON.stringify(override ?? null);

  useEffect(() => {
    if (!draft) {
      return;
    }

    if (isInvalid) {
      onChange({ kind: 'invalid' });
      return;
    }

    onChange({ kind: 'editing' });
    const ready = JSON.parse(overrideKey) as PackageOverride | null;
    const timer = setTimeout(() => {
      setQuotedKey(overrideKey);
      onChange({ kind: 'ready', override: ready ?? undefined });
    }, REQUOTE_DELAY_MS);

    return () => clearTimeout(timer);
  }, [draft, isInvalid, overrideKey, onChange]);

  const limitOf = (max: number) => new Intl.NumberFormat(t.languageTag).format(max);
  const isWaiting = draft !== null && quotedKey !== overrideKey;
  const note = isInvalid
    ? words.fixFields
    : isWaiting
      ? words.waiting
      : draft
        ? words.edited
        : words.fromProfiles;

  return (
    <fieldset className="region">
      <legend>{words.heading}</legend>
      <div className="package">
        {PACKAGE_FIELDS.map(({ field, word, max }) => {
          const inputId = `${idPrefix}-${field}`;
          const isFieldInvalid = invalidFields.includes(field);
          const range = field === 'weightGrams' ? words.weightRange : words.sizeRange;

          return (
            <span key={field}>
              <label htmlFor={inputId}>{words[word]}</label>
              <input
                id={inputId}
                type="number"
                inputMode="numeric"
                min={1}
                max={max}
                value={shown[field]}
                aria-invalid={isFieldInvalid || undefined}
                aria-describedby={isFieldInvalid ? `${inputId}-error` : undefined}
                onChange={(event) => setDraft({ ...shown, [field]: event.target.value })}
              />
              {isFieldInvalid && (
                <span id={`${inputId}-error`} className="field-error" role="alert">
                  {range(limitOf(max))}
                </span>
              )}
            </span>
          );
        })}
      </div>
      <p className="muted">{note}</p>
    </fieldset>
  );
}
