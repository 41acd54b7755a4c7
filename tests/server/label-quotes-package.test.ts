import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagingGramsFor } from '../../server/shipping/package-builder.ts';
import { type QuotesResponse, QuotesResponseSchema } from '../../shared/api/quotes.ts';
import { requestAs, statusAndCodeOf } from '../helpers/accounts.ts';
import { type LabelWorld, startLabelWorld } from '../helpers/label-world.ts';

// Issue #6: the label panel prefills the package it was quoted for.

// The SKU profile prepareLabelSeller gives every SKU.
const PROFILE_GRAMS = 300;

let world: LabelWorld;

beforeAll(async () => {
  world = await startLabelWorld();
}, 60_000);

afterAll(() => world.close());

async function quotesOf(orderId: string, query = ''): Promise<QuotesResponse> {
  const response = await requestAs(
    world.app,
    world.account.token,
    `/api/orders/${orderId}/quotes${query}`,
  );

  expect(response.status).toBe(200);

  return QuotesResponseSchema.parse(await response.json());
}

describe('GET /api/orders/:orderId/quotes, package', () => {
  it('answers the parcel built from the SKU profiles, not overridden', async () => {
    const order = world.takeOrder();
    const units = order.items.reduce(
      (sum, item) => sum + item.quantityOrdered - (item.quantityShipped ?? 0),
      0,
    );
    const content = units * PROFILE_GRAMS;
    const body = await quotesOf(order.orderId);

    expect(body.package.isOverridden).toBe(false);
    expect(body.package.weightGrams).toBe(content + packagingGramsFor(content));
    expect(Number(body.package.kgDesi)).toBe(body.kgDesi);
  });

  it('answers the seller’s overrides, marked as such, and quotes for them', async () => {
    const order = world.takeOrder();
    const body = await quotesOf(
      order.orderId,
      '?weightGrams=2500&lengthCm=40&widthCm=30&heightCm=20',
    );

    expect(body.package).toEqual({
      weightGrams: 2500,
      lengthCm: 40,
      widthCm: 30,
      heightCm: 20,
      weightKg: '2.500',
      // 40 * 30 * 20 / 5000 = 4.8 kg outweighs the 2.5 kg on the scale.
      kgDesi: '4.8000',
      isOverridden: true,
    });
    expect(body.kgDesi).toBe(4.8);
  });

  it('keeps the profiles for what the seller left alone', async () => {
    const order = world.takeOrder();
    const plain = await quotesOf(order.orderId);
    const heavier = await quotesOf(order.orderId, '?weightGrams=1234');

    expect(heavier.package).toMatchObject({
      weightGrams: 1234,
      lengthCm: plain.package.lengthCm,
      widthCm: plain.package.widthCm,
      heightCm: plain.package.heightCm,
      isOverridden: true,
    });
  });

  it('refuses an impossible override, naming the field', async () => {
    const order = world.takeOrder();
    const response = await requestAs(
      world.app,
      world.account.token,
      `/api/orders/${order.orderId}/quotes?heightCm=0`,
    );

    expect(await statusAndCodeOf(response.clone())).toBe('400 VALIDATION_FAILED');
    expect((await response.json()).error.fields[0].path).toBe('heightCm');
  });
});
