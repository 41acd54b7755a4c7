import {
  type LabelProblem,
  MAX_DIMENSION_CM,
  type PackageOverride,
  type ShipmentPackage,
  type SkuProfile,
} from '../../shared/api/shipping.ts';
import { formatScaled } from './exact-decimal.ts';

/** One order line as the package sees it: which SKU, and how many units go in the box. */
export interface PackageLine {
  sku: string;
  quantity: number;
}

/** What the package needs of a SKU profile. */
export type PackageProfile = Pick<SkuProfile, 'weightGrams' | 'lengthCm' | 'widthCm' | 'heightCm'>;

interface Box {
  lengthCm: number;
  widthCm: number;
  heightCm: number;
}

export type PackageResult =
  | { package: ShipmentPackage; problems: [] }
  | { package: null; problems: LabelProblem[] };

const NO_ITEMS_PROBLEM: LabelProblem = {
  field: 'order.items',
  code: 'ORDER_HAS_NO_ITEMS',
  message: 'This order has no items left to ship.',
};

/**
 * Box and filler, added to the contents' weight: carriers reweigh every parcel and Shipentegra
 * bills an under-declared weight afterwards with a fee, while declaring a little more costs at
 * most one weight step. A mailer bag weighs about 50 g; a padded box about a tenth of what
 * it holds.
 */
export function packagingGramsFor(contentGrams: number): number {
  return Math.max(50, Math.ceil(contentGrams / 10));
}

/**
 * The parcel for an order's lines. Weight: each SKU's grams times its quantity plus packaging.
 * Box: every unit laid flat on its largest face and stacked, so the box is as long and as wide
 * as the longest and widest unit and as high as the units' thinnest sides added up. What the
 * seller overrides wins, and a profile gap it covers is no longer a problem.
 */
export function buildPackage(
  lines: readonly PackageLine[],
  profiles: ReadonlyMap<string, PackageProfile>,
  override: PackageOverride = {},
): PackageResult {
  if (lines.length === 0 && !isFullyOverridden(override)) {
    return { package: null, problems: [NO_ITEMS_PROBLEM] };
  }

  const problems = [
    ...(override.weightGrams === undefined ? weightProblemsOf(lines, profiles) : []),
    ...(hasAllDimensions(override) ? [] : dimensionProblemsOf(lines, profiles)),
  ];

  if (problems.length > 0) {
    return { package: null, problems };
  }

  const stacked = stackedBoxOf(lines, profiles);
  const box: Box = {
    lengthCm: override.lengthCm ?? stacked.lengthCm,
    widthCm: override.widthCm ?? stacked.widthCm,
    heightCm: override.heightCm ?? stacked.heightCm,
  };
  const tooLarge = sizeProblemsOf(box);

  if (tooLarge.length > 0) {
    return { package: null, problems: tooLarge };
  }

  const weightGrams = override.weightGrams ?? packedWeightOf(lines, profiles);

  return {
    package: {
      weightGrams,
      ...box,
      weightKg: formatScaled(BigInt(weightGrams), 3),
      kgDesi: kgDesiOf({ weightGrams, ...box }),
      isOverridden: Object.values(override).some((value) => value !== undefined),
    },
    problems: [],
  };
}

/**
 * Shipentegra's billable weight, `max(kg, L*W*H / 5000)`, exactly, in ten-thousandths of a
 * kilogram: grams are tenths of that unit and L*W*H / 5000 kg is L*W*H * 2 of it.
 */
export function kgDesiOf(parcel: Box & { weightGrams: number }): string {
  const actual = BigInt(parcel.weightGrams) * 10n;
  const volumetric =
    BigInt(parcel.lengthCm) * BigInt(parcel.widthCm) * BigInt(parcel.heightCm) * 2n;

  return formatScaled(actual > volumetric ? actual : volumetric, 4);
}

function packedWeightOf(
  lines: readonly PackageLine[],
  profiles: ReadonlyMap<string, PackageProfile>,
) {
  const content = lines.reduce(
    (sum, line) => sum + (profiles.get(line.sku)?.weightGrams ?? 0) * line.quantity,
    0,
  );

  return content + packagingGramsFor(content);
}

function stackedBoxOf(
  lines: readonly PackageLine[],
  profiles: ReadonlyMap<string, PackageProfile>,
): Box {
  let [longest, widest, stacked] = [0, 0, 0];

  for (const line of lines) {
    const profile = profiles.get(line.sku);
    const [length = 0, width = 0, height = 0] = [
      profile?.lengthCm ?? 0,
      profile?.widthCm ?? 0,
      profile?.heightCm ?? 0,
    ].sort((a, b) => b - a);

    longest = Math.max(longest, length);
    widest = Math.max(widest, width);
    stacked += height * line.quantity;
  }

  return { lengthCm: longest, widthCm: widest, heightCm: stacked };
}

function isFullyOverridden(override: PackageOverride): boolean {
  return override.weightGrams !== undefined && hasAllDimensions(override);
}

function hasAllDimensions(override: PackageOverride): boolean {
  return [override.lengthCm, override.widthCm, override.heightCm].every((cm) => cm !== undefined);
}

function weightProblemsOf(
  lines: readonly PackageLine[],
  profiles: ReadonlyMap<string, PackageProfile>,
) {
  return lines
    .filter((line) => (profiles.get(line.sku)?.weightGrams ?? null) === null)
    .map<LabelProblem>((line) => ({
      field: `skus.${line.sku}.weightGrams`,
      code: 'WEIGHT_MISSING',
      message: `Add the weight of ${line.sku}, or enter the package weight.`,
    }));
}

function dimensionProblemsOf(
  lines: readonly PackageLine[],
  profiles: ReadonlyMap<string, PackageProfile>,
) {
  return lines.flatMap<LabelProblem>((line) => {
    const profile = profiles.get(line.sku);
    const missing = (['lengthCm', 'widthCm', 'heightCm'] as const).filter(
      (field) => (profile?.[field] ?? null) === null,
    );

    return missing.map((field) => ({
      field: `skus.${line.sku}.${field}`,
      code: 'DIMENSIONS_MISSING',
      message: `Add the size of ${line.sku}, or enter the package size.`,
    }));
  });
}

function sizeProblemsOf(box: Box): LabelProblem[] {
  return (['lengthCm', 'widthCm', 'heightCm'] as const)
    .filter((field) => box[field] > MAX_DIMENSION_CM)
    .map((field) => ({
      field: `package.${field}`,
      code: 'PACKAGE_TOO_LARGE',
      message: `Carriers take at most ${MAX_DIMENSION_CM} cm a side: enter the real box size or split the order.`,
    }));
}
