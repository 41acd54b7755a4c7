import type { StandInService } from './services.ts';

export interface StandInPrice {
  serviceName: string;
  clearServiceName: string;
  serviceType: string;
  cargoPrice: number;
  fuelCost: number;
  totalPrice: number;
  currency: 'USD';
  additionalFee: number;
  totalPriceWithAdditionalFee: number;
  additionalDescription?: string;
}

const ZONES: ReadonlyArray<{ factor: number; countries: readonly string[] }> = [
  { factor: 1, countries: ['AT', 'BE', 'DE', 'DK', 'ES', 'FI', 'FR', 'GR', 'IE', 'IT', 'NL'] },
  { factor: 1.12, countries: ['GB', 'CH', 'NO', 'PL', 'PT', 'SE'] },
  { factor: 1.3, countries: ['US', 'CA'] },
  { factor: 1.5, countries: ['AU', 'NZ', 'JP', 'AE', 'SA'] },
];
const FAR_ZONE_FACTOR = 1.7;
const FUEL_RATE = { EXPRESS: 0.21, ECO: 0.09 } as const;

/**
 * A deterministic price: the same country and kgDesi always cost the same, so tests can
 * assert amounts and balances. Carriers bill in half-kilogram steps.
 */
export function priceService(service: StandInService, country: string, kgDesi: number) {
  const billableKg = Math.max(0.5, Math.ceil(kgDesi * 2) / 2);
  const zoneFactor = ZONES.find((zone) => zone.countries.includes(country))?.factor;
  const cargoPrice = roundMoney(
    (service.baseUsd + service.perKgUsd * billableKg) * (zoneFactor ?? FAR_ZONE_FACTOR),
  );
  const fuelCost = roundMoney(cargoPrice * FUEL_RATE[service.serviceType]);
  const totalPrice = roundMoney(cargoPrice + fuelCost);

  // The resold express carriers add a per-kilogram peak surcharge on top.
  const isResoldExpress = service.endpoint !== 'shipentegra' && service.serviceType === 'EXPRESS';
  const additionalFee = isResoldExpress ? roundMoney(0.4 * billableKg) : 0;

  const price: StandInPrice = {
    serviceName: service.serviceName,
    clearServiceName: service.clearServiceName,
    serviceType: service.serviceType,
    cargoPrice,
    fuelCost,
    totalPrice,
    currency: 'USD',
    additionalFee,
    totalPriceWithAdditionalFee: roundMoney(totalPrice + additionalFee),
  };

  if (service.transitDays) {
    price.additionalDescription = describeService(service.transitDays);
  }

  return price;
}

/** Billable weight: the larger of the actual kilograms and L*W*H / 5000. */
export function kgDesiOf(weightKg: number, dimensionsCm: readonly [number, number, number]) {
  const [length, width, height] = dimensionsCm;

  return Math.max(weightKg, (length * width * height) / 5000);
}

// Upstream sends marketing HTML in Turkish whatever the language; the transit time hides in it.
function describeService([fastest, slowest]: readonly [number, number]): string {
  return (
    `<p><strong>Tahmini teslim süresi:</strong> ${fastest}-${slowest} iş günü</p>` +
    '<p>Gümrük işlemleri dahildir.<br>Takip numarası gönderiden sonra güncellenir.</p>'
  );
}

function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}
