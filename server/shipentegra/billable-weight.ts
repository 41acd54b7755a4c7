export interface PackageSize {
  weightKg: number;
  lengthCm: number;
  widthCm: number;
  heightCm: number;
}

// Shipentegra's volumetric divisor (sure): a light, bulky parcel is billed by its volume.
const VOLUMETRIC_DIVISOR = 5000;

/** `kgDesi`, the billable weight quotes are asked for: max(actual kg, L*W*H / 5000). */
export function computeKgDesi(size: PackageSize): number {
  const volumetric = (size.lengthCm * size.widthCm * size.heightCm) / VOLUMETRIC_DIVISOR;
  const billable = Math.max(size.weightKg, volumetric);

  // Three places: grams are the finest step any carrier bills, and floats must not leak.
  return Math.round(billable * 1000) / 1000;
}
