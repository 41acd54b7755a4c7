import { z } from 'zod';
import type { SellingPartnerClient } from './selling-partner-client.ts';

const ParticipationsSchema = z.looseObject({
  payload: z.array(
    z.looseObject({
      marketplace: z.looseObject({ id: z.string().min(1) }),
      participation: z.looseObject({ isParticipating: z.boolean() }).optional(),
    }),
  ),
});

/** getMarketplaceParticipations gave no usable answer (status or shape). */
export class MarketplaceLookupError extends Error {
  readonly status: number;

  constructor(status: number) {
    super(`getMarketplaceParticipations answered ${status} without usable participations`);
    this.name = 'MarketplaceLookupError';
    this.status = status;
  }
}

/** The marketplaces the seller takes part in (Sellers v1), each id once. */
export async function fetchMarketplaceIds(client: SellingPartnerClient): Promise<string[]> {
  const response = await client.call({
    operation: 'getMarketplaceParticipations',
    endpoint: 'sellers',
  });
  const parsed = ParticipationsSchema.safeParse(response.body);

  if (response.status !== 200 || !parsed.success) {
    throw new MarketplaceLookupError(response.status);
  }

  // Amazon lists marketplaces a seller has left with isParticipating false: skip those.
  const ids = parsed.data.payload
    .filter((entry) => entry.participation?.isParticipating !== false)
    .map((entry) => entry.marketplace.id);

  return [...new Set(ids)];
}
