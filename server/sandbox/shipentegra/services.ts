export type LabelEndpoint = 'shipentegra' | 'ups' | 'fedex' | 'dhlecommerce' | 'usps';

export interface StandInService {
  serviceName: string;
  clearServiceName: string;
  serviceType: 'EXPRESS' | 'ECO';
  endpoint: LabelEndpoint;
  specialService: string;
  courier: string;
  /** Destinations served; undefined means worldwide. */
  countries?: readonly string[];
  /** A regional economy service: using it elsewhere is ERR.24010.2016, not a plain refusal. */
  isRegional: boolean;
  maxKgDesi: number;
  /** Business days; undefined leaves `additionalDescription` out, as one service does upstream. */
  transitDays?: readonly [number, number];
  baseUsd: number;
  perKgUsd: number;
  fileFormat: 'pdf' | 'gif' | 'png';
}

const EU = ['AT', 'BE', 'DE', 'DK', 'ES', 'FI', 'FR', 'GR', 'IE', 'IT', 'NL', 'PL', 'PT', 'SE'];

// Invented names and prices in the shape of Shipentegra's catalogue: its own network
// (Express, Eco, two regional economy services) plus the carriers it resells.
export const STAND_IN_SERVICES: readonly StandInService[] = [
  {
    ...ownService('shipentegra-express', 'ShipEntegra Express', 'EXPRESS', 'express'),
    maxKgDesi: 70,
    transitDays: [3, 6],
    baseUsd: 9.9,
    perKgUsd: 6.2,
  },
  {
    ...ownService('shipentegra-eco', 'ShipEntegra Eco', 'ECO', 'eco'),
    maxKgDesi: 30,
    transitDays: [8, 14],
    baseUsd: 6.5,
    perKgUsd: 4.1,
  },
  {
    ...ownService('shipentegra-amerika-eko', 'ShipEntegra Amerika Eko', 'ECO', 'us-eco'),
    countries: ['US', 'CA'],
    isRegional: true,
    maxKgDesi: 30,
    transitDays: [6, 10],
    baseUsd: 5.2,
    perKgUsd: 3.6,
  },
  {
    ...ownService('shipentegra-avrupa-eko', 'ShipEntegra Avrupa Eko', 'ECO', 'eu-eco'),
    countries: EU,
    isRegional: true,
    maxKgDesi: 30,
    transitDays: [5, 9],
    baseUsd: 4.9,
    perKgUsd: 3.3,
  },
  {
    ...carrierService('ups-express-saver', 'UPS Express Saver', 'EXPRESS', 'ups', 'UPS'),
    maxKgDesi: 70,
    transitDays: [2, 4],
    baseUsd: 14.5,
    perKgUsd: 7.9,
    fileFormat: 'gif',
  },
  {
    ...carrierService(
      'fedex-priority',
      'FedEx International Priority',
      'EXPRESS',
      'fedex',
      'FedEx',
    ),
    maxKgDesi: 68,
    baseUsd: 15.2,
    perKgUsd: 8.1,
  },
  {
    ...carrierService(
      'dhl-ecommerce',
      'DHL eCommerce Packet',
      'ECO',
      'dhlecommerce',
      'DHL eCommerce',
    ),
    countries: ['US', 'GB', ...EU],
    maxKgDesi: 20,
    transitDays: [7, 12],
    baseUsd: 7.4,
    perKgUsd: 4.6,
    fileFormat: 'png',
  },
  {
    ...carrierService('usps-ground-advantage', 'USPS Ground Advantage', 'ECO', 'usps', 'USPS'),
    countries: ['US'],
    maxKgDesi: 31,
    transitDays: [7, 11],
    baseUsd: 6.1,
    perKgUsd: 4.4,
  },
];

/** The label path under `/v1`, as `GET /users/carriers` hands it out. */
export function labelPathOf(endpoint: LabelEndpoint): string {
  return endpoint === 'shipentegra'
    ? '/logistics/labels/shipentegra'
    : `/logistics/labels/shipentegra/${endpoint}`;
}

export function isServiceAvailable(service: StandInService, country: string, kgDesi: number) {
  const isServedCountry = service.countries === undefined || service.countries.includes(country);

  return isServedCountry && kgDesi <= service.maxKgDesi;
}

function ownService(
  serviceName: string,
  clearServiceName: string,
  serviceType: StandInService['serviceType'],
  specialService: string,
) {
  return {
    serviceName,
    clearServiceName,
    serviceType,
    endpoint: 'shipentegra' as const,
    specialService,
    courier: 'ShipEntegra',
    isRegional: false,
    fileFormat: 'pdf' as const,
  };
}

function carrierService(
  serviceName: string,
  clearServiceName: string,
  serviceType: StandInService['serviceType'],
  endpoint: LabelEndpoint,
  courier: string,
) {
  return {
    serviceName,
    clearServiceName,
    serviceType,
    endpoint,
    specialService: serviceName,
    courier,
    isRegional: false,
    fileFormat: 'pdf' as const,
  };
}
