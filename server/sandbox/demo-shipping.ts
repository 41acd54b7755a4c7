import { ShippingSettingsInputSchema, SkuProfileInputSchema } from '../../shared/api/shipping.ts';
import type { Db } from '../db/connection.ts';
import { skuProfiles } from '../db/schema.ts';
import { getShippingSettings, saveShippingSettings } from '../shipping/shipping-settings.ts';
import { DEMO_PRODUCTS } from './spapi/demo/demo-products.ts';

/** A workshop's address in Istanbul: what the demo seller's labels name as the sender. */
const DEMO_SETTINGS = {
  sender: {
    name: 'Elif Demir',
    company: 'Demo Seller (sandbox)',
    address1: 'Bağdat Caddesi 215',
    city: 'İstanbul',
    state: 'Kadıköy',
    postalCode: '34728',
    phone: '+90 216 555 01 23',
    email: 'demo-sender@kayistra.test',
  },
  // Made up in IOSS form, so EU orders of a stand-in seller connected later can be labelled.
  iossNumber: 'IM7920000017',
  defaultServiceName: 'shipentegra-express',
};

type DemoProfile = [
  grams: number,
  cm: [number, number, number],
  hsCode: string,
  usd: string,
  description: string,
];

/** Per demo product code: weight, box, HS code, declared value in USD, customs wording. */
const DEMO_PROFILES: Record<string, DemoProfile> = {
  TOWEL: [420, [30, 22, 5], '630291', '24.90', 'Cotton beach towel'],
  CEZVE: [380, [18, 10, 10], '741810', '32.50', 'Copper coffee pot'],
  BOWL: [900, [27, 27, 10], '691200', '39.00', 'Ceramic serving bowl'],
  EYE: [250, [25, 15, 4], '701890', '14.99', 'Glass wall ornament'],
  DELIGHT: [600, [22, 15, 6], '170490', '18.50', 'Turkish delight confectionery'],
  SOAP: [720, [20, 14, 6], '340111', '21.00', 'Olive oil soap bars'],
  KILIM: [300, [46, 46, 2], '630499', '27.75', 'Woven cushion cover'],
  LAMP: [1600, [25, 25, 38], '940521', '58.00', 'Glass table lamp'],
  TEAGLASS: [1100, [30, 20, 12], '701337', '29.90', 'Drinking glasses with saucers'],
  TRAY: [700, [32, 32, 4], '741810', '34.00', 'Brass serving tray'],
  SUMAC: [270, [15, 10, 5], '091099', '9.95', 'Ground sumac spice'],
  MOLASSES: [850, [8, 8, 25], '210390', '12.40', 'Pomegranate sauce in glass bottle'],
  SCARF: [120, [22, 16, 2], '621410', '44.00', 'Silk blend scarf'],
  SLIPPER: [550, [30, 14, 10], '640399', '36.50', 'Leather house slippers'],
  MORTAR: [1400, [15, 15, 12], '680291', '26.00', 'Marble mortar and pestle'],
  ROBE: [950, [35, 28, 8], '620791', '49.90', 'Cotton bathrobe'],
};

/**
 * Sandbox only: gives the demo tenant a sender address and a shipping profile for every SKU
 * the stand-in's demo seller lists, so a label can be bought from the first sign-in. What the
 * seller already saved is never replaced: settings only when there are none, and a profile
 * only for a SKU that has none.
 */
export function seedDemoShipping(
  db: Db,
  tenantId: string,
  sellingPartnerId: string,
  now: Date,
): void {
  if (getShippingSettings(db, tenantId).updatedAt === null) {
    saveShippingSettings(db, tenantId, ShippingSettingsInputSchema.parse(DEMO_SETTINGS), now);
  }

  // Written directly rather than through saveSkuProfile: the SKUs are not known to the
  // tenant until the first sync, and a SKU the seller described must keep its profile.
  const rows = listDemoSkuProfiles(sellingPartnerId).map(({ sku, profile }) => ({
    tenantId,
    sku,
    ...profile,
    createdAt: now,
    updatedAt: now,
  }));

  db.insert(skuProfiles).values(rows).onConflictDoNothing().run();
}

/** The demo seller's SKUs with their profiles, named as the stand-in names its listings. */
export function listDemoSkuProfiles(sellingPartnerId: string) {
  const prefix = sellingPartnerId.slice(-4);

  return DEMO_PRODUCTS.flatMap((product, index) => {
    const entry = DEMO_PROFILES[product.code];

    if (!entry) {
      return [];
    }

    const [weightGrams, [lengthCm, widthCm, heightCm], hsCode, declaredValue, description] = entry;
    const profile = SkuProfileInputSchema.parse({
      weightGrams,
      lengthCm,
      widthCm,
      heightCm,
      hsCode,
      declaredValue,
      declaredCurrency: 'USD',
      customsDescription: description,
    });

    return [{ sku: `${prefix}-${product.code}-${index + 1}`, profile }];
  });
}
