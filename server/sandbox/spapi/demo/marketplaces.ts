export type SpApiRegion = 'na' | 'eu' | 'fe';

export interface Marketplace {
  id: string;
  countryCode: string;
  name: string;
  domainName: string;
  currencyCode: string;
  languageCode: string;
  region: SpApiRegion;
  /** Rough value of one US dollar, to price demo products in the local currency. */
  perUsd: number;
}

const LIST: Marketplace[] = [
  market('ATVPDKIKX0DER', 'US', 'Amazon.com', 'www.amazon.com', 'USD', 'en_US', 'na', 1),
  market('A2EUQ1WTGCTBG2', 'CA', 'Amazon.ca', 'www.amazon.ca', 'CAD', 'en_CA', 'na', 1.37),
  market('A1AM78C64UM0Y8', 'MX', 'Amazon.com.mx', 'www.amazon.com.mx', 'MXN', 'es_MX', 'na', 18),
  market('A2Q3Y263D00KWC', 'BR', 'Amazon.com.br', 'www.amazon.com.br', 'BRL', 'pt_BR', 'na', 5.4),
  market('A1F83G8C2ARO7P', 'GB', 'Amazon.co.uk', 'www.amazon.co.uk', 'GBP', 'en_GB', 'eu', 0.79),
  market('A1PA6795UKMFR9', 'DE', 'Amazon.de', 'www.amazon.de', 'EUR', 'de_DE', 'eu', 0.92),
  market('A13V1IB3VIYZZH', 'FR', 'Amazon.fr', 'www.amazon.fr', 'EUR', 'fr_FR', 'eu', 0.92),
  market('APJ6JRA9NG5V4', 'IT', 'Amazon.it', 'www.amazon.it', 'EUR', 'it_IT', 'eu', 0.92),
  market('A1RKKUPIHCS9HS', 'ES', 'Amazon.es', 'www.amazon.es', 'EUR', 'es_ES', 'eu', 0.92),
  market('A1805IZSGTT6HS', 'NL', 'Amazon.nl', 'www.amazon.nl', 'EUR', 'nl_NL', 'eu', 0.92),
  market('A2NODRKZP88ZB9', 'SE', 'Amazon.se', 'www.amazon.se', 'SEK', 'sv_SE', 'eu', 10.5),
  market('A1C3SOZRARQ6R3', 'PL', 'Amazon.pl', 'www.amazon.pl', 'PLN', 'pl_PL', 'eu', 3.9),
  market('A33AVAJ2PDY3EV', 'TR', 'Amazon.com.tr', 'www.amazon.com.tr', 'TRY', 'tr_TR', 'eu', 39),
  market('A1VC38T7YXB528', 'JP', 'Amazon.co.jp', 'www.amazon.co.jp', 'JPY', 'ja_JP', 'fe', 150),
  market('A39IBJ37TRP1C6', 'AU', 'Amazon.com.au', 'www.amazon.com.au', 'AUD', 'en_AU', 'fe', 1.5),
  market('A19VAU5U5O7RUS', 'SG', 'Amazon.sg', 'www.amazon.sg', 'SGD', 'en_SG', 'fe', 1.34),
];

const BY_ID = new Map(LIST.map((marketplace) => [marketplace.id, marketplace]));
const BY_COUNTRY = new Map(LIST.map((marketplace) => [marketplace.countryCode, marketplace]));

export function marketplaceById(id: string): Marketplace | undefined {
  return BY_ID.get(id);
}

export function marketplaceByCountry(countryCode: string): Marketplace {
  const marketplace = BY_COUNTRY.get(countryCode);

  if (!marketplace) {
    throw new Error(`no demo marketplace for country ${countryCode}`);
  }

  return marketplace;
}

function market(
  id: string,
  countryCode: string,
  name: string,
  domainName: string,
  currencyCode: string,
  languageCode: string,
  region: SpApiRegion,
  perUsd: number,
): Marketplace {
  return { id, countryCode, name, domainName, currencyCode, languageCode, region, perUsd };
}
