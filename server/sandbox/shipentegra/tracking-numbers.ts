import type { SeededRandom } from './seeded-random.ts';
import type { LabelEndpoint } from './services.ts';

export interface IssuedTrackingNumber {
  trackingNumber: string;
  /** Sent as a JSON number, as Shipentegra does for some carriers; always below 2^53. */
  isSentAsNumber: boolean;
}

const UPS_CHARACTERS = [...'0123456789ABCDEFGHJKLMNPRSTVWXYZ'];

/** A number shaped like the carrier's own, so format checks downstream meet realistic input. */
export function issueTrackingNumber(endpoint: LabelEndpoint, random: SeededRandom) {
  const numbers: Record<LabelEndpoint, () => IssuedTrackingNumber> = {
    shipentegra: () => ({ trackingNumber: `7${random.digits(10)}`, isSentAsNumber: true }),
    fedex: () => ({ trackingNumber: random.digits(12), isSentAsNumber: true }),
    ups: () => {
      const tail = Array.from({ length: 16 }, () => random.pick(UPS_CHARACTERS)).join('');

      return { trackingNumber: `1Z${tail}`, isSentAsNumber: false };
    },
    dhlecommerce: () => ({ trackingNumber: `GM${random.digits(18)}`, isSentAsNumber: false }),
    // 22 digits: past 2^53, so it could never travel safely as a JSON number.
    usps: () => ({ trackingNumber: `9400${random.digits(18)}`, isSentAsNumber: false }),
  };

  return numbers[endpoint]();
}

/** The carrier that delivers a Shipentegra-network parcel in the destination country. */
export function issueLastMile(country: string, random: SeededRandom) {
  if (country === 'US') {
    return { carrier: 'USPS', trackingNumber: `9200${random.digits(18)}` };
  }

  if (country === 'GB') {
    return { carrier: 'Royal Mail', trackingNumber: `RM${random.digits(9)}GB` };
  }

  if (country === 'CA') {
    return { carrier: 'Canada Post', trackingNumber: random.digits(16) };
  }

  if (country === 'DE') {
    return { carrier: 'DHL', trackingNumber: `00340${random.digits(15)}` };
  }

  return { carrier: 'DPD', trackingNumber: random.digits(14) };
}
