import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderItems } from '../../server/db/schema.ts';
import { listDemoSkuProfiles, seedDemoShipping } from '../../server/sandbox/demo-shipping.ts';
import { DEMO_PRODUCTS } from '../../server/sandbox/spapi/demo/demo-products.ts';
import { generateDemoWorld } from '../../server/sandbox/spapi/demo/generate-demo-world.ts';
import {
  getShippingSettings,
  saveShippingSettings,
} from '../../server/shipping/shipping-settings.ts';
import { listMissingFields } from '../../server/shipping/sku-profile-fields.ts';
import { findSkuProfiles, saveSkuProfile } from '../../server/shipping/sku-profiles.ts';
import { ShippingSettingsInputSchema } from '../../shared/api/shipping.ts';
import { insertOrderRow } from '../helpers/shipment-rows.ts';
import { createTestApp, TENANT_A } from '../helpers/test-app.ts';

// Issue #6: the sandbox's demo seller can buy a label from the first sign-in.

const SELLER_ID = 'A1B2C3D4E5F6G7';

describe('seedDemoShipping', () => {
  let harness: ReturnType<typeof createTestApp>;

  beforeEach(() => {
    harness = createTestApp();
  });

  afterEach(() => harness.close());

  it('gives a fresh tenant a Turkish sender and a complete profile for every demo SKU', () => {
    seedDemoShipping(harness.db, TENANT_A, SELLER_ID, new Date());

    const skus = listDemoSkuProfiles(SELLER_ID).map((entry) => entry.sku);
    const profiles = findSkuProfiles(harness.db, TENANT_A, skus);

    expect(getShippingSettings(harness.db, TENANT_A).sender?.countryCode).toBe('TR');
    expect(skus).toHaveLength(DEMO_PRODUCTS.length);
    expect([...profiles.values()].flatMap(listMissingFields)).toEqual([]);
  });

  it('never replaces what the seller saved, and changes nothing when run again', () => {
    const [first, second] = listDemoSkuProfiles(SELLER_ID);
    const order = insertOrderRow(harness.db, TENANT_A);
    const now = new Date();

    if (!first || !second) {
      throw new Error('the demo has fewer than two products');
    }

    // A profile can only be saved for a SKU the tenant sold: one order line names it.

    harness.db
      .insert(orderItems)
      .values({
        orderId: order.id,
        tenantId: TENANT_A,
        amazonOrderItemId: '12345678901234',
        sellerSku: first.sku,
        quantityOrdered: 1,
      })
      .run();
    saveSkuProfile(
      harness.db,
      TENANT_A,
      first.sku,
      { ...first.profile, weightGrams: 4321, hsCode: '999999' },
      now,
    );
    saveShippingSettings(
      harness.db,
      TENANT_A,
      ShippingSettingsInputSchema.parse({
        sender: {
          name: 'Seller Own Name',
          address1: 'Moda Caddesi 12',
          city: 'İstanbul',
          postalCode: '34710',
          phone: '+90 532 123 45 67',
          email: 'own@example.test',
        },
      }),
      now,
    );

    seedDemoShipping(harness.db, TENANT_A, SELLER_ID, now);
    seedDemoShipping(harness.db, TENANT_A, SELLER_ID, now);

    const profiles = findSkuProfiles(harness.db, TENANT_A, [first.sku, second.sku]);

    expect(getShippingSettings(harness.db, TENANT_A).sender?.name).toBe('Seller Own Name');
    expect(profiles.get(first.sku)).toMatchObject({ weightGrams: 4321, hsCode: '999999' });
    expect(profiles.get(second.sku)).toMatchObject(second.profile);
  });

  it('names the SKUs exactly as the stand-in lists them', () => {
    const { world } = generateDemoWorld({
      seed: 1,
      now: () => new Date(),
      mintRefreshToken: () => 't',
    });

    for (const seller of world.sellers) {
      const listed = [...(world.listings.get(seller.sellingPartnerId)?.keys() ?? [])].sort();
      const seeded = listDemoSkuProfiles(seller.sellingPartnerId).map((entry) => entry.sku);

      expect(seeded.sort()).toEqual(listed);
    }
  });
});
