export interface ShipentegraShipmentCarrier {
  /** `courier` from the label answer, e.g. `UPS`, `DHL eCommerce`, `ShipEntegra`. */
  courier?: string | null;
  /** The service slug, e.g. `ups-express-saver`: a fallback when `courier` is missing. */
  serviceName?: string | null;
  /** The service's display name, sent as Amazon's free-text shipping method. */
  serviceDisplayName?: string | null;
  /** From tracking, once Shipentegra's network hands over, e.g. `USPS`, `Royal Mail`. */
  lastMileCarrier?: string | null;
}

export interface AmazonCarrier {
  /** Exactly as Amazon's carrier list spells it, or `Other`. */
  carrierCode: string;
  /** Required by Amazon when `carrierCode` is `Other`, absent otherwise. */
  carrierName?: string;
  shippingMethod: string;
}

// Keys are names squeezed to lowercase letters and digits. Longer names come first where one
// contains another ("dhlecommerce" before "dhl"), because matching is by prefix.
const AMAZON_CARRIER_CODES: ReadonlyArray<readonly [string, string]> = [
  ['dhlecommerce', 'DHL eCommerce'],
  ['dhlglobalmail', 'DHL Global Mail'],
  ['dhlexpress', 'DHL'],
  ['dhl', 'DHL'],
  ['upsmailinnovations', 'UPSMI'],
  ['ups', 'UPS'],
  ['fedexsmartpost', 'FedEx SmartPost'],
  ['federalexpress', 'FedEx'],
  ['fedex', 'FedEx'],
  ['usps', 'USPS'],
  ['unitedstatespostalservice', 'USPS'],
  ['aramex', 'Aramex'],
  ['tnt', 'TNT'],
  ['royalmail', 'Royal Mail'],
  ['parcelforce', 'Parcelforce'],
  ['canadapost', 'Canada Post'],
  ['postescanada', 'Canada Post'],
  ['purolator', 'Purolator'],
  ['australiapost', 'Australia Post'],
  ['deutschepost', 'Deutsche Post'],
  ['dpd', 'DPD'],
  ['gls', 'GLS'],
  ['hermes', 'Hermes'],
  ['postnl', 'PostNL'],
  ['colissimo', 'Colissimo'],
  ['chronopost', 'Chronopost'],
  ['laposte', 'La Poste'],
  ['posteitaliane', 'Poste Italiane'],
  ['correos', 'Correos'],
  ['seur', 'SEUR'],
  ['japanpost', 'Japan Post'],
  ['yamato', 'Yamato Transport'],
  ['singaporepost', 'Singapore Post'],
  ['chinapost', 'China Post'],
  ['yunexpress', 'Yun Express'],
  ['estafeta', 'Estafeta'],
];

/**
 * Amazon's carrier for a Shipentegra shipment. Amazon scores "valid tracking" against the
 * carrier it is told, so the last-mile carrier wins once known; before that, a resold carrier
 * (UPS, FedEx...) is itself, and Shipentegra's own network is `Other` named "ShipEntegra".
 */
export function mapCarrierForAmazon(shipment: ShipentegraShipmentCarrier): AmazonCarrier {
  const shippingMethod = shippingMethodOf(shipment);
  const candidates = [shipment.lastMileCarrier, shipment.courier, shipment.serviceName];

  for (const candidate of candidates) {
    const carrierCode = candidate ? findAmazonCarrierCode(candidate) : undefined;

    if (carrierCode) {
      return { carrierCode, shippingMethod };
    }
  }

  const carrierName = shipment.lastMileCarrier?.trim() || shipment.courier?.trim() || 'ShipEntegra';

  return { carrierCode: 'Other', carrierName, shippingMethod };
}

/** Amazon's code for a carrier name or service slug, or undefined when it has none. */
export function findAmazonCarrierCode(name: string): string | undefined {
  const squeezed = name.toLowerCase().replace(/[^a-z0-9]/g, '');

  // A Shipentegra slug names its own network first ("shipentegra-express"): never a carrier.
  if (squeezed.startsWith('shipentegra') || squeezed === '') {
    return undefined;
  }

  return AMAZON_CARRIER_CODES.find(([key]) => squeezed.startsWith(key))?.[1];
}

function shippingMethodOf(shipment: ShipentegraShipmentCarrier): string {
  const method = shipment.serviceDisplayName?.trim() || shipment.serviceName?.trim();

  return method || 'Standard';
}
