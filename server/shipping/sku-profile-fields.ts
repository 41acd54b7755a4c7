import {
  SKU_PROFILE_FIELDS,
  type SkuProfile,
  type SkuProfileField,
} from '../../shared/api/shipping.ts';
import type { SkuProfileRow } from '../db/schema.ts';

/** The profile fields still empty, in the order a form shows them. */
export function listMissingFields(profile: SkuProfile): SkuProfileField[] {
  return SKU_PROFILE_FIELDS.filter((field) => profile[field] === null);
}

export function toSkuProfile(row: Omit<SkuProfileRow, 'tenantId' | 'sku' | 'createdAt'>) {
  return {
    weightGrams: row.weightGrams,
    lengthCm: row.lengthCm,
    widthCm: row.widthCm,
    heightCm: row.heightCm,
    hsCode: row.hsCode,
    declaredValue: row.declaredValue,
    declaredCurrency: row.declaredCurrency,
    customsDescription: row.customsDescription,
    updatedAt: row.updatedAt.toISOString(),
  } satisfies SkuProfile;
}
