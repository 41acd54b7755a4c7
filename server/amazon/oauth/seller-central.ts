import type { AmazonRegion } from '../../../shared/api/connections.ts';

/** Where each region's sellers grant consent (spapi.md, website authorisation workflow). */
export const CONSENT_HOSTS: Record<AmazonRegion, string> = {
  na: 'sellercentral.amazon.com',
  eu: 'sellercentral-europe.amazon.com',
  fe: 'sellercentral.amazon.co.jp',
};

/**
 * Every Seller Central host (seller-central.md): the only hosts an `amazon_callback_uri` may
 * name, so the log-in URI can never be turned into a redirect to somewhere else.
 */
export const SELLER_CENTRAL_HOSTS: ReadonlySet<string> = new Set([
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral-europe.amazon.com',
  ...['co.uk', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'se', 'com.tr', 'ae', 'sa', 'in'].map(
    (suffix) => `sellercentral.amazon.${suffix}`,
  ),
  'sellercentral.amazon.co.jp',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
]);

/** Amazon's merchant ids are short upper-case alphanumerics, e.g. `A2EUQ1WTGCTBG2`. */
export const SELLING_PARTNER_ID_PATTERN = /^[A-Z0-9]{8,32}$/;

const CALLBACK_PATH_PREFIX = '/apps/authorize/confirm/';

export interface ConsentUrlInput {
  region: AmazonRegion;
  appId: string;
  state: string;
  /** Sandbox: the stand-in's origin replaces Seller Central's. */
  consentOrigin?: string;
  /** Draft apps (and the sandbox) must say `version=beta` or Amazon refuses them. */
  isDraft: boolean;
}

export function buildConsentUrl(input: ConsentUrlInput): string {
  const origin = input.consentOrigin ?? `https://${CONSENT_HOSTS[input.region]}`;
  const url = new URL('/apps/authorize/consent', origin);

  url.searchParams.set('application_id', input.appId);
  url.searchParams.set('state', input.state);

  if (input.isDraft) {
    url.searchParams.set('version', 'beta');
  }

  // The stand-in serves every region from one origin; this tells it whose sellers to list.
  if (input.consentOrigin) {
    url.searchParams.set('region', input.region);
  }

  return url.toString();
}

/**
 * Whether an `amazon_callback_uri` is Amazon's: HTTPS, a Seller Central host on the default
 * port (in the sandbox, exactly the stand-in's origin), Amazon's confirm path, and nothing
 * smuggled in user-info or a fragment.
 */
export function isAmazonCallbackUri(unverifiedUri: string, consentOrigin?: string): boolean {
  if (!URL.canParse(unverifiedUri)) {
    return false;
  }

  const url = new URL(unverifiedUri);
  const isAmazonOrigin = consentOrigin
    ? url.origin === new URL(consentOrigin).origin
    : SELLER_CENTRAL_HOSTS.has(url.hostname) && url.port === '';

  return (
    url.protocol === 'https:' &&
    isAmazonOrigin &&
    url.username === '' &&
    url.password === '' &&
    url.hash === '' &&
    url.pathname.startsWith(CALLBACK_PATH_PREFIX)
  );
}
