import { describe, expect, it } from 'vitest';
import {
  buildPackage,
  kgDesiOf,
  type PackageProfile,
  packagingGramsFor,
} from '../../server/shipping/package-builder.ts';

const MUG: PackageProfile = { weightGrams: 450, lengthCm: 12, widthCm: 9, heightCm: 10 };
const TILE: PackageProfile = { weightGrams: 300, lengthCm: 20, widthCm: 2, heightCm: 20 };
const RUG: PackageProfile = { weightGrams: 2300, lengthCm: 60, widthCm: 40, heightCm: 15 };
const PROFILES = new Map([
  ['MUG', MUG],
  ['TILE', TILE],
  ['RUG', RUG],
]);

describe('buildPackage', () => {
  it('adds item weights times quantity plus packaging, in whole grams', () => {
    const result = buildPackage(
      [
        { sku: 'MUG', quantity: 2 },
        { sku: 'TILE', quantity: 3 },
      ],
      PROFILES,
    );

    // 900 + 900 = 1800 g of goods, and a tenth of that for the box.
    expect(result.package?.weightGrams).toBe(1980);
    expect(result.package?.weightKg).toBe('1.980');
  });

  it('adds at least 50 g of packaging to light parcels', () => {
    const light = new Map([['PIN', { weightGrams: 12, lengthCm: 3, widthCm: 3, heightCm: 1 }]]);
    const result = buildPackage([{ sku: 'PIN', quantity: 1 }], light);

    expect(packagingGramsFor(12)).toBe(50);
    expect(result.package).toMatchObject({ weightGrams: 62, weightKg: '0.062' });
  });

  it('stacks units flat: longest and widest side of any unit, thinnest sides added up', () => {
    const result = buildPackage(
      [
        { sku: 'MUG', quantity: 2 },
        { sku: 'TILE', quantity: 3 },
      ],
      PROFILES,
    );

    // MUG lies 12 x 10 x 9, TILE 20 x 20 x 2: 20 long, 20 wide, 9 + 9 + 2 + 2 + 2 high.
    expect(result.package).toMatchObject({ lengthCm: 20, widthCm: 20, heightCm: 24 });
  });

  it('bills the larger of real and volumetric weight, exactly', () => {
    const rug = buildPackage([{ sku: 'RUG', quantity: 1 }], PROFILES);

    // 60 x 40 x 15 / 5000 = 7.2 kg volumetric against 2.53 kg real.
    expect(rug.package?.kgDesi).toBe('7.2000');
    expect(kgDesiOf({ weightGrams: 1200, lengthCm: 10, widthCm: 10, heightCm: 10 })).toBe('1.2000');
    expect(kgDesiOf({ weightGrams: 1, lengthCm: 7, widthCm: 3, heightCm: 1 })).toBe('0.0042');
  });

  it('keeps decimals exact where floats drift', () => {
    // 0.1 kg + 0.2 kg is 0.30000000000000004 in floating point; grams make it 300, plus 50.
    const tenths = new Map([
      ['A', { weightGrams: 100, lengthCm: 1, widthCm: 1, heightCm: 1 }],
      ['B', { weightGrams: 200, lengthCm: 1, widthCm: 1, heightCm: 1 }],
    ]);
    const result = buildPackage(
      [
        { sku: 'A', quantity: 1 },
        { sku: 'B', quantity: 1 },
      ],
      tenths,
      { lengthCm: 10, widthCm: 10, heightCm: 10 },
    );

    expect(result.package?.weightKg).toBe('0.350');
    expect(result.package?.kgDesi).toBe('0.3500');
  });

  it('lets the seller’s override win, and marks the package as overridden', () => {
    const override = { weightGrams: 5000, heightCm: 30 };
    const result = buildPackage([{ sku: 'MUG', quantity: 1 }], PROFILES, override);

    expect(result.package).toMatchObject({
      weightGrams: 5000,
      lengthCm: 12,
      widthCm: 10,
      heightCm: 30,
      weightKg: '5.000',
      isOverridden: true,
    });
    expect(buildPackage([{ sku: 'MUG', quantity: 1 }], PROFILES).package?.isOverridden).toBe(false);
  });

  it('names each SKU field that is missing', () => {
    const partial = new Map([
      ['VASE', { weightGrams: null, lengthCm: 30, widthCm: null, heightCm: 30 }],
    ]);
    const result = buildPackage([{ sku: 'VASE', quantity: 1 }], partial);

    expect(result.package).toBeNull();
    expect(result.problems.map((problem) => `${problem.code} ${problem.field}`)).toEqual([
      'WEIGHT_MISSING skus.VASE.weightGrams',
      'DIMENSIONS_MISSING skus.VASE.widthCm',
    ]);
  });

  it('needs no profile when the seller gives the whole package', () => {
    const override = { weightGrams: 800, lengthCm: 30, widthCm: 20, heightCm: 10 };
    const result = buildPackage([{ sku: 'UNKNOWN', quantity: 1 }], new Map(), override);

    expect(result.problems).toEqual([]);
    expect(result.package?.kgDesi).toBe('1.2000');
  });

  it('refuses a stack taller than carriers take, naming the side', () => {
    const result = buildPackage([{ sku: 'RUG', quantity: 21 }], PROFILES);

    expect(result.package).toBeNull();
    expect(result.problems).toMatchObject([
      { code: 'PACKAGE_TOO_LARGE', field: 'package.heightCm' },
    ]);
  });

  it('refuses an order with nothing to ship', () => {
    expect(buildPackage([], PROFILES).problems).toMatchObject([{ code: 'ORDER_HAS_NO_ITEMS' }]);
  });
});
