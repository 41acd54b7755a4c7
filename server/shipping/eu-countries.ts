/**
 * The 27 EU member states by ISO 3166-1 code: where a parcel from Turkey is an import into the
 * EU VAT area and the IOSS scheme applies. Greece is `GR` here (Amazon and carriers use ISO
 * codes, not the EU's own `EL`).
 */
const EU_COUNTRY_CODES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

export function isEuCountry(countryCode: string): boolean {
  return EU_COUNTRY_CODES.has(countryCode.trim().toUpperCase());
}
