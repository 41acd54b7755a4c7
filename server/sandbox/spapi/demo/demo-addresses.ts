import type { SeededRandom } from '../seeded-random.ts';
import type { StandInAddress } from '../store/world.ts';

/**
 * Buyer data that is realistic in shape and plainly fake: "Sandbox Buyer 17" on "Sandbox
 * Street", mail at example.com, phone numbers in the 555-01xx range set aside for fiction.
 */

interface Locality {
  city: string;
  state?: string;
  postalCode: string;
}

interface CountryAddressing {
  dialCode: string;
  localities: Locality[];
}

const COUNTRIES: Record<string, CountryAddressing> = {
  US: country('1', [
    ['New York', 'NY', '10001'],
    ['Austin', 'TX', '78701'],
    ['Seattle', 'WA', '98101'],
    ['Denver', 'CO', '80202'],
  ]),
  CA: country('1', [
    ['Toronto', 'ON', 'M5V 2T6'],
    ['Vancouver', 'BC', 'V6B 1A1'],
  ]),
  MX: country('52', [
    ['Ciudad de Mexico', 'CDMX', '06000'],
    ['Guadalajara', 'JAL', '44100'],
  ]),
  BR: country('55', [['Sao Paulo', 'SP', '01001-000']]),
  GB: country('44', [
    ['London', undefined, 'EC1A 1BB'],
    ['Manchester', undefined, 'M1 1AE'],
  ]),
  DE: country('49', [
    ['Berlin', undefined, '10115'],
    ['Munchen', undefined, '80331'],
  ]),
  FR: country('33', [
    ['Paris', undefined, '75001'],
    ['Lyon', undefined, '69001'],
  ]),
  IT: country('39', [['Roma', undefined, '00118']]),
  ES: country('34', [['Madrid', undefined, '28001']]),
  NL: country('31', [['Amsterdam', undefined, '1012 AB']]),
  SE: country('46', [['Stockholm', undefined, '111 22']]),
  PL: country('48', [['Warszawa', undefined, '00-001']]),
  TR: country('90', [
    ['Istanbul', 'Istanbul', '34000'],
    ['Ankara', 'Ankara', '06000'],
  ]),
  JP: country('81', [['Chiyoda-ku', 'Tokyo', '100-0001']]),
  AU: country('61', [['Sydney', 'NSW', '2000']]),
  SG: country('65', [['Singapore', undefined, '018956']]),
};

export interface AddressQuirks {
  /** An address line over 35 characters, longer than many carriers' label fields. */
  hasLongLine?: boolean;
  /** Leave out the state, which US labels require. */
  hasNoState?: boolean;
}

export function createDemoBuyer(buyerNumber: number): { buyerName: string; buyerEmail: string } {
  return {
    buyerName: `Sandbox Buyer ${buyerNumber}`,
    buyerEmail: `sandbox-buyer-${buyerNumber}@example.com`,
  };
}

export function createDemoAddress(
  countryCode: string,
  buyerNumber: number,
  random: SeededRandom,
  quirks: AddressQuirks = {},
): StandInAddress {
  const addressing = COUNTRIES[countryCode] ?? COUNTRIES.US;
  const locality = random.pick(addressing?.localities ?? []);
  const houseNumber = random.integer(1, 4999);
  const street = quirks.hasLongLine
    ? `${houseNumber} Sandbox Street Industrial Estate Building C`
    : `${houseNumber} Sandbox Street`;
  const state = quirks.hasNoState ? undefined : locality.state;

  return {
    name: `Sandbox Buyer ${buyerNumber}`,
    addressLine1: street,
    ...(random.isHit(0.3) ? { addressLine2: `Apt ${random.integer(1, 40)}` } : {}),
    city: locality.city,
    ...(state ? { stateOrRegion: state } : {}),
    postalCode: locality.postalCode,
    countryCode,
    phone: `+${addressing?.dialCode ?? '1'} 555-01${String(buyerNumber % 100).padStart(2, '0')}`,
    addressType: random.isHit(0.85) ? 'RESIDENTIAL' : 'COMMERCIAL',
  };
}

function country(
  dialCode: string,
  localities: [string, string | undefined, string][],
): CountryAddressing {
  return {
    dialCode,
    localities: localities.map(([city, state, postalCode]) => ({ city, state, postalCode })),
  };
}
