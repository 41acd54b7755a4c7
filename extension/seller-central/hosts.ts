// Seller Central runs on one host per region or marketplace. The manifest's host permissions, the
// content script matches and the page predicates all come from this list, so a host added here is
// covered everywhere at once, and no page outside it is ever touched.
export const SELLER_CENTRAL_HOSTS = [
  // North America: the .com host also serves the unified NA account.
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  // Europe: the unified EU host plus each marketplace's own.
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.in',
  // Far East.
  'sellercentral.amazon.co.jp',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
] as const;

export type SellerCentralHost = (typeof SELLER_CENTRAL_HOSTS)[number];

export function toMatchPatterns(path: string): string[] {
  return SELLER_CENTRAL_HOSTS.map((host) => `https://${host}${path}`);
}
