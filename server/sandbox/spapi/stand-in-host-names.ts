import type { SpApiRegion } from './demo/marketplaces.ts';

export const SP_API_HOSTS: Record<SpApiRegion, string> = {
  na: 'sellingpartnerapi-na.amazon.com',
  eu: 'sellingpartnerapi-eu.amazon.com',
  fe: 'sellingpartnerapi-fe.amazon.com',
};

export const LWA_HOST = 'api.amazon.com';

/** Seller Central hosts, where consent pages live, with the region each signs sellers into. */
export const SELLER_CENTRAL_HOSTS: Record<string, SpApiRegion> = {
  'sellercentral.amazon.com': 'na',
  'sellercentral.amazon.ca': 'na',
  'sellercentral.amazon.com.mx': 'na',
  'sellercentral.amazon.com.br': 'na',
  'sellercentral-europe.amazon.com': 'eu',
  'sellercentral.amazon.co.uk': 'eu',
  'sellercentral.amazon.de': 'eu',
  'sellercentral.amazon.fr': 'eu',
  'sellercentral.amazon.it': 'eu',
  'sellercentral.amazon.es': 'eu',
  'sellercentral.amazon.nl': 'eu',
  'sellercentral.amazon.se': 'eu',
  'sellercentral.amazon.pl': 'eu',
  'sellercentral.amazon.com.tr': 'eu',
  'sellercentral-japan.amazon.com': 'fe',
  'sellercentral.amazon.com.au': 'fe',
  'sellercentral.amazon.sg': 'fe',
};

/** Every name the stand-in's certificate carries: one server plays all of Amazon's hosts. */
export function standInHostNames(): string[] {
  const spApi = Object.values(SP_API_HOSTS);
  return [
    ...spApi,
    ...spApi.map((host) => `sandbox.${host}`),
    LWA_HOST,
    ...Object.keys(SELLER_CENTRAL_HOSTS),
  ];
}

/** The region a Host header addresses, from SP-API or Seller Central host names. */
export function regionOfHost(hostHeader: string | undefined): SpApiRegion | undefined {
  const host = hostNameOf(hostHeader);
  const spApi = /^(?:sandbox\.)?sellingpartnerapi-(na|eu|fe)\.amazon\.com$/.exec(host)?.[1];

  return (spApi as SpApiRegion | undefined) ?? SELLER_CENTRAL_HOSTS[host];
}

/** Amazon's static sandbox lives on the `sandbox.` hosts. */
export function isSandboxHost(hostHeader: string | undefined): boolean {
  return hostNameOf(hostHeader).startsWith('sandbox.');
}

export function hostNameOf(hostHeader: string | undefined): string {
  return (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
}
