import {
  SKU_PROFILE_FIELDS,
  type SkuProfile,
  type SkuProfileField,
} from '../../../shared/api/shipping.ts';

/** A SKU row's inputs as typed. */
export type SkuProfileDraft = Record<SkuProfileField, string>;

const NUMBER_FIELDS: ReadonlySet<SkuProfileField> = new Set([
  'weightGrams',
  'lengthCm',
  'widthCm',
  'heightCm',
]);

export function toSkuProfileDraft(profile: SkuProfile): SkuProfileDraft {
  const entries = SKU_PROFILE_FIELDS.map((field) => [field, String(profile[field] ?? '')]);

  return Object.fromEntries(entries) as SkuProfileDraft;
}

// Blank is "not known yet" (null). A number field holding something that is not a number goes
// as typed, so the server names it next to its input instead of the value silently vanishing.
function toProfileValue(field: SkuProfileField, typed: string): unknown {
  const value = typed.trim();
  if (value === '') {
    return null;
  }

  const number = Number(value);

  return NUMBER_FIELDS.has(field) && Number.isFinite(number) ? number : value;
}

export function toSkuProfilePayload(draft: SkuProfileDraft): Record<string, unknown> {
  const entries = SKU_PROFILE_FIELDS.map((field) => [field, toProfileValue(field, draft[field])]);

  return Object.fromEntries(entries);
}
