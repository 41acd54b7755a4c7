import type { PackageOverride, ShipmentPackage } from '../../../shared/api/shipping.ts';

export type PackageField = keyof Required<PackageOverride>;
export type PackageDraft = Record<PackageField, string>;

// The limits the server enforces (PackageOverrideSchema): a value outside them is never sent.
export const PACKAGE_FIELDS = [
  { field: 'weightGrams', word: 'weight', max: 70_000 },
  { field: 'lengthCm', word: 'length', max: 300 },
  { field: 'widthCm', word: 'width', max: 300 },
  { field: 'heightCm', word: 'height', max: 300 },
] as const;

export interface CheckedDraft {
  override: PackageOverride | undefined;
  // Fields the seller must correct before the package can be quoted or bought.
  invalidFields: PackageField[];
}

export function toDraft(quoted: ShipmentPackage | undefined): PackageDraft {
  const show = (value: number | undefined) => (value === undefined ? '' : String(value));

  return {
    weightGrams: show(quoted?.weightGrams),
    lengthCm: show(quoted?.lengthCm),
    widthCm: show(quoted?.widthCm),
    heightCm: show(quoted?.heightCm),
  };
}

// An empty field the quote had a value for is an error too: leaving it out would quietly quote
// the SKU profiles' value while the seller sees an empty box. A field that was never known
// stays out, and the server takes it from the profiles (or names it missing).
export function checkDraft(draft: PackageDraft, quoted: ShipmentPackage | undefined): CheckedDraft {
  const override: PackageOverride = {};
  const invalidFields: PackageField[] = [];

  for (const { field, max } of PACKAGE_FIELDS) {
    const typed = draft[field].trim();
    const value = Number(typed);

    if (typed === '' && quoted?.[field] === undefined) {
      continue;
    }

    if (typed !== '' && Number.isInteger(value) && value >= 1 && value <= max) {
      override[field] = value;
    } else {
      invalidFields.push(field);
    }
  }

  const hasOverride = Object.keys(override).length > 0;

  return { override: hasOverride ? override : undefined, invalidFields };
}
